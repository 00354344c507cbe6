#pragma once

#include "document/commands/documentcommand.h"

namespace Stackdraft::Document {

// "New environment from production…": a copy of an environment with every deployment and its
// sizes, under a new id and label, placed right after its source.
class DuplicateEnvironmentCommand final : public DocumentCommand
{
public:
    DuplicateEnvironmentCommand(ProjectDocument *document, const QString &sourceId,
                                const QString &newId, const QString &label);

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    QString m_sourceId;
    QString m_newId;
    QString m_label;
};

} // namespace Stackdraft::Document
