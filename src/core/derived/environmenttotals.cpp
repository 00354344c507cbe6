#include "core/derived/environmenttotals.h"

#include "core/catalog/catalog.h"
#include "core/derived/effectivedeployment.h"
#include "core/derived/realisation.h"
#include "core/model/project.h"

namespace Stackdraft::Core {

EnvironmentTotals EnvironmentTotals::of(const Project &project, const Environment &environment,
                                        const Catalog &catalog)
{
    EnvironmentTotals totals;
    for (const auto &[component, deployment] : project.deployments(environment)) {
        const ComponentType type = catalog.type(component->type);
        if (!Realisation::of(type, environment, *deployment).runsContainers())
            continue;
        const EffectiveDeployment e = EffectiveDeployment::of(type, *deployment);
        ++totals.components;
        totals.replicas += e.baselineReplicas;
        totals.cpu += e.reservedCpu();
        totals.memory += e.reservedMemory();
        totals.cpuLimits += e.resources.cpuLimit * e.baselineReplicas;
        totals.memoryLimits += e.resources.memoryLimit * e.baselineReplicas;
    }
    return totals;
}

} // namespace Stackdraft::Core
