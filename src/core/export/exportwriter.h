#pragma once

#include "core/export/exportset.h"
#include "core/result.h"

#include <QString>

#include <functional>

namespace Stackdraft::Core {

// Writes an ExportSet under a directory. Guarantees:
//  - every path is checked before anything is written: relative, no "..", no empty or "."
//    segments, no backslashes, and not leading out of `outDir` through an existing symbolic link;
//  - each file is written to a new file beside it and renamed over it (a reader sees the old or the
//    new bytes, never a mix; a replaced file keeps its mode), the file system flushed once at the
//    end, and a file whose bytes are already right is left alone;
//  - nothing outside the set is created, changed or removed (only the directories the set's paths
//    need).
class ExportWriter final
{
public:
    // Told after each file with how many are done and the file's path; returning false stops the
    // write there: the files written so far stay, flushed like a finished write.
    using Progress = std::function<bool(qsizetype done, const QString &path)>;

    static Status write(const ExportSet &set, const QString &outDir, const Progress &progress = {});
    // Why `path` may not be written under an output directory; empty when it may.
    static QString pathProblem(const QString &path);
};

} // namespace Stackdraft::Core
