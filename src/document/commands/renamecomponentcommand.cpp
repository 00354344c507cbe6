#include "document/commands/renamecomponentcommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

RenameComponentCommand::RenameComponentCommand(ProjectDocument *document, const QString &oldId,
                                               const QString &newId)
    : DocumentCommand(
        document, CommandId::RenameComponent,
        QCoreApplication::translate("Stackdraft::Document", "Rename %1 to %2").arg(oldId, newId))
    , m_oldId(oldId)
    , m_newId(newId)
{
}

Core::Status RenameComponentCommand::apply(DocumentMutator &edit, bool)
{
    return edit.renameComponent(m_oldId, m_newId);
}

void RenameComponentCommand::revert(DocumentMutator &edit)
{
    (void)edit.renameComponent(m_newId, m_oldId);
}

} // namespace Stackdraft::Document
