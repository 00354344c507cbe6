#include "document/commands/addconnectioncommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

AddConnectionCommand::AddConnectionCommand(ProjectDocument *document,
                                           const Core::Connection &connection)
    : DocumentCommand(document, CommandId::AddConnection,
                      QCoreApplication::translate("Stackdraft::Document", "Connect %1 to %2")
                          .arg(connection.from, connection.to))
    , m_connection(connection)
{
}

Core::Status AddConnectionCommand::apply(DocumentMutator &edit, bool)
{
    Core::Result<QString> id = edit.addConnection(m_connection);
    if (!id)
        return id.error();
    m_connection.id = id.value();
    return Core::success();
}

void AddConnectionCommand::revert(DocumentMutator &edit)
{
    (void)edit.removeConnection(m_connection.id);
}

} // namespace Stackdraft::Document
