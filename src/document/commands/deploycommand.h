#pragma once

#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Deploys an existing component in one environment (a palette drag of a project component).
class DeployCommand final : public DocumentCommand
{
public:
    DeployCommand(ProjectDocument *document, const QString &environmentId,
                  const Core::Deployment &deployment);

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    QString m_environmentId;
    Core::Deployment m_deployment;
};

} // namespace Stackdraft::Document
