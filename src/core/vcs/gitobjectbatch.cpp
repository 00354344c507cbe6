#include "core/vcs/gitobjectbatch.h"

#include "core/vcs/giterror.h"

#include <QCoreApplication>

#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>

namespace Stackdraft::Core {

Status GitObjectBatch::begin(git_repository *repo)
{
    git_odb *rawOdb = nullptr;
    if (git_repository_odb(&rawOdb, repo) < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot open the object database"));
    m_odb.reset(rawOdb);
    // The object database owns the backend once added; writes go to the highest priority.
    if (git_mempack_new(&m_memory) < 0 || git_odb_add_backend(m_odb.get(), m_memory, 999) < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot prepare the object database"));
    return success();
}

bool GitObjectBatch::created(const git_oid &id) const
{
    return m_memory->exists(m_memory, &id) == 1;
}

int GitObjectBatch::insertCreated(git_packbuilder *pack, git_repository *repo,
                                  const git_oid &tree) const
{
    if (!created(tree))
        return 0;
    git_tree *raw = nullptr;
    int rc = git_tree_lookup(&raw, repo, &tree);
    if (rc < 0)
        return rc;
    const GitHandle<git_tree, git_tree_free> handle(raw);
    rc = git_packbuilder_insert(pack, &tree, nullptr);
    for (size_t i = 0; rc == 0 && i < git_tree_entrycount(raw); ++i) {
        const git_tree_entry *entry = git_tree_entry_byindex(raw, i);
        const git_oid *id = git_tree_entry_id(entry);
        if (git_tree_entry_type(entry) == GIT_OBJECT_TREE)
            rc = insertCreated(pack, repo, *id);
        else if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB && created(*id))
            rc = git_packbuilder_insert(pack, id, nullptr);
    }
    return rc;
}

Status GitObjectBatch::flush(git_repository *repo, const git_oid &commit)
{
    git_buf pack = GIT_BUF_INIT;
    git_packbuilder *rawBuilder = nullptr;
    git_odb_writepack *writer = nullptr;
    git_indexer_progress progress {};
    git_commit *rawCommit = nullptr;
    int rc = git_packbuilder_new(&rawBuilder, repo);
    const GitHandle<git_packbuilder, git_packbuilder_free> builder(rawBuilder);
    if (rc == 0) {
        git_packbuilder_set_threads(rawBuilder, 1);
        rc = git_commit_lookup(&rawCommit, repo, &commit);
    }
    const GitHandle<git_commit, git_commit_free> commitHandle(rawCommit);
    if (rc == 0)
        rc = git_packbuilder_insert(rawBuilder, &commit, nullptr);
    if (rc == 0)
        rc = insertCreated(rawBuilder, repo, *git_commit_tree_id(rawCommit));
    if (rc == 0)
        rc = git_packbuilder_write_buf(&pack, rawBuilder);
    if (rc == 0)
        rc = git_odb_write_pack(&writer, m_odb.get(), nullptr, nullptr);
    if (rc == 0)
        rc = writer->append(writer, pack.ptr, pack.size, &progress);
    if (rc == 0)
        rc = writer->commit(writer, &progress);
    if (writer)
        writer->free(writer);
    git_buf_dispose(&pack);
    if (rc < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot write the commit's objects"));
    git_mempack_reset(m_memory);
    return success();
}

} // namespace Stackdraft::Core
