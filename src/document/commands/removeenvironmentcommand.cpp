#include "document/commands/removeenvironmentcommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

RemoveEnvironmentCommand::RemoveEnvironmentCommand(ProjectDocument *document,
                                                   const QString &environmentId)
    : DocumentCommand(document, CommandId::RemoveEnvironment,
                      QCoreApplication::translate("Stackdraft::Document", "Delete environment %1")
                          .arg(environmentId))
    , m_environmentId(environmentId)
{
}

Core::Status RemoveEnvironmentCommand::apply(DocumentMutator &edit, bool)
{
    auto removed = edit.removeEnvironment(m_environmentId);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return Core::success();
}

void RemoveEnvironmentCommand::revert(DocumentMutator &edit)
{
    (void)edit.addEnvironment(m_removed.value, m_removed.index);
}

} // namespace Stackdraft::Document
