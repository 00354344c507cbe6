#pragma once

// Internal to src/core/vcs (includes git2.h).

#include "core/result.h"
#include "core/vcs/githandle.h"

#include <QByteArray>
#include <QString>

#include <git2.h>
#include <optional>
#include <vector>

namespace Stackdraft::Core {

// The index entries of the generated paths, changed in memory and written in one atomic step
// (index.lock renamed over index), with what they were before so that a later failure can put the
// index back as it was.
class GeneratedIndex final
{
public:
    Status open(git_repository *repo);
    git_index *get() const { return m_index.get(); }

    // The entry git itself would write for a file just checked out: `blob` plus the stat data of
    // `absolutePath`, so that `git status` trusts the entry without re-reading the file.
    Status stage(const QString &repoPath, const QString &absolutePath, const git_oid &blob);
    Status unstage(const QString &repoPath);
    // Whether a parent directory of `repoPath` is itself a file in the index ("deploy" staged as a
    // file while the generated files go in "deploy/...").
    bool hasFileAbove(const QString &repoPath) const;

    Status write();
    // Restores every entry stage()/unstage() changed, and writes the index again.
    Status rollback();

private:
    void remember(const QByteArray &path);

    struct Previous
    {
        QByteArray path;
        std::optional<git_index_entry> entry; // the path pointer is re-aimed at `path` on restore
    };
    using IndexHandle = GitHandle<git_index, git_index_free>;
    IndexHandle m_index;
    std::vector<Previous> m_previous;
};

} // namespace Stackdraft::Core
