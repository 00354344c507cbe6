#pragma once

#include "document/commands/commandlinepart.h"
#include "document/commands/documentcommand.h"

#include <QStringList>

namespace Stackdraft::Document {

// Sets the `command` or `args` a deployment runs instead of its component's; an empty list
// gives the component's back ("Reset to component default"). Consecutive edits of the same list
// of the same deployment merge into one step (typing).
class SetDeploymentCommandLineCommand final : public DocumentCommand
{
public:
    SetDeploymentCommandLineCommand(ProjectDocument *document, const QString &environmentId,
                                    const QString &componentId, CommandLinePart part,
                                    const QStringList &value);

    bool mergeWith(const QUndoCommand *other) override;

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;
    Core::Status set(DocumentMutator &edit, const QStringList &value);

    QString m_environmentId;
    QString m_componentId;
    CommandLinePart m_part;
    QStringList m_before;
    QStringList m_after;
};

} // namespace Stackdraft::Document
