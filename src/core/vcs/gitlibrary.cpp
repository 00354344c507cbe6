#include "core/vcs/gitlibrary.h"

#include <git2.h>

namespace Stackdraft::Core {

GitLibrary::GitLibrary()
{
    git_libgit2_init();
}

GitLibrary::GitLibrary(const GitLibrary &)
{
    git_libgit2_init();
}

GitLibrary::~GitLibrary()
{
    git_libgit2_shutdown();
}

} // namespace Stackdraft::Core
