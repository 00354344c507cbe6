#include "document/commands/addcomponentcommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

AddComponentCommand::AddComponentCommand(ProjectDocument *document,
                                         const Core::Component &component,
                                         const QString &environmentId,
                                         const Core::Deployment &deployment)
    : DocumentCommand(
        document, CommandId::AddComponent,
        QCoreApplication::translate("Stackdraft::Document", "Add %1").arg(component.id))
    , m_component(component)
    , m_environmentId(environmentId)
    , m_deployment(deployment)
{
    m_deployment.component = component.id;
}

Core::Status AddComponentCommand::apply(DocumentMutator &edit, bool)
{
    if (Core::Status s = edit.addComponent(m_component); !s)
        return s;
    if (m_environmentId.isEmpty())
        return Core::success();
    if (Core::Status s = edit.deploy(m_environmentId, m_deployment); !s) {
        (void)edit.removeComponent(m_component.id);
        return s;
    }
    return Core::success();
}

void AddComponentCommand::revert(DocumentMutator &edit)
{
    (void)edit.removeComponent(m_component.id);
}

} // namespace Stackdraft::Document
