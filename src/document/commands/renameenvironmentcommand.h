#pragma once

#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Gives an environment a new id (the tab's label is a setting: SetEnvironmentSettingsCommand).
class RenameEnvironmentCommand final : public DocumentCommand
{
public:
    RenameEnvironmentCommand(ProjectDocument *document, const QString &oldId, const QString &newId);

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    QString m_oldId;
    QString m_newId;
};

} // namespace Stackdraft::Document
