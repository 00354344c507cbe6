#include "core/result.h"

#include "core/echo.h"

namespace Stackdraft::Core {

QString Error::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    QString text;
    if (!where.isEmpty())
        text = where + QLatin1String(": ");
    if (!field.isEmpty())
        text += field + QLatin1String(": ");
    // The file name, field path and message may quote file content: whatever a quoting site
    // missed is still escaped here, so an error is always exactly one line.
    return Echo::escaped(text + message);
}

} // namespace Stackdraft::Core
