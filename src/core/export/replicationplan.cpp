#include "replicationplan.h"

#include "core/catalog/componenttype.h"
#include "core/model/deployment.h"
#include "core/model/environment.h"

namespace Stackdraft::Core {

ReplicationPlan ReplicationPlan::make(const ComponentType &type, const Deployment &deployment,
                                      Platform platform)
{
    ReplicationPlan plan;
    plan.members = deployment.replicas;
    const bool replicatedMode = deployment.mode == DeploymentMode::Replicated
        || deployment.mode == DeploymentMode::Cluster;
    if (!replicatedMode || !type.isValid() || !type.isDataStore())
        return plan;
    if (platform == Platform::Compose) {
        plan.outcome = Outcome::SingleOnCompose;
        plan.members = 1;
        return plan;
    }
    plan.strategy = type.replication(platformId(platform));
    plan.outcome = plan.strategy ? Outcome::Replicated : Outcome::Unrealisable;
    return plan;
}

bool ReplicationPlan::usesOperator() const
{
    if (!isReplicated())
        return false;
    switch (*strategy) {
    case ReplicationStrategy::CloudNativePg:
    case ReplicationStrategy::MongoDbCommunity:
    case ReplicationStrategy::RabbitmqClusterOperator:
    case ReplicationStrategy::RedisSentinel:
        return true;
    case ReplicationStrategy::PeerDiscovery:
    case ReplicationStrategy::Managed:
        return false;
    }
    return false;
}

QString ReplicationPlan::writerHost(const QString &workloadName) const
{
    if (!isReplicated())
        return workloadName;
    switch (*strategy) {
    case ReplicationStrategy::CloudNativePg:
        return workloadName + QLatin1String("-rw");
    case ReplicationStrategy::RedisSentinel:
        return workloadName + QLatin1String("-master");
    case ReplicationStrategy::MongoDbCommunity:
        return workloadName + QLatin1String("-svc");
    case ReplicationStrategy::RabbitmqClusterOperator: // the operator's client Service
    case ReplicationStrategy::PeerDiscovery: // any node routes requests
    case ReplicationStrategy::Managed: // the platform names the endpoint
        return workloadName;
    }
    return workloadName;
}

QString ReplicationPlan::urlOptions(const QString &workloadName) const
{
    if (isReplicated() && *strategy == ReplicationStrategy::MongoDbCommunity)
        return QStringLiteral("replicaSet=") + workloadName;
    return {};
}

QStringList ReplicationPlan::peerDiscoveryVariables()
{
    return {QStringLiteral("node.name"), QStringLiteral("cluster.name"),
            QStringLiteral("discovery.seed_hosts"), QStringLiteral("cluster.initial_master_nodes")};
}

} // namespace Stackdraft::Core
