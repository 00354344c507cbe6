#pragma once

#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// Adds an environment (a new tab) at `index` (-1: last). Take the id from
// Core::Edit::uniqueEnvironmentId().
class AddEnvironmentCommand final : public DocumentCommand
{
public:
    AddEnvironmentCommand(ProjectDocument *document, const Core::Environment &environment,
                          qsizetype index = -1);

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    Core::Environment m_environment;
    qsizetype m_index;
};

} // namespace Stackdraft::Document
