#include "document/commands/moveenvironmentcommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

MoveEnvironmentCommand::MoveEnvironmentCommand(ProjectDocument *document,
                                               const QString &environmentId, qsizetype index)
    : DocumentCommand(document, CommandId::MoveEnvironment,
                      QCoreApplication::translate("Stackdraft::Document", "Move environment %1")
                          .arg(environmentId))
    , m_environmentId(environmentId)
    , m_to(index)
{
}

Core::Status MoveEnvironmentCommand::apply(DocumentMutator &edit, bool first)
{
    if (first)
        m_from = edit.project().environmentIndex(m_environmentId);
    return edit.moveEnvironment(m_environmentId, m_to);
}

void MoveEnvironmentCommand::revert(DocumentMutator &edit)
{
    (void)edit.moveEnvironment(m_environmentId, m_from);
}

bool MoveEnvironmentCommand::mergeWith(const QUndoCommand *other)
{
    if (!canMerge(other))
        return false;
    const auto *next = static_cast<const MoveEnvironmentCommand *>(other);
    if (next->m_environmentId != m_environmentId)
        return false;
    m_to = next->m_to;
    setObsolete(m_to == m_from);
    return true;
}

} // namespace Stackdraft::Document
