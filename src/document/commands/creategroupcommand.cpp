#include "document/commands/creategroupcommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

CreateGroupCommand::CreateGroupCommand(ProjectDocument *document, const Core::Group &group)
    : DocumentCommand(document, CommandId::CreateGroup,
                      QCoreApplication::translate("Stackdraft::Document", "Group as %1")
                          .arg(group.label.isEmpty() ? group.id : group.label))
    , m_group(group)
{
}

Core::Status CreateGroupCommand::apply(DocumentMutator &edit, bool)
{
    return edit.createGroup(m_group);
}

void CreateGroupCommand::revert(DocumentMutator &edit)
{
    (void)edit.removeGroup(m_group.id);
}

} // namespace Stackdraft::Document
