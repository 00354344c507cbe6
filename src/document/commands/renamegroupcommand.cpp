#include "document/commands/renamegroupcommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

RenameGroupCommand::RenameGroupCommand(ProjectDocument *document, const QString &groupId,
                                       const QString &label)
    : DocumentCommand(
        document, CommandId::RenameGroup,
        QCoreApplication::translate("Stackdraft::Document", "Rename group %1").arg(groupId))
    , m_groupId(groupId)
    , m_after(label)
{
}

Core::Status RenameGroupCommand::set(DocumentMutator &edit, const QString &label)
{
    const Core::Group *current = edit.project().group(m_groupId);
    if (!current)
        return Core::Error {
            QCoreApplication::translate("Stackdraft::Document", "there is no group '%1'")
                .arg(m_groupId),
            {},
            0,
            0,
            {}};
    Core::Group changed = *current;
    changed.label = label;
    return edit.setGroup(changed);
}

Core::Status RenameGroupCommand::apply(DocumentMutator &edit, bool first)
{
    if (first) {
        if (const Core::Group *current = edit.project().group(m_groupId))
            m_before = current->label;
    }
    return set(edit, m_after);
}

void RenameGroupCommand::revert(DocumentMutator &edit)
{
    (void)set(edit, m_before);
}

bool RenameGroupCommand::mergeWith(const QUndoCommand *other)
{
    if (!canMerge(other))
        return false;
    const auto *next = static_cast<const RenameGroupCommand *>(other);
    if (next->m_groupId != m_groupId)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Stackdraft::Document
