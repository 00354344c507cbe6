#include "document/commands/removegroupcommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

RemoveGroupCommand::RemoveGroupCommand(ProjectDocument *document, const QString &groupId)
    : DocumentCommand(
        document, CommandId::RemoveGroup,
        QCoreApplication::translate("Stackdraft::Document", "Ungroup %1").arg(groupId))
    , m_groupId(groupId)
{
}

Core::Status RemoveGroupCommand::apply(DocumentMutator &edit, bool)
{
    auto removed = edit.removeGroup(m_groupId);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return Core::success();
}

void RemoveGroupCommand::revert(DocumentMutator &edit)
{
    (void)edit.createGroup(m_removed.value, m_removed.index);
}

} // namespace Stackdraft::Document
