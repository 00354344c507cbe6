#pragma once

#include "core/catalog/replicationstrategy.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Stackdraft::Core {

class ComponentType;
struct Deployment;
enum class Platform;

// What a deployment's `mode` means on its environment's platform, decided once for every reader
// (the Kubernetes generator, the client URLs, validation, the architecture document):
//  - single and managed modes, and components that are not data stores, run as they are;
//  - `replicated` / `cluster` run as `members` members through the strategy the catalog type names
//    for the platform (an operator's custom resource, a self-forming image, a managed service);
//  - on compose (a development machine) they run as one instance, said in a note;
//  - anywhere else they cannot be realised, and validation reports an error.
struct ReplicationPlan
{
    enum class Outcome {
        AsModelled, // nothing to replicate: one instance, or a managed/single mode
        Replicated, // `members` members through `strategy`
        SingleOnCompose, // replicated/cluster asked for, one instance on compose (a note says so)
        Unrealisable, // the platform has no strategy for this type: validation error
    };

    Outcome outcome = Outcome::AsModelled;
    std::optional<ReplicationStrategy> strategy;
    int members = 1;

    // The variables the peer-discovery strategy gives each member: the Kubernetes exporter writes
    // them, the Kubernetes importer knows them as the strategy's, not the design's.
    static QStringList peerDiscoveryVariables();
    static ReplicationPlan make(const ComponentType &type, const Deployment &deployment,
                                Platform platform);

    bool isReplicated() const { return outcome == Outcome::Replicated; }
    // Realised by a Kubernetes operator's custom resource instead of our own StatefulSet.
    bool usesOperator() const;

    // The host clients write through (the primary / master / any broker), given the name of the
    // workload that realises the component: CloudNativePG's "<name>-rw" Service, the Redis
    // operator's "<name>-master", the replica set's "<name>-svc"; the workload name otherwise.
    QString writerHost(const QString &workloadName) const;
    // Connection options a client needs to follow the topology ("replicaSet=<name>" for a MongoDB
    // replica set), without the leading '?' or '&'; empty when none.
    QString urlOptions(const QString &workloadName) const;
};

} // namespace Stackdraft::Core
