#pragma once

#include "document/commands/commandlinepart.h"
#include "document/commands/documentcommand.h"

#include <QStringList>

namespace Stackdraft::Document {

// Sets a component's `command` or `args` (every environment that does not replace them).
// Consecutive edits of the same list of the same component merge into one step (typing); an edit
// that ends where it started disappears from the history.
class SetComponentCommandLineCommand final : public DocumentCommand
{
public:
    SetComponentCommandLineCommand(ProjectDocument *document, const QString &componentId,
                                   CommandLinePart part, const QStringList &value);

    bool mergeWith(const QUndoCommand *other) override;

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;
    Core::Status set(DocumentMutator &edit, const QStringList &value);

    QString m_componentId;
    CommandLinePart m_part;
    QStringList m_before;
    QStringList m_after;
};

} // namespace Stackdraft::Document
