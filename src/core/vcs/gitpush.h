#pragma once

#include "core/result.h"

#include <QString>

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
};

} // namespace Stackdraft::Core
