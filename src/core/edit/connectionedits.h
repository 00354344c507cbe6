#pragma once

#include "core/edit/placed.h"
#include "core/model/project.h"
#include "core/result.h"

// Pure edits of a project's connections, addressed by their stable ids (see ConnectionIds).
namespace Stackdraft::Core::Edit {

// Inserts `connection` at `index` (-1: at the end) and returns its id: the one it carries, or when
// that is empty, a new one (ConnectionIds::forNew). Two connections between the same components
// are allowed (e.g. two protocols); an id already in use is refused.
Result<QString> addConnection(Project &project, Connection connection, qsizetype index = -1);
// Takes the connection out, with its position.
Result<Placed<Connection>> removeConnection(Project &project, const QString &id);
// Replaces the connection of the same id (label, port, and ends, which must exist).
Status setConnection(Project &project, const Connection &connection);

} // namespace Stackdraft::Core::Edit
