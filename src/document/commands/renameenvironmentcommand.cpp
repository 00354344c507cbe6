#include "document/commands/renameenvironmentcommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

RenameEnvironmentCommand::RenameEnvironmentCommand(ProjectDocument *document, const QString &oldId,
                                                   const QString &newId)
    : DocumentCommand(
        document, CommandId::RenameEnvironment,
        QCoreApplication::translate("Stackdraft::Document", "Rename environment %1 to %2")
            .arg(oldId, newId))
    , m_oldId(oldId)
    , m_newId(newId)
{
}

Core::Status RenameEnvironmentCommand::apply(DocumentMutator &edit, bool)
{
    return edit.renameEnvironment(m_oldId, m_newId);
}

void RenameEnvironmentCommand::revert(DocumentMutator &edit)
{
    (void)edit.renameEnvironment(m_newId, m_oldId);
}

} // namespace Stackdraft::Document
