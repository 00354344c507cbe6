#pragma once

#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Groups components into a new labelled frame (Ctrl+G). Take the id from
// Core::Edit::uniqueGroupId().
class CreateGroupCommand final : public DocumentCommand
{
public:
    CreateGroupCommand(ProjectDocument *document, const Core::Group &group);

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    Core::Group m_group;
};

} // namespace Stackdraft::Document
