#include "core/derived/effectivedeployment.h"

#include "core/catalog/componenttype.h"

#include <algorithm>

namespace Stackdraft::Core {
namespace {

struct Pair
{
    qint64 request = 0;
    qint64 limit = 0;
};

Pair effectivePair(Pair own, Pair catalog)
{
    Pair out;
    out.request = own.request > 0 ? own.request : own.limit > 0 ? own.limit : catalog.request;
    out.limit = own.limit > 0 ? own.limit : catalog.limit;
    // A catalog limit below the deployment's own request would make the pair invalid (Kubernetes
    // refuses request > limit): the request wins.
    if (own.limit <= 0 && out.limit > 0 && out.limit < out.request)
        out.limit = out.request;
    return out;
}

} // namespace

EffectiveDeployment EffectiveDeployment::of(const ComponentType &type, const Deployment &d)
{
    const Resources catalog = type.isValid() ? type.data().defaultResources : Resources {};
    EffectiveDeployment e;
    const Pair cpu = effectivePair({d.resources.cpuRequest, d.resources.cpuLimit},
                                   {catalog.cpuRequest, catalog.cpuLimit});
    const Pair memory = effectivePair({d.resources.memoryRequest, d.resources.memoryLimit},
                                      {catalog.memoryRequest, catalog.memoryLimit});
    e.resources = Resources {cpu.request, cpu.limit, memory.request, memory.limit};
    e.cpuFromCatalog = d.resources.effectiveCpu() <= 0 && e.cpu() > 0;
    e.memoryFromCatalog = d.resources.effectiveMemory() <= 0 && e.memory() > 0;
    e.replicas = std::max(1, d.replicas);
    e.baselineReplicas
        = d.autoscaling.enabled ? std::max(e.replicas, d.autoscaling.minReplicas) : e.replicas;
    e.maxReplicas = d.autoscaling.enabled ? std::max(e.baselineReplicas, d.autoscaling.maxReplicas)
                                          : e.baselineReplicas;
    const bool stateful = type.isValid() && type.isStateful();
    e.storage = d.storage > 0 ? d.storage : stateful ? type.data().defaultStorage : 0;
    return e;
}

} // namespace Stackdraft::Core
