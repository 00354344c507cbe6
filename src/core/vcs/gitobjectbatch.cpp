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

int GitObjectBatch::storeBlob(const git_oid &id, const QByteArray &content)
{
    if (git_odb_exists(m_odb.get(), &id) == 1)
        return 0;
    // Into memory under the id already known: git_blob_create_from_buffer would hash it again.
    return m_memory->write(m_memory, &id, content.constData(), size_t(content.size()),
                           GIT_OBJECT_BLOB);
}

bool GitObjectBatch::created(const git_oid &id) const
{
    return m_memory->exists(m_memory, &id) == 1;
}

int GitObjectBatch::collectCreated(std::vector<git_oid> &ids, git_repository *repo,
                                   const git_oid &tree) const
{
    if (!created(tree))
        return 0;
    git_tree *raw = nullptr;
    int rc = git_tree_lookup(&raw, repo, &tree);
    if (rc < 0)
        return rc;
    const GitHandle<git_tree, git_tree_free> handle(raw);
    ids.push_back(tree);
    for (size_t i = 0; rc == 0 && i < git_tree_entrycount(raw); ++i) {
        const git_tree_entry *entry = git_tree_entry_byindex(raw, i);
        const git_oid *id = git_tree_entry_id(entry);
        if (git_tree_entry_type(entry) == GIT_OBJECT_TREE)
            rc = collectCreated(ids, repo, *id);
        else if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB && created(*id))
            ids.push_back(*id);
    }
    return rc;
}

int GitObjectBatch::writePack(git_repository *repo, const std::vector<git_oid> &ids) const
{
    git_buf pack = GIT_BUF_INIT;
    git_packbuilder *rawBuilder = nullptr;
    git_odb_writepack *writer = nullptr;
    git_indexer_progress progress {};
    int rc = git_packbuilder_new(&rawBuilder, repo);
    const GitHandle<git_packbuilder, git_packbuilder_free> builder(rawBuilder);
    if (rc == 0)
        git_packbuilder_set_threads(rawBuilder, 1);
    for (size_t i = 0; rc == 0 && i < ids.size(); ++i)
        rc = git_packbuilder_insert(rawBuilder, &ids[i], nullptr);
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
    return rc;
}

int GitObjectBatch::writeLoose(git_repository *repo, const std::vector<git_oid> &ids) const
{
    // An object database of the loose backend alone: the repository's own writes to memory.
    git_buf directory = GIT_BUF_INIT;
    int rc = git_repository_item_path(&directory, repo, GIT_REPOSITORY_ITEM_OBJECTS);
    git_odb *rawOdb = nullptr;
    if (rc == 0)
        rc = git_odb_new(&rawOdb);
    const OdbHandle loose(rawOdb);
    git_odb_backend *backend = nullptr;
    // Compression -1: git's default for loose objects; no flush per object (the commit flushes
    // once); modes 0: git's defaults.
    if (rc == 0)
        rc = git_odb_backend_loose(&backend, directory.ptr, -1, 0, 0, 0);
    git_buf_dispose(&directory);
    if (rc == 0 && (rc = git_odb_add_backend(loose.get(), backend, 1)) < 0)
        backend->free(backend);
    for (size_t i = 0; rc == 0 && i < ids.size(); ++i) {
        void *data = nullptr;
        size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        rc = m_memory->read(&data, &size, &type, m_memory, &ids[i]);
        // Written under the id it was stored by: git_odb_write would hash the bytes again.
        if (rc == 0)
            rc = backend->write(backend, &ids[i], data, size, type);
        git_odb_backend_data_free(m_memory, data);
    }
    return rc;
}

Status GitObjectBatch::flush(git_repository *repo, const git_oid &commit)
{
    // git keeps a fetch of fewer objects than this loose (fetch.unpackLimit's default).
    constexpr size_t PackFrom = 100;
    git_commit *rawCommit = nullptr;
    int rc = git_commit_lookup(&rawCommit, repo, &commit);
    const GitHandle<git_commit, git_commit_free> commitHandle(rawCommit);
    std::vector<git_oid> ids {commit};
    if (rc == 0)
        rc = collectCreated(ids, repo, *git_commit_tree_id(rawCommit));
    if (rc == 0)
        rc = ids.size() < PackFrom ? writeLoose(repo, ids) : writePack(repo, ids);
    if (rc < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot write the commit's objects"));
    git_mempack_reset(m_memory);
    return success();
}

} // namespace Stackdraft::Core
