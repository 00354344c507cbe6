#pragma once

#include "core/export/exportset.h"
#include "core/result.h"
#include "core/vcs/gitauthor.h"
#include "core/vcs/gitstatus.h"
#include "core/vcs/outputpaths.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Stackdraft::Core {

class GitRepository;

// Commits exactly the generated files. The new tree is HEAD's tree with only the generated paths
// replaced or removed, so the user's staged and unstaged work elsewhere is neither committed nor
// disturbed; the working tree and the index entries of just those paths are brought in line with
// the commit, so `git status` is clean for them.
//
// A transaction (docs/git.md): every check that can refuse runs before the first change; then the
// objects (unreferenced), the working tree files, the index (one atomic write) and last the branch
// (one atomic ref update). A failure on the way puts the files and the index back; a kill leaves
// the old commit with at most some generated files already holding the new bytes, which the next
// run completes; a branch that moved without its index (an earlier version) is repaired.
class GeneratedTreeCommit final
{
public:
    struct Options
    {
        QString message; // empty: describe's, else "Update generated files"
        // Makes the message from the status the commit itself found (under its lock), so that a
        // caller without a message does not compute the status a second time.
        std::function<QString(const GitStatus &)> describe;
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
        // Paths whose index entry and file were brought in line with HEAD first, because an
        // earlier commit moved the branch without them (GeneratedTreeRepair).
        QStringList repaired;
    };

    GeneratedTreeCommit(const GitRepository &repository, OutputPaths paths);

    // `generated` holds repository-relative paths (OutputPaths::place). Checks everything that
    // could refuse before the first change, so a refusal leaves the repository exactly as it was.
    Result<Outcome> commit(const ExportSet &generated, const Options &options) const;

private:
    struct Identities
    {
        GitAuthor author;
        GitAuthor committer;
    };
    Result<Identities> checkRepository(const Options &options, const QString &branch,
                                       bool newBranch) const;
    Status checkWorkTree(const QList<GitStatus::Entry> &files, const ExportSet &generated) const;

    const GitRepository &m_repository;
    OutputPaths m_paths;
};

} // namespace Stackdraft::Core
