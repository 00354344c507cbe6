#pragma once

#include "core/result.h"
#include "core/vcs/gitauthor.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace Stackdraft::Core {

// A git repository on disk (libgit2 behind a pimpl). It answers questions about the repository
// itself; the work on generated files is done by GitStatus, GitDiff, GeneratedTreeCommit and
// GitPush, which take one of these.
class GitRepository final
{
public:
    // Opens the repository at `path` (a working tree, a directory inside one when `searchParents`,
    // or a bare repository). The error says how to create one when there is none.
    static Result<GitRepository> open(const QString &path, bool searchParents = false);
    // Creates an empty repository with a working tree at `path` (or opens the one already there).
    static Result<GitRepository> init(const QString &path);

    GitRepository(GitRepository &&other) noexcept;
    GitRepository &operator=(GitRepository &&other) noexcept;
    ~GitRepository();

    QString gitDir() const; // absolute, without a trailing '/'
    QString workTree() const; // absolute, without a trailing '/'; empty for a bare repository
    bool isBare() const;
    bool isHeadUnborn() const; // no commit yet
    bool isHeadDetached() const;
    // Short name of the branch HEAD points to ("main"), also before the first commit; empty when
    // detached.
    QString currentBranch() const;
    bool hasBranch(const QString &name) const;
    static bool isValidBranchName(const QString &name);

    // user.name and user.email from git config (repository, global, XDG, system).
    Result<GitAuthor> configuredAuthor() const;

    // Refuses, with a message naming the cause and the fix, anything that would make a commit
    // unsafe: a bare repository, a detached HEAD, a locked index, a merge or rebase in progress.
    Status checkCanCommit() const;

    // A file's bytes in HEAD's tree; nullopt when HEAD has no commit or no such file.
    Result<std::optional<QByteArray>> fileAtHead(const QString &repoPath) const;

    // The path of `absolutePath` relative to the working tree, or empty when it is outside.
    QString relativePath(const QString &absolutePath) const;

private:
    struct Private;
    explicit GitRepository(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Stackdraft::Core
