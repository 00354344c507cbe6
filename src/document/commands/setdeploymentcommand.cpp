#include "document/commands/setdeploymentcommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

SetDeploymentCommand::SetDeploymentCommand(ProjectDocument *document, const QString &environmentId,
                                           const Core::Deployment &deployment)
    : DocumentCommand(document, CommandId::SetDeployment,
                      QCoreApplication::translate("Stackdraft::Document", "Change %1 in %2")
                          .arg(deployment.component, environmentId))
    , m_environmentId(environmentId)
    , m_after(deployment)
{
}

Core::Status SetDeploymentCommand::apply(DocumentMutator &edit, bool first)
{
    if (first) {
        const Core::Environment *env = edit.project().environment(m_environmentId);
        if (const Core::Deployment *d = env ? env->deployment(m_after.component) : nullptr)
            m_before = *d;
    }
    return edit.setDeployment(m_environmentId, m_after);
}

void SetDeploymentCommand::revert(DocumentMutator &edit)
{
    (void)edit.setDeployment(m_environmentId, m_before);
}

} // namespace Stackdraft::Document
