#pragma once

#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// One environment variable of a component. Its value is one of three kinds:
//  - Literal:   plain text written as is (`NODE_ENV: production`);
//  - Reference: derived from a connected component (`DATABASE_URL: {from: mysql}` takes the URL
//               that mysql's catalog type offers; `part` picks url, host, port, user, database
//               or an object store's bucket);
//  - Secret:    a named secret (`SECRET_KEY: {secret: backend-secret-key}`) whose value never
//               enters the project file or any generated file; outputs reference it (${VAR},
//               secretKeyRef, SSM).
struct EnvVar
{
    enum class Kind { Literal, Reference, Secret };

    QString name;
    Kind kind = Kind::Literal;
    QString value; // Literal: the text
    QString component; // Reference: the component id
    QString part; // Reference: "url" (default), "host", "port", "user", "database", "bucket"
    QString secret; // Secret: the secret's name (a DNS-1123 label)

    // The parts a reference may ask for; empty `part` means "url".
    static const QStringList &referenceParts();

    static EnvVar literal(const QString &name, const QString &value)
    {
        return {name, Kind::Literal, value, {}, {}, {}};
    }
    static EnvVar reference(const QString &name, const QString &component, const QString &part = {})
    {
        return {name, Kind::Reference, {}, component, part, {}};
    }
    static EnvVar secretRef(const QString &name, const QString &secret)
    {
        return {name, Kind::Secret, {}, {}, {}, secret};
    }

    friend bool operator==(const EnvVar &, const EnvVar &) = default;
};

} // namespace Stackdraft::Core
