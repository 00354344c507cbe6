#include "document/commands/deploycommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

DeployCommand::DeployCommand(ProjectDocument *document, const QString &environmentId,
                             const Core::Deployment &deployment)
    : DocumentCommand(document, CommandId::Deploy,
                      QCoreApplication::translate("Stackdraft::Document", "Deploy %1 in %2")
                          .arg(deployment.component, environmentId))
    , m_environmentId(environmentId)
    , m_deployment(deployment)
{
}

Core::Status DeployCommand::apply(DocumentMutator &edit, bool)
{
    return edit.deploy(m_environmentId, m_deployment);
}

void DeployCommand::revert(DocumentMutator &edit)
{
    (void)edit.undeploy(m_environmentId, m_deployment.component);
}

} // namespace Stackdraft::Document
