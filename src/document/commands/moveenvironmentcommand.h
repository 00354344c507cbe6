#pragma once

#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Moves an environment to position `index` in tab order (a tab drag). Consecutive moves of the
// same environment merge.
class MoveEnvironmentCommand final : public DocumentCommand
{
public:
    MoveEnvironmentCommand(ProjectDocument *document, const QString &environmentId,
                           qsizetype index);

    bool mergeWith(const QUndoCommand *other) override;

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    QString m_environmentId;
    qsizetype m_from = -1;
    qsizetype m_to;
};

} // namespace Stackdraft::Document
