#pragma once

#include "core/result.h"

#include <QString>

namespace Stackdraft::Core {

// An Error for a libgit2 call that just failed: `what` (translated, says what we tried to do)
// followed by libgit2's own message, which is the part that names the cause.
Error gitError(const QString &what);

} // namespace Stackdraft::Core
