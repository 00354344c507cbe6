#pragma once

#include "core/result.h"

#include <QString>

#include <functional>

namespace Stackdraft::Core {

class GitRepository;

// Pushes a branch to a configured remote: over a file path, or over SSH authenticating with the
// user's ssh-agent. Other transports that need a password are refused with a message saying so.
class GitPush final
{
public:
    // `remote` empty: the branch's upstream remote, else "origin". Returns the remote's name.
    static Result<QString> push(const GitRepository &repository, const QString &branch,
                                const QString &remote = {});

    // Called from libgit2's transfer callback on the pushing thread: objects sent so far, objects
    // to send, bytes sent. Returning false cancels the push (the remote is left as it was).
    using Progress = std::function<bool(int current, int total, qint64 bytes)>;
    static Result<QString> push(const GitRepository &repository, const QString &branch,
                                const QString &remote, const Progress &progress);
};

} // namespace Stackdraft::Core
