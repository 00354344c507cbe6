#include "document/commands/changegroupmemberscommand.h"

#include "core/edit/groupedits.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

ChangeGroupMembersCommand::ChangeGroupMembersCommand(ProjectDocument *document,
                                                     const QString &groupId, const QStringList &add,
                                                     const QStringList &remove)
    : DocumentCommand(
        document, CommandId::ChangeGroupMembers,
        remove.isEmpty()
            ? QCoreApplication::translate("Stackdraft::Document", "Add to group %1").arg(groupId)
            : add.isEmpty()
            ? QCoreApplication::translate("Stackdraft::Document", "Remove from group %1")
                  .arg(groupId)
            : QCoreApplication::translate("Stackdraft::Document", "Change group %1").arg(groupId))
    , m_groupId(groupId)
    , m_add(add)
    , m_remove(remove)
{
}

Core::Status ChangeGroupMembersCommand::apply(DocumentMutator &edit, bool first)
{
    if (first) {
        const Core::Group *current = edit.project().group(m_groupId);
        if (!current)
            return Core::Error {
                QCoreApplication::translate("Stackdraft::Document", "there is no group '%1'")
                    .arg(m_groupId),
                {},
                0,
                0,
                {}};
        m_before = *current;
        m_after = Core::Edit::withoutMembers(Core::Edit::withMembers(*current, m_add), m_remove);
    }
    return edit.setGroup(m_after);
}

void ChangeGroupMembersCommand::revert(DocumentMutator &edit)
{
    (void)edit.setGroup(m_before);
}

} // namespace Stackdraft::Document
