#include "replicationstrategy.h"

#include <array>
#include <utility>

namespace Stackdraft::Core {

namespace {

constexpr std::array<std::pair<ReplicationStrategy, const char *>, 6> Ids = {{
    {ReplicationStrategy::CloudNativePg, "cloudnative-pg"},
    {ReplicationStrategy::MongoDbCommunity, "mongodb-community"},
    {ReplicationStrategy::RabbitmqClusterOperator, "rabbitmq-cluster-operator"},
    {ReplicationStrategy::RedisSentinel, "redis-sentinel"},
    {ReplicationStrategy::PeerDiscovery, "peer-discovery"},
    {ReplicationStrategy::Managed, "managed"},
}};

} // namespace

QString replicationStrategyId(ReplicationStrategy strategy)
{
    for (const auto &[value, id] : Ids) {
        if (value == strategy)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<ReplicationStrategy> replicationStrategyFromId(const QString &id)
{
    for (const auto &[value, text] : Ids) {
        if (id == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QStringList replicationStrategyIds()
{
    QStringList ids;
    for (const auto &entry : Ids)
        ids << QString::fromLatin1(entry.second);
    return ids;
}

} // namespace Stackdraft::Core
