#pragma once

#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Changes a connection (found by its id): label, port, or its ends. Consecutive changes of the
// same connection merge (typing its label in place).
class SetConnectionCommand final : public DocumentCommand
{
public:
    SetConnectionCommand(ProjectDocument *document, const Core::Connection &connection);

    bool mergeWith(const QUndoCommand *other) override;

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    Core::Connection m_before;
    Core::Connection m_after;
};

} // namespace Stackdraft::Document
