#pragma once

#include "core/edit/placed.h"
#include "core/model/project.h"
#include "core/result.h"

// Pure edits of a project's environments (the canvases' tabs).
namespace Stackdraft::Core::Edit {

QString uniqueEnvironmentId(const Project &project, const QString &base);
// Inserts `environment` at `index` (-1: at the end): a free DNS-1123 id, valid settings,
// deployments of existing components, once each.
Status addEnvironment(Project &project, const Environment &environment, qsizetype index = -1);
// A copy of environment `sourceId` under `newId` and `label`, with every deployment and its
// sizes: the fork an architect makes to create staging from production. Namespace is dropped, as
// "<project>-<env>" is the default and two environments must not share one. Not inserted.
Result<Environment> duplicateEnvironment(const Project &project, const QString &sourceId,
                                         const QString &newId, const QString &label);
Result<Placed<Environment>> removeEnvironment(Project &project, const QString &id);
// Gives an environment a new id (a free DNS-1123 label).
Status renameEnvironment(Project &project, const QString &oldId, const QString &newId);
// Moves the environment to position `index` in tab order.
Status moveEnvironment(Project &project, const QString &id, qsizetype index);
// Sets every field of the environment of the same id but its deployments: label, purpose,
// security, platform, region, price book, namespace, network, budget, usage.
Status setEnvironmentSettings(Project &project, const Environment &settings);

} // namespace Stackdraft::Core::Edit
