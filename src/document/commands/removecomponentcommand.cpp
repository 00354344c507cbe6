#include "document/commands/removecomponentcommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

RemoveComponentCommand::RemoveComponentCommand(ProjectDocument *document,
                                               const QString &componentId)
    : DocumentCommand(
        document, CommandId::RemoveComponent,
        QCoreApplication::translate("Stackdraft::Document", "Delete %1").arg(componentId))
    , m_componentId(componentId)
{
}

Core::Status RemoveComponentCommand::apply(DocumentMutator &edit, bool)
{
    Core::Result<Core::Edit::RemovedComponent> removed = edit.removeComponent(m_componentId);
    if (!removed)
        return removed.error();
    m_removed = std::move(removed).value();
    return Core::success();
}

void RemoveComponentCommand::revert(DocumentMutator &edit)
{
    edit.restoreComponent(m_removed);
}

} // namespace Stackdraft::Document
