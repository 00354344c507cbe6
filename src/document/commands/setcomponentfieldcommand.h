#pragma once

#include "core/edit/componentfield.h"
#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Sets one field of a component (label, type, image, build, ports, env, properties...).
// Consecutive edits of the same field of the same component merge into one step (typing in the
// inspector); an edit that ends where it started disappears from the history.
class SetComponentFieldCommand final : public DocumentCommand
{
public:
    SetComponentFieldCommand(ProjectDocument *document, const QString &componentId,
                             Core::Edit::ComponentField field,
                             const Core::Edit::ComponentFieldValue &value);

    bool mergeWith(const QUndoCommand *other) override;

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;
    Core::Status set(DocumentMutator &edit, const Core::Edit::ComponentFieldValue &value);

    QString m_componentId;
    Core::Edit::ComponentField m_field;
    Core::Edit::ComponentFieldValue m_before;
    Core::Edit::ComponentFieldValue m_after;
};

} // namespace Stackdraft::Document
