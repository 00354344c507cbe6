#include "core/derived/environmenttotals.h"

#include "core/catalog/catalog.h"
#include "core/derived/effectivedeployment.h"
#include "core/derived/realisation.h"
#include "core/model/project.h"
#include "core/model/saturating.h"

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
        // Saturating: every field is bounded at load, but a total of them is not, and a wrapped
        // sum would turn "far over budget" into a negative number that passes the budget rules.
        totals.cpu = Saturating::add(totals.cpu, e.reservedCpu());
        totals.memory = Saturating::add(totals.memory, e.reservedMemory());
        totals.cpuLimits = Saturating::add(
            totals.cpuLimits, Saturating::multiply(e.resources.cpuLimit, e.baselineReplicas));
        totals.memoryLimits = Saturating::add(
            totals.memoryLimits, Saturating::multiply(e.resources.memoryLimit, e.baselineReplicas));
    }
    return totals;
}

} // namespace Stackdraft::Core
