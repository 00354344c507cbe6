#pragma once

#include "core/export/exportset.h"
#include "core/result.h"
#include "core/vcs/gitstatus.h"

#include <QString>

namespace Stackdraft::Core {

class GitRepository;

// What a commit of the generated files would change, as a unified diff against HEAD (libgit2's
// patch machinery: the same hunks `git diff` shows). Nothing is written to the repository.
class GitDiff final
{
public:
    // `generated` holds repository-relative paths, as given to GitStatus::compute().
    static Result<QString> unified(const GitRepository &repository, const GitStatus &status,
                                   const ExportSet &generated, int contextLines = 3);
};

} // namespace Stackdraft::Core
