#include "document/commands/duplicateenvironmentcommand.h"

#include "core/edit/environmentedits.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

DuplicateEnvironmentCommand::DuplicateEnvironmentCommand(ProjectDocument *document,
                                                         const QString &sourceId,
                                                         const QString &newId, const QString &label)
    : DocumentCommand(
        document, CommandId::DuplicateEnvironment,
        QCoreApplication::translate("Stackdraft::Document", "New environment %1 from %2")
            .arg(newId, sourceId))
    , m_sourceId(sourceId)
    , m_newId(newId)
    , m_label(label)
{
}

Core::Status DuplicateEnvironmentCommand::apply(DocumentMutator &edit, bool)
{
    Core::Result<Core::Environment> copy
        = Core::Edit::duplicateEnvironment(edit.project(), m_sourceId, m_newId, m_label);
    if (!copy)
        return copy.error();
    return edit.addEnvironment(copy.value(), edit.project().environmentIndex(m_sourceId) + 1);
}

void DuplicateEnvironmentCommand::revert(DocumentMutator &edit)
{
    (void)edit.removeEnvironment(m_newId);
}

} // namespace Stackdraft::Document
