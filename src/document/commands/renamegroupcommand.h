#pragma once

#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Changes a group's label (its frame's title); consecutive changes of the same group merge.
class RenameGroupCommand final : public DocumentCommand
{
public:
    RenameGroupCommand(ProjectDocument *document, const QString &groupId, const QString &label);

    bool mergeWith(const QUndoCommand *other) override;

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;
    Core::Status set(DocumentMutator &edit, const QString &label);

    QString m_groupId;
    QString m_before;
    QString m_after;
};

} // namespace Stackdraft::Document
