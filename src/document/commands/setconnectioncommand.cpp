#include "document/commands/setconnectioncommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

SetConnectionCommand::SetConnectionCommand(ProjectDocument *document,
                                           const Core::Connection &connection)
    : DocumentCommand(document, CommandId::SetConnection,
                      QCoreApplication::translate("Stackdraft::Document", "Change connection %1")
                          .arg(connection.id))
    , m_after(connection)
{
}

Core::Status SetConnectionCommand::apply(DocumentMutator &edit, bool first)
{
    if (first) {
        if (const Core::Connection *current = edit.project().connection(m_after.id))
            m_before = *current;
    }
    return edit.setConnection(m_after);
}

void SetConnectionCommand::revert(DocumentMutator &edit)
{
    (void)edit.setConnection(m_before);
}

bool SetConnectionCommand::mergeWith(const QUndoCommand *other)
{
    if (!canMerge(other))
        return false;
    const auto *next = static_cast<const SetConnectionCommand *>(other);
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Stackdraft::Document
