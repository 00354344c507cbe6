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

Status GitObjectBatch::flush(git_repository *repo)
{
    git_buf pack = GIT_BUF_INIT;
    git_odb_writepack *writer = nullptr;
    git_indexer_progress progress {};
    int rc = git_mempack_dump(&pack, repo, m_memory);
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
