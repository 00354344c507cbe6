#pragma once

#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Adds a connection. When it has no id, the first redo() gives it a new one
// (Core::ConnectionIds::forNew), kept for every later redo; connectionId() tells it.
class AddConnectionCommand final : public DocumentCommand
{
public:
    AddConnectionCommand(ProjectDocument *document, const Core::Connection &connection);

    QString connectionId() const { return m_connection.id; }

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    Core::Connection m_connection;
};

} // namespace Stackdraft::Document
