#pragma once

#include "core/edit/removedcomponent.h"
#include "core/model/project.h"
#include "core/result.h"

// Pure edits of a project's components. Each checks first and changes nothing when it refuses.
namespace Stackdraft::Core::Edit {

// The ids of every component, in model order.
QStringList componentIds(const Project &project);
// `base` made a valid id and unique: "mysql", then "mysql-2", "mysql-3", ...
QString uniqueComponentId(const Project &project, const QString &base);

// Inserts `component` at `index` (-1: at the end). The id must be a free DNS-1123 label; the rest
// is checked by checkComponent().
Status addComponent(Project &project, const Component &component, qsizetype index = -1);
// Replaces the component of the same id (which must exist) with `component`.
Status setComponent(Project &project, const Component &component);
// Removes the component from the project: its deployments in every environment, its connections,
// its group memberships, and the `from:` variables that named it (returned in `references`).
Result<RemovedComponent> removeComponent(Project &project, const QString &id);
// The exact inverse of removeComponent() on the project it returned from.
void restoreComponent(Project &project, const RemovedComponent &removed);

// Gives a component a new id and rewrites every reference to it: connection ends, group members,
// deployments, `from:` variables of components and of deployments' overrides. Connection ids do
// not change. Refused when `newId` is not a DNS-1123 label or is taken; renaming back is the
// inverse.
Status renameComponent(Project &project, const QString &oldId, const QString &newId);

} // namespace Stackdraft::Core::Edit
