#pragma once

#include "core/edit/placed.h"
#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

class RemoveConnectionCommand final : public DocumentCommand
{
public:
    RemoveConnectionCommand(ProjectDocument *document, const QString &connectionId);

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    QString m_connectionId;
    Core::Edit::Placed<Core::Connection> m_removed;
};

} // namespace Stackdraft::Document
