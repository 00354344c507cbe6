#include "core/edit/connectionedits.h"

#include "core/edit/modelchecks.h"
#include "core/model/connectionids.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Edit {
namespace {

Error unknownConnection(const QString &id)
{
    return Error {
        QCoreApplication::translate("Stackdraft::Core::Edit", "there is no connection '%1'")
            .arg(id),
        {},
        0,
        0,
        {}};
}

} // namespace

Result<QString> addConnection(Project &project, Connection connection, qsizetype index)
{
    if (connection.id.isEmpty())
        connection.id = ConnectionIds::forNew(project.connections, connection.from, connection.to);
    else if (project.connection(connection.id))
        return Error {QCoreApplication::translate("Stackdraft::Core::Edit",
                                                  "the connection id '%1' is already taken")
                          .arg(connection.id),
                      {},
                      0,
                      0,
                      QStringLiteral("id")};
    if (Status s = checkConnection(project, connection); !s)
        return s.error();
    if (index < 0 || index > project.connections.size())
        index = project.connections.size();
    project.connections.insert(index, connection);
    return connection.id;
}

Result<Placed<Connection>> removeConnection(Project &project, const QString &id)
{
    const qsizetype index = project.connectionIndex(id);
    if (index < 0)
        return unknownConnection(id);
    return Placed<Connection> {index, project.connections.takeAt(index)};
}

Status setConnection(Project &project, const Connection &connection)
{
    Connection *existing = project.connection(connection.id);
    if (!existing)
        return unknownConnection(connection.id);
    if (Status s = checkConnection(project, connection); !s)
        return s;
    *existing = connection;
    return success();
}

} // namespace Stackdraft::Core::Edit
