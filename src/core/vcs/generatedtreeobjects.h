#pragma once

// Internal to src/core/vcs (includes git2.h).

#include "core/export/exportset.h"
#include "core/result.h"
#include "core/vcs/gitauthor.h"
#include "core/vcs/gitstatus.h"

#include <QByteArray>
#include <QList>

#include <git2.h>
#include <optional>
#include <vector>

namespace Stackdraft::Core {

// The objects of a generated-tree commit (blobs, trees, the commit), written as one pack and
// referenced by nothing yet: making them changes nothing anyone can see.
struct GeneratedTreeObjects
{
    git_oid commit {};
    std::optional<git_oid> parent; // HEAD's commit; empty on an unborn branch
    std::vector<git_oid> blobs; // per changed file, in order (zero for a deletion)
    QByteArray subject; // the message's first line, for the reflog

    // `repo` must be a handle of its own (its writes are batched in memory).
    static Result<GeneratedTreeObjects> write(git_repository *repo,
                                              const QList<GitStatus::Entry> &files,
                                              const ExportSet &generated, const QString &message,
                                              const GitAuthor &author, const GitAuthor &committer);
};

} // namespace Stackdraft::Core
