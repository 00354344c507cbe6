#pragma once

#include "core/catalog/componenttype.h"
#include "core/derived/managedsize.h"
#include "core/derived/realisation.h"
#include "core/export/healthcheck.h"
#include "core/model/deployment.h"
#include "core/model/environment.h"
#include "core/model/port.h"

#include <QList>
#include <QString>

namespace Stackdraft::Core {

class Catalog;
struct Component;
struct Project;

// A component deployed by us in one environment, with every fact a generator needs decided once:
// the component's own settings first, the catalog type's defaults where the model leaves them out.
struct Workload
{
    const Component *component = nullptr;
    const Deployment *deployment = nullptr;
    ComponentType type; // invalid when the catalog does not know the type
    QString name; // ExportNaming::workloadName
    QString image; // component image, else "<project>/<component>:latest" when built, else the
                   // catalog's default image; empty when none of these exists
    QString build; // build context (compose builds it; other platforms push `image`)
    // Entrypoint and arguments (ContainerCommand::of); empty: the image's own.
    QStringList command;
    QStringList args;
    QList<Port> ports; // component ports, else the catalog's default ports
    HealthCheck health;
    bool stateful = false; // catalog type is stateful
    QString dataPath; // where state lives in the container (catalog)
    Realisation realisation; // what the platform makes of it (Realisation::of)
    ManagedSize size; // the instance class and node count of a managed data service
    // From EffectiveDeployment::of, the one rule for what a deployment asks for:
    qint64 storage = 0; // the deployment's storage, else the catalog's default (stateful only)
    Resources resources; // each field the deployment's own, else the catalog's default
    int replicas = 1; // the deployment's count, at least 1
    int baselineReplicas = 1; // at rest: raised to the autoscaling minimum

    int primaryPort() const { return ports.isEmpty() ? 0 : ports.first().container; }

    // Whether we create something for a component realised as `realisation` on `platform`: our
    // own containers anywhere, and on aws-ecs also the managed services the Terraform module
    // creates or notes; never external parties, absent kinds or the cluster's ingress.
    static bool isDeployable(const Realisation &realisation, Platform platform);
    static Workload make(const Project &project, const Environment &env, const Component &component,
                         const ComponentType &type);
    // The same with the deployment at hand (null: not deployed), without looking it up.
    static Workload make(const Project &project, const Environment &env, const Component &component,
                         const Deployment *deployment, const ComponentType &type);
    // The deployable components of `env`, in model order; linear in the size of the project.
    static QList<Workload> list(const Project &project, const Environment &env,
                                const Catalog &catalog);
};

} // namespace Stackdraft::Core
