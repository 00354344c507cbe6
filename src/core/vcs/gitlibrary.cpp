#include "core/vcs/gitlibrary.h"

#include <git2.h>

namespace Stackdraft::Core {
namespace {

// One reference for the rest of the process, taken by the first GitLibrary. When the count went
// back to zero, git_libgit2_shutdown freed the calling thread's state only and dropped the
// thread-local key, so the state of every other thread that had used libgit2 (an error message set
// in a worker thread) was leaked, once per round (LeakSanitizer, tst_commitdialog).
void keepInitialised()
{
    [[maybe_unused]] static const int count = git_libgit2_init();
}

} // namespace

GitLibrary::GitLibrary()
{
    keepInitialised();
    git_libgit2_init();
}

GitLibrary::GitLibrary(const GitLibrary &)
{
    keepInitialised();
    git_libgit2_init();
}

GitLibrary::~GitLibrary()
{
    git_libgit2_shutdown();
}

} // namespace Stackdraft::Core
