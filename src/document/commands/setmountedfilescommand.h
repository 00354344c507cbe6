#pragma once

#include "core/model/mountedfile.h"
#include "document/commands/documentcommand.h"

#include <QList>

namespace Stackdraft::Document {

// Replaces a component's mounted files (`files:`): a file added, removed or edited in the
// inspector. Each edit is a step of its own (a file is edited in a dialog, not typed into the
// list). Refused, naming the entry, when a file would not load again: a container path that is
// not absolute and plain, the same path twice, a source outside the project directory, a text
// over MountedFile::MaxSize.
class SetMountedFilesCommand final : public DocumentCommand
{
public:
    SetMountedFilesCommand(ProjectDocument *document, const QString &componentId,
                           const QList<Core::MountedFile> &files);

    // Why `files` cannot be a component's list; success when they can.
    static Core::Status check(const QList<Core::MountedFile> &files);

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;
    Core::Status set(DocumentMutator &edit, const QList<Core::MountedFile> &files);

    QString m_componentId;
    QList<Core::MountedFile> m_before;
    QList<Core::MountedFile> m_after;
};

} // namespace Stackdraft::Document
