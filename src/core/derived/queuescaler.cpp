#include "core/derived/queuescaler.h"

#include "core/catalog/componenttype.h"
#include "core/model/component.h"
#include "core/model/deployment.h"

namespace Stackdraft::Core {

QueueScaler QueueScaler::of(const ComponentType &type)
{
    if (!type.isValid())
        return {};
    QueueScaler s;
    if (type.id() == QLatin1String("rabbitmq")) {
        // KEDA's rabbitmq scaler takes the AMQP URL, credentials included.
        s.kedaTrigger = QStringLiteral("rabbitmq");
        s.kedaFixed = {{QStringLiteral("mode"), QStringLiteral("QueueLength")}};
        s.kedaLengthKey = QStringLiteral("value");
        s.kedaNameKey = QStringLiteral("queueName");
        s.kedaFromEnv = {{QStringLiteral("hostFromEnv"), QStringLiteral("url"), true}};
        s.storeWord = QStringLiteral("queue");
        s.cloudWatchNamespace = QStringLiteral("AWS/AmazonMQ");
        s.cloudWatchMetric = QStringLiteral("MessageCount");
    } else if (type.id() == QLatin1String("redis")) {
        // A Redis list used as a queue (LPUSH/BRPOP): KEDA's redis scaler reads its length
        // (LLEN) from a host and a port, not a redis:// URL. ElastiCache publishes no list length.
        s.kedaTrigger = QStringLiteral("redis");
        s.kedaLengthKey = QStringLiteral("listLength");
        s.kedaNameKey = QStringLiteral("listName");
        s.kedaFromEnv = {{QStringLiteral("hostFromEnv"), QStringLiteral("host"), true},
                         {QStringLiteral("portFromEnv"), QStringLiteral("port"), true},
                         {QStringLiteral("passwordFromEnv"), QStringLiteral("password"), false}};
        s.storeWord = QStringLiteral("list");
    }
    return s;
}

QString QueueScaler::variable(const Component &component, const Deployment &deployment,
                              const QString &store, const QString &part)
{
    const auto matches = [&](const EnvVar &v) {
        if (v.kind != EnvVar::Kind::Reference || v.component != store)
            return false;
        return v.part == part || (v.part.isEmpty() && part == QLatin1String("url"));
    };
    for (const QList<EnvVar> *vars : {&deployment.envOverrides, &component.env}) {
        for (const EnvVar &v : *vars) {
            if (matches(v))
                return v.name;
        }
    }
    return {};
}

} // namespace Stackdraft::Core
