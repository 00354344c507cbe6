#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Stackdraft::Core {

// How a platform runs several members of one data store as one replicated service (a writer and
// its replicas, a replica set, a quorum cluster). A catalog type names one per platform under
// `replication:`; a `replicated` or `cluster` deployment on a platform the type names none for
// cannot be realised there, and validation says so (SD-REPLICATION).
enum class ReplicationStrategy {
    CloudNativePg, // "cloudnative-pg": CloudNativePG Cluster (postgresql.cnpg.io/v1)
    MongoDbCommunity, // "mongodb-community": MongoDBCommunity replica set
    RabbitmqClusterOperator, // "rabbitmq-cluster-operator": RabbitmqCluster (rabbitmq.com)
    RedisSentinel, // "redis-sentinel": RedisReplication + RedisSentinel (OT redis-operator)
    // "peer-discovery": the image forms the cluster itself once told its peers (Elasticsearch's
    // discovery.seed_hosts / cluster.initial_master_nodes on a StatefulSet)
    PeerDiscovery,
    // "managed": the platform's managed service replicates (RDS Multi-AZ, ElastiCache replication
    // group, Amazon MQ cluster, OpenSearch domain with several nodes)
    Managed,
};

QString replicationStrategyId(ReplicationStrategy strategy);
std::optional<ReplicationStrategy> replicationStrategyFromId(const QString &id);
QStringList replicationStrategyIds(); // every id, in enum order (for messages)

} // namespace Stackdraft::Core
