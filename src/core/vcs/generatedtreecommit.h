#pragma once

#include "core/export/exportset.h"
#include "core/result.h"
#include "core/vcs/gitauthor.h"
#include "core/vcs/gitstatus.h"
#include "core/vcs/outputpaths.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stackdraft::Core {

class GitRepository;

// Commits exactly the generated files. The new tree is HEAD's tree with only the generated paths
// replaced or removed, so the user's staged and unstaged work elsewhere is neither committed nor
// disturbed; afterwards the working tree and the index entries of just those paths are brought in
// line with the commit, so `git status` is clean for them.
class GeneratedTreeCommit final
{
public:
    struct Options
    {
        QString message; // empty: "Update generated files"
        std::optional<GitAuthor> author; // empty: user.name / user.email from git config
        QString branch; // empty or the current branch: commit there; else a new branch
        QStringList forcedPaths; // user-edited paths that may be overwritten anyway
    };

    struct Outcome
    {
        bool committed = false; // false: nothing to commit (the repository is unchanged)
        QString commitId; // hex
        QString branch; // short name the commit is on
        QList<GitStatus::Entry> files; // the paths the commit changed
    };

    GeneratedTreeCommit(const GitRepository &repository, OutputPaths paths);

    // `generated` holds repository-relative paths (OutputPaths::place). Checks everything that
    // could refuse before the first change, so a refusal leaves the repository exactly as it was.
    Result<Outcome> commit(const ExportSet &generated, const Options &options) const;

private:
    Result<GitAuthor> committer(const Options &options) const;

    const GitRepository &m_repository;
    OutputPaths m_paths;
};

} // namespace Stackdraft::Core
