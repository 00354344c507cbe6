#pragma once

#include "core/model/deployment.h"
#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Sets whether a deployment is backed up and its policy (schedule, retention) in one step, as the
// inspector's choice between off, the platform's default and a stated policy changes both.
// Consecutive edits of the same part of the same deployment merge (typing a schedule); a
// schedule or retention the file could not hold is refused (Core::Edit::checkDeployment).
class SetBackupPolicyCommand final : public DocumentCommand
{
public:
    enum class Part { Switch, Schedule, Retention };

    SetBackupPolicyCommand(ProjectDocument *document, const QString &environmentId,
                           const QString &componentId, Part part, bool enabled,
                           const Core::BackupPolicy &policy);

    bool mergeWith(const QUndoCommand *other) override;

private:
    struct State
    {
        bool enabled = false;
        Core::BackupPolicy policy;
        friend bool operator==(const State &, const State &) = default;
    };

    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;
    Core::Status set(DocumentMutator &edit, const State &state);

    QString m_environmentId;
    QString m_componentId;
    Part m_part;
    State m_before;
    State m_after;
};

} // namespace Stackdraft::Document
