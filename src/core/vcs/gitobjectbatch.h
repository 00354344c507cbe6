#pragma once

// Internal to src/core/vcs (includes git2.h).

#include "core/result.h"
#include "core/vcs/githandle.h"

#include <QByteArray>

#include <git2.h>
#include <vector>

namespace Stackdraft::Core {

// Queues a commit's objects in memory and writes them as one pack file: a thousand loose objects
// cost a thousand file creations, which dominate on slow or network file systems. A few objects
// are written loose instead, as git itself keeps a small fetch (fetch.unpackLimit): packing them
// searched deltas between the few large files a design edit changes, then read the pack back to
// index it — a fifth of a 1,000-component commit. Loose or packed, each file is written
// under a temporary name and renamed, so a kill leaves no half object, and the objects stay
// unreferenced (harmless to `git fsck`) until a ref points at them. The pack holds the objects this
// batch created and nothing else: libgit2's git_mempack_dump packs the commit's whole tree, which
// made every commit of a 4,000-file tree compress and store all 4,000 blobs again.
class GitObjectBatch final
{
public:
    // Writes of `repo` go to memory from now on: use a handle of its own (openRepositoryHandle).
    Status begin(git_repository *repo);
    // Stores a blob under `id`, the hash of `content` (GitStatus's), unless the repository has it.
    int storeBlob(const git_oid &id, const QByteArray &content);
    // Writes `commit` and the trees and blobs under it that this batch created: loose when they
    // are few, else as one pack.
    Status flush(git_repository *repo, const git_oid &commit);

private:
    bool created(const git_oid &id) const;
    // Appends the objects under `tree` this batch created (a tree written before holds none).
    int collectCreated(std::vector<git_oid> &ids, git_repository *repo, const git_oid &tree) const;
    int writePack(git_repository *repo, const std::vector<git_oid> &ids) const;
    int writeLoose(git_repository *repo, const std::vector<git_oid> &ids) const;

    using OdbHandle = GitHandle<git_odb, git_odb_free>;
    OdbHandle m_odb;
    git_odb_backend *m_memory = nullptr; // owned by m_odb once added
};

} // namespace Stackdraft::Core
