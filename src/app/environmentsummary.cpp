#include "app/environmentsummary.h"

#include "core/catalog/catalog.h"
#include "core/export/workload.h"
#include "core/model/project.h"
#include "core/model/quantity.h"
#include "core/model/saturating.h"

namespace Stackdraft::App {

EnvironmentSummary EnvironmentSummary::compute(const Core::Project &project,
                                               const Core::Environment &environment,
                                               const Core::Catalog &catalog)
{
    EnvironmentSummary summary;
    summary.platform = platformName(environment);
    summary.cpuBudget = environment.budget.cpu;
    summary.memoryBudget = environment.budget.memory;
    // The workloads the exporters deploy, with the same catalog defaults, so the totals match them.
    for (const Core::Workload &workload : Core::Workload::list(project, environment, catalog)) {
        ++summary.components;
        summary.replicas += workload.replicas;
        summary.cpu = Core::Saturating::add(
            summary.cpu,
            Core::Saturating::multiply(workload.replicas, workload.resources.effectiveCpu()));
        summary.memory = Core::Saturating::add(
            summary.memory,
            Core::Saturating::multiply(workload.replicas, workload.resources.effectiveMemory()));
    }
    return summary;
}

QString EnvironmentSummary::platformName(const Core::Environment &environment)
{
    switch (environment.platform) {
    case Core::Platform::Compose:
        return tr("Docker Compose");
    case Core::Platform::Kubernetes:
        return tr("Kubernetes");
    case Core::Platform::AwsEcs:
        return tr("AWS ECS");
    }
    return Core::platformId(environment.platform);
}

QString EnvironmentSummary::text() const
{
    using namespace Core::Quantity;
    const QString cpuText
        = cpuBudget > 0 ? tr("%1 of %2").arg(humanCpu(cpu), humanCpu(cpuBudget)) : humanCpu(cpu);
    const QString memoryText = memoryBudget > 0
        ? tr("%1 of %2").arg(humanMemory(memory), humanMemory(memoryBudget))
        : humanMemory(memory);
    // Labelled values rather than "%n components": English plural forms would need a translation
    // file.
    return tr("%1 · Components: %2 · Replicas: %3 · CPU: %4 · Memory: %5")
        .arg(platform, QString::number(components), QString::number(replicas), cpuText, memoryText);
}

} // namespace Stackdraft::App
