#pragma once

#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Sets every setting of an environment at once (the settings dialog): label, purpose, security,
// platform, region, price book, namespace, network, budget, usage. `settings.id` names the
// environment; its deployments are ignored. Consecutive changes of the same environment and `field`
// merge: `field` names the one setting an edit changes (the Cost dock's "usage.logRetentionDays"),
// so typing into one figure is one undo step and the next figure another; empty for the dialog's
// changes of everything at once.
class SetEnvironmentSettingsCommand final : public DocumentCommand
{
public:
    SetEnvironmentSettingsCommand(ProjectDocument *document, const Core::Environment &settings,
                                  const QString &field = {});

    bool mergeWith(const QUndoCommand *other) override;

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    Core::Environment m_before;
    Core::Environment m_after;
    QString m_field;
};

} // namespace Stackdraft::Document
