#pragma once

#include "core/edit/removedcomponent.h"
#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Deletes a component from the project: every environment's deployment of it, its connections,
// its group memberships and the `from:` variables that named it (Core::Edit::removeComponent).
class RemoveComponentCommand final : public DocumentCommand
{
public:
    RemoveComponentCommand(ProjectDocument *document, const QString &componentId);

    // What the last redo() removed (the variables it dropped, for a status message).
    const Core::Edit::RemovedComponent &removed() const { return m_removed; }

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    QString m_componentId;
    Core::Edit::RemovedComponent m_removed;
};

} // namespace Stackdraft::Document
