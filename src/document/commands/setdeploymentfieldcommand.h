#pragma once

#include "core/edit/deploymentfield.h"
#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Sets one field of a deployment (replicas, a resource, autoscaling, storage, mode, backup,
// exposure, env overrides). Consecutive edits of the same field of the same deployment merge.
// resetOverride() makes the command that drops one env override ("Reset to component default").
class SetDeploymentFieldCommand final : public DocumentCommand
{
public:
    SetDeploymentFieldCommand(ProjectDocument *document, const QString &environmentId,
                              const QString &componentId, Core::Edit::DeploymentField field,
                              const Core::Edit::DeploymentFieldValue &value);

    static SetDeploymentFieldCommand *resetOverride(ProjectDocument *document,
                                                    const QString &environmentId,
                                                    const QString &componentId,
                                                    const QString &variable);

    bool mergeWith(const QUndoCommand *other) override;

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;
    Core::Status set(DocumentMutator &edit, const Core::Edit::DeploymentFieldValue &value);

    QString m_environmentId;
    QString m_componentId;
    Core::Edit::DeploymentField m_field;
    Core::Edit::DeploymentFieldValue m_before;
    Core::Edit::DeploymentFieldValue m_after;
    QString m_resetVariable; // resetOverride(): the value is computed on the first redo
};

} // namespace Stackdraft::Document
