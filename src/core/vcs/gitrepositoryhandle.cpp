#include "core/vcs/gitrepositoryhandle.h"

#include "core/vcs/giterror.h"
#include "core/vcs/gitrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Stackdraft::Core {

Result<RepositoryHandle> openRepositoryHandle(const GitRepository &repository)
{
    git_repository *raw = nullptr;
    const QString gitDir = repository.gitDir();
    if (git_repository_open_ext(&raw, QFile::encodeName(gitDir).constData(),
                                GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr)
        < 0) {
        git_repository_free(raw);
        return gitError(QCoreApplication::translate("Git", "Cannot open '%1'")
                            .arg(QDir::toNativeSeparators(gitDir)));
    }
    return RepositoryHandle(raw);
}

} // namespace Stackdraft::Core
