#pragma once

#include "document/commands/documentcommand.h"

#include <QStringList>

namespace Stackdraft::Document {

// Adds components to a group (those not in it yet) and removes others, in one step.
class ChangeGroupMembersCommand final : public DocumentCommand
{
public:
    ChangeGroupMembersCommand(ProjectDocument *document, const QString &groupId,
                              const QStringList &add, const QStringList &remove = {});

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    QString m_groupId;
    QStringList m_add;
    QStringList m_remove;
    Core::Group m_before;
    Core::Group m_after;
};

} // namespace Stackdraft::Document
