#pragma once

#include "core/edit/placed.h"
#include "core/model/project.h"
#include "core/result.h"

// Pure edits of a project's groups (labelled frames of components).
namespace Stackdraft::Core::Edit {

// `base` made a valid group id and unique: "data", then "data-2", ...
QString uniqueGroupId(const Project &project, const QString &base);
// Inserts `group` at `index` (-1: at the end): a free DNS-1123 id, members that exist, once each.
Status createGroup(Project &project, const Group &group, qsizetype index = -1);
// Takes the group out (its members stay in the project): "ungroup".
Result<Placed<Group>> removeGroup(Project &project, const QString &id);
// Replaces the group of the same id: its label and members.
Status setGroup(Project &project, const Group &group);
// `group` with `members` appended (those not already in it) or removed.
Group withMembers(Group group, const QStringList &members);
Group withoutMembers(Group group, const QStringList &members);

} // namespace Stackdraft::Core::Edit
