#pragma once

#include "core/edit/projectsettings.h"
#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Sets the project's name, title, description, currency, output and disabled rules at once.
// Consecutive changes merge.
class SetProjectSettingsCommand final : public DocumentCommand
{
public:
    SetProjectSettingsCommand(ProjectDocument *document,
                              const Core::Edit::ProjectSettings &settings);

    bool mergeWith(const QUndoCommand *other) override;

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    Core::Edit::ProjectSettings m_before;
    Core::Edit::ProjectSettings m_after;
};

} // namespace Stackdraft::Document
