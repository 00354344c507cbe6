#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// Compose's variable substitution: $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?err},
// ${VAR?err}, ${VAR:+alt}, ${VAR+alt} and $$ for a dollar sign, as `docker compose` applies it.
struct ComposeInterpolation
{
    QString text; // the result
    // When the whole input was one variable with no default ("${DB_PASSWORD}"): its name.
    QString wholeVariable;
    QStringList unset; // variables used but not set (replaced by empty text)
    QString error; // a ${VAR:?message} whose variable is unset, or a malformed ${...}

    static ComposeInterpolation apply(const QString &input, const QMap<QString, QString> &vars);
};

} // namespace Stackdraft::Core
