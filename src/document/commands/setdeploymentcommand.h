#pragma once

#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Replaces a whole deployment (e.g. pasting one deployment's sizes onto another).
class SetDeploymentCommand final : public DocumentCommand
{
public:
    SetDeploymentCommand(ProjectDocument *document, const QString &environmentId,
                         const Core::Deployment &deployment);

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    QString m_environmentId;
    Core::Deployment m_before;
    Core::Deployment m_after;
};

} // namespace Stackdraft::Document
