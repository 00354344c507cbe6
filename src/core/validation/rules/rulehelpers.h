#pragma once

#include "core/catalog/catalog.h"
#include "core/model/project.h"
#include "core/validation/rule.h"

#include <QString>

namespace Stackdraft::Core::Rules {

// Production is decided by name: an environment whose id or label contains "prod" (production,
// prod, produção, prod-eu). Rules that only make sense there can still be disabled per project.
bool isProduction(const Environment &environment);

// "environments[2].deployments.backend.memory" (`key` empty: the deployment itself).
QString deploymentField(const Project &project, const Environment &environment,
                        const QString &component, const QString &key = {});
QString environmentField(const Project &project, const Environment &environment,
                         const QString &key);

// How the catalog realises a type on the environment's platform: as our own container (any workload
// we run: container, deployment, statefulset, fargate), as a managed service (rds, elasticache,
// ...), or not at all (external, none).
bool runsAsContainer(const ComponentType &type, Platform platform);
bool isManagedService(const ComponentType &type, Platform platform);

// What a deployment reserves: its own requests/limits, or the catalog's defaults when it sets none.
Resources effectiveResources(const ComponentType &type, const Deployment &deployment);
// Replicas at rest: the replica count raised to the autoscaling minimum.
int baselineReplicas(const Deployment &deployment);

// What the environment's own containers reserve at rest: effective requests × baseline replicas,
// summed over the deployed components that run as containers (managed and external ones are not
// ours to size).
struct Reserved
{
    qint64 cpu = 0; // millicores
    qint64 memory = 0; // bytes
};
Reserved reservedByContainers(const RuleContext &context, Platform platform);

} // namespace Stackdraft::Core::Rules
