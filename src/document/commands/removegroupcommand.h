#pragma once

#include "core/edit/placed.h"
#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Ungroups: the frame goes, its members stay.
class RemoveGroupCommand final : public DocumentCommand
{
public:
    RemoveGroupCommand(ProjectDocument *document, const QString &groupId);

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    QString m_groupId;
    Core::Edit::Placed<Core::Group> m_removed;
};

} // namespace Stackdraft::Document
