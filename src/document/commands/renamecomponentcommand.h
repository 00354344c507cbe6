#pragma once

#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Gives a component a new id; connections, groups, deployments and `from:` variables follow.
class RenameComponentCommand final : public DocumentCommand
{
public:
    RenameComponentCommand(ProjectDocument *document, const QString &oldId, const QString &newId);

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    QString m_oldId;
    QString m_newId;
};

} // namespace Stackdraft::Document
