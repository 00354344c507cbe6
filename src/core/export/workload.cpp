#include "core/export/workload.h"

#include "core/catalog/catalog.h"
#include "core/export/exportnaming.h"
#include "core/model/naming.h"
#include "core/model/project.h"

namespace Stackdraft::Core {

bool Workload::isDeployable(const ComponentType &type, Platform platform)
{
    if (!type.isValid())
        return true; // an unknown type is still the architect's container; validation reports the
                     // type
    if (type.isExternal() || type.id() == QLatin1String("end-users"))
        return false;
    const QString realisation = type.data().realisation.value(platformId(platform));
    return realisation != QLatin1String("none") && realisation != QLatin1String("ingress")
        && realisation != QLatin1String("external");
}

Workload Workload::make(const Project &project, const Environment &env, const Component &component,
                        const ComponentType &type)
{
    return make(project, component, env.deployment(component.id), type);
}

Workload Workload::make(const Project &project, const Component &component,
                        const Deployment *deployment, const ComponentType &type)
{
    Workload w;
    w.component = &component;
    w.deployment = deployment;
    w.type = type;
    w.name = ExportNaming::workloadName(component);
    const ComponentTypeData &data = type.data();
    w.build = component.build;
    if (!component.image.isEmpty())
        w.image = component.image;
    else if (!component.build.isEmpty())
        w.image = Naming::toDnsLabel(project.name) + QLatin1Char('/') + w.name
            + QLatin1String(":latest");
    else
        w.image = data.defaultImage;
    w.command = data.command;
    w.ports = component.ports.isEmpty() ? data.defaultPorts : component.ports;
    w.health = HealthCheck::forComponent(component, type, w.primaryPort());
    w.stateful = data.stateful;
    w.dataPath = data.dataPath;

    const Deployment fallback;
    const Deployment &d = w.deployment ? *w.deployment : fallback;
    w.replicas = std::max(1, d.replicas);
    w.storage = w.stateful ? (d.storage > 0 ? d.storage : data.defaultStorage) : d.storage;
    auto pick = [](qint64 own, qint64 catalogDefault) { return own > 0 ? own : catalogDefault; };
    w.resources.cpuRequest = pick(d.resources.cpuRequest, data.defaultResources.cpuRequest);
    w.resources.cpuLimit = pick(d.resources.cpuLimit, data.defaultResources.cpuLimit);
    w.resources.memoryRequest
        = pick(d.resources.memoryRequest, data.defaultResources.memoryRequest);
    w.resources.memoryLimit = pick(d.resources.memoryLimit, data.defaultResources.memoryLimit);
    return w;
}

QList<Workload> Workload::list(const Project &project, const Environment &env,
                               const Catalog &catalog)
{
    QList<Workload> workloads;
    for (const auto &[component, deployment] : project.deployments(env)) {
        const ComponentType type = catalog.type(component->type);
        if (isDeployable(type, env.platform))
            workloads.append(make(project, *component, deployment, type));
    }
    return workloads;
}

} // namespace Stackdraft::Core
