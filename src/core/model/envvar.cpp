#include "core/model/envvar.h"

namespace Stackdraft::Core {

const QStringList &EnvVar::referenceParts()
{
    static const QStringList parts
        = {QStringLiteral("url"),  QStringLiteral("host"),     QStringLiteral("port"),
           QStringLiteral("user"), QStringLiteral("database"), QStringLiteral("bucket")};
    return parts;
}

} // namespace Stackdraft::Core
