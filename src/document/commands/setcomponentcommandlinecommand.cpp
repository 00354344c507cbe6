#include "document/commands/setcomponentcommandlinecommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

SetComponentCommandLineCommand::SetComponentCommandLineCommand(ProjectDocument *document,
                                                               const QString &componentId,
                                                               CommandLinePart part,
                                                               const QStringList &value)
    : DocumentCommand(
        document, CommandId::SetComponentCommandLine,
        (part == CommandLinePart::Command
             ? QCoreApplication::translate("Stackdraft::Document", "Change the command of %1")
             : QCoreApplication::translate("Stackdraft::Document", "Change the arguments of %1"))
            .arg(componentId))
    , m_componentId(componentId)
    , m_part(part)
    , m_after(value)
{
}

Core::Status SetComponentCommandLineCommand::set(DocumentMutator &edit, const QStringList &value)
{
    const Core::Component *current = edit.project().component(m_componentId);
    if (!current)
        return Core::Error {
            QCoreApplication::translate("Stackdraft::Document", "there is no component '%1'")
                .arg(m_componentId)};
    Core::Component changed = *current;
    commandLineList(changed, m_part) = value;
    return edit.setComponent(changed);
}

Core::Status SetComponentCommandLineCommand::apply(DocumentMutator &edit, bool first)
{
    if (first) {
        if (const Core::Component *current = edit.project().component(m_componentId))
            m_before = commandLineList(*current, m_part);
    }
    return set(edit, m_after);
}

void SetComponentCommandLineCommand::revert(DocumentMutator &edit)
{
    (void)set(edit, m_before);
}

bool SetComponentCommandLineCommand::mergeWith(const QUndoCommand *other)
{
    if (!canMerge(other))
        return false;
    const auto *next = static_cast<const SetComponentCommandLineCommand *>(other);
    if (next->m_componentId != m_componentId || next->m_part != m_part)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Stackdraft::Document
