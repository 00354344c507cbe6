#include "document/commands/movenodescommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

MoveNodesCommand::MoveNodesCommand(ProjectDocument *document, const QString &environmentId,
                                   const QHash<QString, QPointF> &positions)
    : DocumentCommand(document, CommandId::MoveNodes,
                      positions.size() == 1
                          ? QCoreApplication::translate("Stackdraft::Document", "Move %1")
                                .arg(positions.cbegin().key())
                          : QCoreApplication::translate("Stackdraft::Document", "Move %n nodes",
                                                        nullptr, int(positions.size())))
    , m_environmentId(environmentId)
    , m_after(positions)
{
}

Core::Status MoveNodesCommand::apply(DocumentMutator &edit, bool first)
{
    if (first) {
        if (const Core::Environment *env = edit.project().environment(m_environmentId)) {
            for (const Core::Deployment &d : env->deployments) {
                if (m_after.contains(d.component))
                    m_before.insert(d.component, d.position);
            }
        }
    }
    return edit.moveNodes(m_environmentId, m_after);
}

void MoveNodesCommand::revert(DocumentMutator &edit)
{
    (void)edit.moveNodes(m_environmentId, m_before);
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    if (!canMerge(other))
        return false;
    const auto *next = static_cast<const MoveNodesCommand *>(other);
    if (next->m_environmentId != m_environmentId || next->m_after.size() != m_after.size())
        return false;
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
        if (!next->m_after.contains(it.key()))
            return false;
    }
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Stackdraft::Document
