#pragma once

#include "core/edit/placed.h"
#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Removes an environment and its deployments; the components stay in the project.
class RemoveEnvironmentCommand final : public DocumentCommand
{
public:
    RemoveEnvironmentCommand(ProjectDocument *document, const QString &environmentId);

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    QString m_environmentId;
    Core::Edit::Placed<Core::Environment> m_removed;
};

} // namespace Stackdraft::Document
