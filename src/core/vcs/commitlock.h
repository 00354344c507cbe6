#pragma once

#include "core/result.h"

#include <QLockFile>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// Marks a Stackdraft commit in progress in the git directory (`stackdraft-commit.lock`, holding
// the process id). libgit2 takes git's own locks (index.lock, refs/heads/<branch>.lock) only for
// an instant, but a process killed in that instant leaves them behind and git refuses every later
// command. A lock of ours whose process is gone says a commit was killed, and that the git lock
// files made since then are its own leftovers, so the next run removes them and goes on.
class CommitLock final
{
public:
    explicit CommitLock(const QString &gitDir);

    // Refuses while another Stackdraft commit runs on this repository. `branch` names the ref
    // whose leftover lock may be removed.
    Status acquire(const QString &branch);
    // The git lock files removed by acquire() (absolute paths).
    QStringList removedLeftovers() const { return m_removed; }

private:
    QString m_gitDir;
    QLockFile m_lock;
    QStringList m_removed;
};

} // namespace Stackdraft::Core
