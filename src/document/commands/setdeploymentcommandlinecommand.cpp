#include "document/commands/setdeploymentcommandlinecommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

SetDeploymentCommandLineCommand::SetDeploymentCommandLineCommand(ProjectDocument *document,
                                                                 const QString &environmentId,
                                                                 const QString &componentId,
                                                                 CommandLinePart part,
                                                                 const QStringList &value)
    : DocumentCommand(
        document, CommandId::SetDeploymentCommandLine,
        (part == CommandLinePart::Command
             ? QCoreApplication::translate("Stackdraft::Document", "Change the command of %1 in %2")
             : QCoreApplication::translate("Stackdraft::Document",
                                           "Change the arguments of %1 in %2"))
            .arg(componentId, environmentId))
    , m_environmentId(environmentId)
    , m_componentId(componentId)
    , m_part(part)
    , m_after(value)
{
}

Core::Status SetDeploymentCommandLineCommand::set(DocumentMutator &edit, const QStringList &value)
{
    const Core::Environment *env = edit.project().environment(m_environmentId);
    const Core::Deployment *current = env ? env->deployment(m_componentId) : nullptr;
    if (!current)
        return Core::Error {QCoreApplication::translate("Stackdraft::Document",
                                                        "'%1' is not deployed in environment '%2'")
                                .arg(m_componentId, m_environmentId)};
    Core::Deployment changed = *current;
    commandLineList(changed, m_part) = value;
    return edit.setDeployment(m_environmentId, changed);
}

Core::Status SetDeploymentCommandLineCommand::apply(DocumentMutator &edit, bool first)
{
    if (first) {
        const Core::Environment *env = edit.project().environment(m_environmentId);
        if (const Core::Deployment *current = env ? env->deployment(m_componentId) : nullptr)
            m_before = commandLineList(*current, m_part);
    }
    return set(edit, m_after);
}

void SetDeploymentCommandLineCommand::revert(DocumentMutator &edit)
{
    (void)set(edit, m_before);
}

bool SetDeploymentCommandLineCommand::mergeWith(const QUndoCommand *other)
{
    if (!canMerge(other))
        return false;
    const auto *next = static_cast<const SetDeploymentCommandLineCommand *>(other);
    if (next->m_environmentId != m_environmentId || next->m_componentId != m_componentId
        || next->m_part != m_part)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Stackdraft::Document
