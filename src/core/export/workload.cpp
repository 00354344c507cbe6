#include "core/export/workload.h"

#include "core/catalog/catalog.h"
#include "core/derived/containercommand.h"
#include "core/derived/effectivedeployment.h"
#include "core/derived/searchclient.h"
#include "core/export/envresolver.h"
#include "core/export/exportnaming.h"
#include "core/model/naming.h"
#include "core/model/project.h"

#include <memory>

namespace Stackdraft::Core {

bool Workload::isDeployable(const Realisation &realisation, Platform platform)
{
    return realisation.runsContainers()
        || (platform == Platform::AwsEcs && realisation.isDeployed());
}

Workload Workload::make(const Project &project, const Environment &env, const Component &component,
                        const ComponentType &type)
{
    return make(project, env, component, env.deployment(component.id), type);
}

Workload Workload::make(const Project &project, const Environment &env, const Component &component,
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
    const ContainerCommand process = ContainerCommand::of(type, component, deployment);
    w.command = process.command;
    w.args = process.args;
    w.ports = component.ports.isEmpty() ? data.defaultPorts : component.ports;
    w.health = HealthCheck::forComponent(component, type, w.primaryPort());
    w.stateful = data.stateful;
    w.dataPath = data.dataPath;

    const Deployment fallback;
    const Deployment &d = w.deployment ? *w.deployment : fallback;
    w.realisation = Realisation::of(type, env, d);
    const EffectiveDeployment effective = EffectiveDeployment::of(type, d);
    w.replicas = effective.replicas;
    w.baselineReplicas = effective.baselineReplicas;
    w.storage = effective.storage;
    w.resources = effective.resources;
    w.size = ManagedSize::of(w.realisation, effective);
    return w;
}

QList<Workload> Workload::list(const Project &project, const Environment &env,
                               const Catalog &catalog)
{
    QList<Workload> workloads;
    std::unique_ptr<EnvResolver> resolver; // made for the first search client, if any
    for (const auto &[component, deployment] : project.deployments(env)) {
        Workload w = make(project, env, *component, deployment, catalog.type(component->type));
        if (!isDeployable(w.realisation, env.platform))
            continue;
        // A search client runs what talks to its server as the platform realises it.
        if (SearchClient::toolOf(w.image) != SearchClient::Tool::None
            && component->build.isEmpty()) {
            if (!resolver)
                resolver = std::make_unique<EnvResolver>(project, env, catalog);
            w.image = SearchClient::of(*resolver, env, catalog, *component).image;
        }
        workloads.append(std::move(w));
    }
    return workloads;
}

} // namespace Stackdraft::Core
