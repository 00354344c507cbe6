#include "core/vcs/commitlock.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Stackdraft::Core {

CommitLock::CommitLock(const QString &gitDir)
    : m_gitDir(gitDir)
    , m_lock(gitDir + QStringLiteral("/stackdraft-commit.lock"))
{
    m_lock.setStaleLockTime(0); // stale only when its process is gone, however long a commit runs
}

Status CommitLock::acquire(const QString &branch)
{
    const QFileInfo marker(m_gitDir + QStringLiteral("/stackdraft-commit.lock"));
    const bool leftBehind = marker.exists();
    const QDateTime since = leftBehind ? marker.lastModified() : QDateTime();
    if (!m_lock.tryLock(0)) {
        if (m_lock.error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString application;
            m_lock.getLockInfo(&pid, &host, &application);
            return Error {QCoreApplication::translate(
                              "Git",
                              "Another Stackdraft commit (process %1) is running on this "
                              "repository: wait for it to finish.")
                              .arg(pid)};
        }
        return Error {QCoreApplication::translate("Git",
                                                  "Cannot create '%1': check that the git "
                                                  "directory is writable.")
                          .arg(QDir::toNativeSeparators(marker.absoluteFilePath()))};
    }
    if (!leftBehind)
        return success();
    // tryLock() took over a lock whose process is gone: a commit was killed. Its libgit2 locks
    // are no older than its marker (one second of slack for coarse file-system clocks).
    const QStringList candidates {QStringLiteral("/index.lock"), QStringLiteral("/HEAD.lock"),
                                  QStringLiteral("/refs/heads/") + branch
                                      + QStringLiteral(".lock")};
    for (const QString &candidate : candidates) {
        const QFileInfo lock(m_gitDir + candidate);
        if (lock.exists() && lock.lastModified() >= since.addSecs(-1)
            && QFile::remove(lock.absoluteFilePath())) {
            qCWarning(lcGit) << "removed" << lock.absoluteFilePath() << "left by a killed commit";
            m_removed << lock.absoluteFilePath();
        }
    }
    return success();
}

} // namespace Stackdraft::Core
