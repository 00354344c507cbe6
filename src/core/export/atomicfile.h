#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// Writes generated files the way `stackdraft export` and `stackdraft commit` both need: each file
// replaced atomically (a reader, or a process killed half-way, sees its old bytes or its new ones,
// never a mix), and flushed to disk once per batch instead of once per file (one fdatasync per
// file made a 2,000-file tree spend ten seconds waiting for the disk).
class AtomicFile final
{
public:
    enum class Outcome {
        Unchanged, // the file already held the bytes: left alone, its timestamp too
        Written,
    };

    // Makes `target` hold `bytes`. A file that already holds them is not touched (what make and git
    // want: no new timestamp, nothing to re-read). Otherwise the bytes go to a new file in the same
    // directory, renamed over `target`; the new file is created as any file would be (the umask
    // decides its mode) and takes the mode of the regular file it replaces. Not flushed: call
    // flush() once the batch is written. The directory must exist.
    static Result<Outcome> write(const QString &target, const QByteArray &bytes);

    // Flushes everything written so far on the file systems holding `directories` to disk, once
    // per file system (syncfs), and reports a write-back error.
    static Status flush(const QStringList &directories);
};

} // namespace Stackdraft::Core
