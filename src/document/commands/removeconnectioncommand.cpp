#include "document/commands/removeconnectioncommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

RemoveConnectionCommand::RemoveConnectionCommand(ProjectDocument *document,
                                                 const QString &connectionId)
    : DocumentCommand(document, CommandId::RemoveConnection,
                      QCoreApplication::translate("Stackdraft::Document", "Delete connection %1")
                          .arg(connectionId))
    , m_connectionId(connectionId)
{
}

Core::Status RemoveConnectionCommand::apply(DocumentMutator &edit, bool)
{
    auto removed = edit.removeConnection(m_connectionId);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return Core::success();
}

void RemoveConnectionCommand::revert(DocumentMutator &edit)
{
    (void)edit.addConnection(m_removed.value, m_removed.index);
}

} // namespace Stackdraft::Document
