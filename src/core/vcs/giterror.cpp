#include "core/vcs/giterror.h"

#include "core/echo.h"

#include <QCoreApplication>

#include <git2.h>

namespace Stackdraft::Core {

Error gitError(const QString &what)
{
    const git_error *last = git_error_last();
    Error error;
    if (last && last->message && *last->message) {
        error.message
            = QCoreApplication::translate("Git", "%1: %2")
                  .arg(what, Echo::value(QString::fromUtf8(last->message).trimmed(), 200));
    } else {
        error.message = what;
    }
    git_error_clear();
    return error;
}

} // namespace Stackdraft::Core
