#include "document/commands/setbackuppolicycommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

SetBackupPolicyCommand::SetBackupPolicyCommand(ProjectDocument *document,
                                               const QString &environmentId,
                                               const QString &componentId, Part part, bool enabled,
                                               const Core::BackupPolicy &policy)
    : DocumentCommand(
        document, CommandId::SetBackupPolicy,
        QCoreApplication::translate("Stackdraft::Document", "Change the backups of %1 in %2")
            .arg(componentId, environmentId))
    , m_environmentId(environmentId)
    , m_componentId(componentId)
    , m_part(part)
    , m_after {enabled, policy}
{
}

Core::Status SetBackupPolicyCommand::set(DocumentMutator &edit, const State &state)
{
    const Core::Environment *env = edit.project().environment(m_environmentId);
    const Core::Deployment *current = env ? env->deployment(m_componentId) : nullptr;
    if (!current)
        return Core::Error {QCoreApplication::translate("Stackdraft::Document",
                                                        "'%1' is not deployed in environment '%2'")
                                .arg(m_componentId, m_environmentId)};
    Core::Deployment changed = *current;
    changed.backup = state.enabled;
    changed.backupPolicy = state.policy;
    return edit.setDeployment(m_environmentId, changed);
}

Core::Status SetBackupPolicyCommand::apply(DocumentMutator &edit, bool first)
{
    if (first) {
        const Core::Environment *env = edit.project().environment(m_environmentId);
        if (const Core::Deployment *current = env ? env->deployment(m_componentId) : nullptr)
            m_before = State {current->backup, current->backupPolicy};
    }
    return set(edit, m_after);
}

void SetBackupPolicyCommand::revert(DocumentMutator &edit)
{
    (void)set(edit, m_before);
}

bool SetBackupPolicyCommand::mergeWith(const QUndoCommand *other)
{
    if (!canMerge(other))
        return false;
    const auto *next = static_cast<const SetBackupPolicyCommand *>(other);
    if (next->m_environmentId != m_environmentId || next->m_componentId != m_componentId
        || next->m_part != m_part || m_part == Part::Switch)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Stackdraft::Document
