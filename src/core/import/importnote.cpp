#include "core/import/importnote.h"

#include <QCoreApplication>

namespace Stackdraft::Core {

QString ImportNote::text() const
{
    QString result = QCoreApplication::translate("Import", reason ? reason : "");
    for (const QString &argument : arguments)
        result = result.arg(argument);
    return result;
}

QString ImportNote::toString() const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    QString out = where.isEmpty() ? QString() : where + QLatin1String(": ");
    if (!key.isEmpty())
        out += key + QLatin1String(": ");
    return out + text();
}

} // namespace Stackdraft::Core
