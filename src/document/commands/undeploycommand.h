#pragma once

#include "core/edit/placed.h"
#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Removes a component from one environment only (Delete on a canvas); the component stays in the
// project and in the other environments.
class UndeployCommand final : public DocumentCommand
{
public:
    UndeployCommand(ProjectDocument *document, const QString &environmentId,
                    const QString &componentId);

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    QString m_environmentId;
    QString m_componentId;
    Core::Edit::Placed<Core::Deployment> m_removed;
};

} // namespace Stackdraft::Document
