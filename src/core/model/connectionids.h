#pragma once

#include "core/model/connection.h"

#include <QList>
#include <QString>
#include <QStringList>

// How connections get their ids (docs/file-format.md, "Connection ids"). A connection whose file
// entry has no `id:` takes the id derived from its ends and its rank among the connections with the
// same ends: "backend->mysql", then "backend->mysql.2", ... The writer leaves `id:` out exactly
// when the id equals that derived id, so files written before ids existed load and save unchanged,
// and an id stays the same for the connection's life even when an edit (a rename, the removal of an
// earlier twin) changes what would be derived: it is then written.
namespace Stackdraft::Core::ConnectionIds {

// "from->to" for the first connection between the two, "from->to.N" for the N-th (N >= 2).
QString derive(const QString &from, const QString &to, int rank);
// The derived id of every connection, in list order (linear time).
QStringList derived(const QList<Connection> &connections);
// Gives every connection with an empty id its derived id, or when another connection already holds
// that, the first free "from->to.N". Ids already set are kept.
void assign(QList<Connection> &connections);
// A free id for a new connection between `from` and `to`, appended after `connections`.
QString forNew(const QList<Connection> &connections, const QString &from, const QString &to);

} // namespace Stackdraft::Core::ConnectionIds
