#pragma once

#include "core/edit/placed.h"
#include "core/model/project.h"
#include "core/result.h"

#include <QHash>
#include <QPointF>

// Pure edits of the deployments of one environment. Each checks first and changes nothing when it
// refuses.
namespace Stackdraft::Core::Edit {

// Deploys an existing component, not yet deployed in `environmentId`, at `index` (-1: at the end).
Status deploy(Project &project, const QString &environmentId, const Deployment &deployment,
              qsizetype index = -1);
// Takes the component's deployment out of the environment (the component stays in the project).
Result<Placed<Deployment>> undeploy(Project &project, const QString &environmentId,
                                    const QString &componentId);
// Replaces the deployment of the same component (which must be deployed there).
Status setDeployment(Project &project, const QString &environmentId, const Deployment &deployment);
// Sets the canvas position of several deployed components at once; all or nothing.
Status moveNodes(Project &project, const QString &environmentId,
                 const QHash<QString, QPointF> &positions);

} // namespace Stackdraft::Core::Edit
