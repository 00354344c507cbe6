#include "document/commands/undeploycommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

UndeployCommand::UndeployCommand(ProjectDocument *document, const QString &environmentId,
                                 const QString &componentId)
    : DocumentCommand(document, CommandId::Undeploy,
                      QCoreApplication::translate("Stackdraft::Document", "Remove %1 from %2")
                          .arg(componentId, environmentId))
    , m_environmentId(environmentId)
    , m_componentId(componentId)
{
}

Core::Status UndeployCommand::apply(DocumentMutator &edit, bool)
{
    auto removed = edit.undeploy(m_environmentId, m_componentId);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return Core::success();
}

void UndeployCommand::revert(DocumentMutator &edit)
{
    (void)edit.deploy(m_environmentId, m_removed.value, m_removed.index);
}

} // namespace Stackdraft::Document
