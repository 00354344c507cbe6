#pragma once

#include "document/commands/documentcommand.h"

#include <QHash>
#include <QPointF>

namespace Stackdraft::Document {

// Moves one or several nodes of one environment's canvas: one command for a whole drag (pushed on
// mouse release) or a nudge. Consecutive moves of the same set of nodes merge (arrow-key nudges).
class MoveNodesCommand final : public DocumentCommand
{
public:
    MoveNodesCommand(ProjectDocument *document, const QString &environmentId,
                     const QHash<QString, QPointF> &positions);

    bool mergeWith(const QUndoCommand *other) override;

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    QString m_environmentId;
    QHash<QString, QPointF> m_before;
    QHash<QString, QPointF> m_after;
};

} // namespace Stackdraft::Document
