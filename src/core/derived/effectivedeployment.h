#pragma once

#include "core/model/deployment.h"
#include "core/model/saturating.h"

namespace Stackdraft::Core {

class ComponentType;

// What a deployment asks of its platform once the catalog has filled in what the file leaves out.
// The one place these rules live (docs/validation.md, "What a deployment reserves"):
//  - each resource field is the deployment's own value, else the catalog type's default;
//  - a request left out while its limit is set is the limit (Kubernetes does the same), and a
//    limit taken from the catalog is raised to the request, so requests never exceed limits;
//  - replicas are at least 1; at rest an autoscaled deployment runs its autoscaling minimum;
//  - a stateful type without a storage size gets the catalog's default volume.
struct EffectiveDeployment
{
    Resources resources;
    bool cpuFromCatalog = false; // the file sets neither CPU request nor limit
    bool memoryFromCatalog = false; // the file sets neither memory request nor limit
    int replicas = 1; // the deployment's count, at least 1
    int baselineReplicas = 1; // at rest: `replicas` raised to the autoscaling minimum
    int maxReplicas = 1; // the autoscaling maximum when it scales, else `baselineReplicas`
    qint64 storage = 0; // bytes of persistent volume; 0: none

    bool scales() const { return maxReplicas > baselineReplicas; }
    qint64 cpu() const { return resources.effectiveCpu(); } // millicores per replica
    qint64 memory() const { return resources.effectiveMemory(); } // bytes per replica
    // What the replicas at rest reserve together (saturating: 1 PiB × 10,000 replicas is past
    // qint64).
    qint64 reservedCpu() const { return Saturating::multiply(cpu(), baselineReplicas); }
    qint64 reservedMemory() const { return Saturating::multiply(memory(), baselineReplicas); }

    static EffectiveDeployment of(const ComponentType &type, const Deployment &deployment);
};

} // namespace Stackdraft::Core
