#pragma once

#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Adds a component to the project and, when `environmentId` is given, deploys it there with
// `deployment` (its `component` is set to the component's id; `position` places the node). The
// id must be free: take one from Core::Edit::uniqueComponentId().
class AddComponentCommand final : public DocumentCommand
{
public:
    AddComponentCommand(ProjectDocument *document, const Core::Component &component,
                        const QString &environmentId = {}, const Core::Deployment &deployment = {});

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    Core::Component m_component;
    QString m_environmentId;
    Core::Deployment m_deployment;
};

} // namespace Stackdraft::Document
