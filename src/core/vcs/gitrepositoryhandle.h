#pragma once

// Internal to src/core/vcs: includes git2.h, so only .cpp files include it (no libgit2 type in a
// public header).

#include "core/result.h"
#include "core/vcs/githandle.h"

#include <git2.h>

namespace Stackdraft::Core {

class GitRepository;

using RepositoryHandle = GitHandle<git_repository, git_repository_free>;

// A libgit2 handle of its own on `repository`'s git directory, with no parent search. Each
// operation takes a fresh one so that what it adds (a commit adds an in-memory object backend) or
// caches (the index) cannot leak into the GitRepository or into the next operation. The caller
// keeps a GitLibrary alive for as long as the handle.
Result<RepositoryHandle> openRepositoryHandle(const GitRepository &repository);

} // namespace Stackdraft::Core
