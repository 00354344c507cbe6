#pragma once

#include "core/result.h"
#include "core/vcs/outputpaths.h"

#include <QByteArray>
#include <QString>

namespace Stackdraft::Core {

// Writes and deletes generated files in a working tree, refusing any path outside the output
// directories (also through a symbolic link). Each file is replaced atomically and not flushed on
// its own (AtomicFile): flush() makes the whole batch durable at once.
class WorkingTreeWriter final
{
public:
    explicit WorkingTreeWriter(OutputPaths paths);

    // What would make write() or remove() of `repoPath` fail, checked before anything changes: the
    // path outside the output directories or through a symbolic link, a file (or symbolic link)
    // where a directory is needed, a directory where the file goes, a directory that cannot be
    // written (permissions, read-only file system).
    Status check(const QString &repoPath) const;
    // Whether the file system holding the working tree has `bytes` free (when it can tell).
    Status checkSpace(qint64 bytes) const;

    // Leaves a file that already holds `content` alone.
    Status write(const QString &repoPath, const QByteArray &content) const;
    // Deletes the file, then the directories it leaves empty, up to its output directory (kept).
    Status remove(const QString &repoPath) const;
    // Flushes what was written to the working tree and to `gitDir` (the objects and the index) to
    // disk: one flush per file system.
    Status flush(const QString &gitDir) const;

private:
    Status checkInside(const QString &repoPath) const;
    QString absolute(const QString &repoPath) const;

    OutputPaths m_paths;
};

} // namespace Stackdraft::Core
