#include "document/commands/setdeploymentfieldcommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

SetDeploymentFieldCommand::SetDeploymentFieldCommand(ProjectDocument *document,
                                                     const QString &environmentId,
                                                     const QString &componentId,
                                                     Core::Edit::DeploymentField field,
                                                     const Core::Edit::DeploymentFieldValue &value)
    : DocumentCommand(document, CommandId::SetDeploymentField,
                      QCoreApplication::translate("Stackdraft::Document", "Change %1 of %2 in %3")
                          .arg(Core::Edit::deploymentFieldName(field), componentId, environmentId))
    , m_environmentId(environmentId)
    , m_componentId(componentId)
    , m_field(field)
    , m_after(value)
{
}

SetDeploymentFieldCommand *SetDeploymentFieldCommand::resetOverride(ProjectDocument *document,
                                                                    const QString &environmentId,
                                                                    const QString &componentId,
                                                                    const QString &variable)
{
    auto *command = new SetDeploymentFieldCommand(document, environmentId, componentId,
                                                  Core::Edit::DeploymentField::EnvOverrides,
                                                  QList<Core::EnvVar>());
    command->m_resetVariable = variable;
    command->setText(QCoreApplication::translate("Stackdraft::Document", "Reset %1 of %2 in %3")
                         .arg(variable, componentId, environmentId));
    return command;
}

Core::Status SetDeploymentFieldCommand::set(DocumentMutator &edit,
                                            const Core::Edit::DeploymentFieldValue &value)
{
    const Core::Environment *env = edit.project().environment(m_environmentId);
    const Core::Deployment *current = env ? env->deployment(m_componentId) : nullptr;
    if (!current)
        return Core::Error {QCoreApplication::translate("Stackdraft::Document",
                                                        "'%1' is not deployed in environment '%2'")
                                .arg(m_componentId, m_environmentId),
                            {},
                            0,
                            0,
                            {}};
    Core::Deployment changed = *current;
    if (Core::Status s = Core::Edit::setDeploymentField(changed, m_field, value); !s)
        return s;
    return edit.setDeployment(m_environmentId, changed);
}

Core::Status SetDeploymentFieldCommand::apply(DocumentMutator &edit, bool first)
{
    if (first) {
        const Core::Environment *env = edit.project().environment(m_environmentId);
        if (const Core::Deployment *current = env ? env->deployment(m_componentId) : nullptr) {
            m_before = Core::Edit::deploymentField(*current, m_field);
            if (!m_resetVariable.isEmpty())
                m_after = Core::Edit::withoutOverride(current->envOverrides, m_resetVariable);
        }
    }
    return set(edit, m_after);
}

void SetDeploymentFieldCommand::revert(DocumentMutator &edit)
{
    (void)set(edit, m_before);
}

bool SetDeploymentFieldCommand::mergeWith(const QUndoCommand *other)
{
    if (!canMerge(other))
        return false;
    const auto *next = static_cast<const SetDeploymentFieldCommand *>(other);
    if (next->m_environmentId != m_environmentId || next->m_componentId != m_componentId
        || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Stackdraft::Document
