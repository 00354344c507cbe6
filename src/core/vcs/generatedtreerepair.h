#pragma once

// Internal to src/core/vcs (includes git2.h).

#include "core/result.h"
#include "core/vcs/outputpaths.h"

#include <QStringList>

#include <git2.h>

namespace Stackdraft::Core {

// Finishes a commit that moved the branch but never updated the index and the working tree (an
// earlier version that failed or was killed after moving the branch, or a ref moved by hand):
// for each generated path whose index entry is still what HEAD's first parent had, the index gets
// HEAD's entry, and the working tree file HEAD's bytes when it still held the parent's (or was
// missing). An index entry the user staged, or a file the user edited, is never touched: git's
// staged-deletion trap ("git status" listing every generated file as deleted) is closed without
// losing anything.
class GeneratedTreeRepair final
{
public:
    // The repaired paths (empty when nothing needed it).
    static Result<QStringList> run(git_repository *repo, const OutputPaths &paths);
};

} // namespace Stackdraft::Core
