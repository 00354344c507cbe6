#include "core/derived/queuescaler.h"

#include "core/catalog/componenttype.h"
#include "core/model/component.h"
#include "core/model/deployment.h"

namespace Stackdraft::Core {

QueueScaler QueueScaler::of(const ComponentType &type)
{
    if (!type.isValid() || type.category() != QLatin1String("messaging"))
        return {};
    if (type.id() == QLatin1String("rabbitmq"))
        return {QStringLiteral("rabbitmq"), QStringLiteral("hostFromEnv"),
                QStringLiteral("AWS/AmazonMQ"), QStringLiteral("MessageCount")};
    return {};
}

QString QueueScaler::urlVariable(const Component &component, const Deployment &deployment,
                                 const QString &broker)
{
    const auto isUrl = [&](const EnvVar &v) {
        return v.kind == EnvVar::Kind::Reference && v.component == broker
            && (v.part.isEmpty() || v.part == QLatin1String("url"));
    };
    for (const QList<EnvVar> *vars : {&deployment.envOverrides, &component.env}) {
        for (const EnvVar &v : *vars) {
            if (isUrl(v))
                return v.name;
        }
    }
    return {};
}

} // namespace Stackdraft::Core
