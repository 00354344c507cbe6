#pragma once

#include "core/result.h"
#include "core/vcs/outputpaths.h"

#include <QByteArray>
#include <QString>

namespace Stackdraft::Core {

// Writes and deletes generated files in a working tree, refusing any path outside the output
// directories (also through a symbolic link). Each file is replaced atomically (QSaveFile).
class WorkingTreeWriter final
{
public:
    explicit WorkingTreeWriter(OutputPaths paths);

    Status write(const QString &repoPath, const QByteArray &content) const;
    // Deletes the file, then the directories it leaves empty, up to its output directory (kept).
    Status remove(const QString &repoPath) const;

private:
    Status checkInside(const QString &repoPath) const;
    QString absolute(const QString &repoPath) const;

    OutputPaths m_paths;
};

} // namespace Stackdraft::Core
