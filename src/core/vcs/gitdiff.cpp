#include "core/vcs/gitdiff.h"

#include "core/vcs/giterror.h"
#include "core/vcs/githandle.h"
#include "core/vcs/gitlibrary.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/gitrepositoryhandle.h"

#include <QCoreApplication>
#include <QFile>

#include <git2.h>

namespace Stackdraft::Core {

namespace {

using BlobHandle = GitHandle<git_blob, git_blob_free>;
using PatchHandle = GitHandle<git_patch, git_patch_free>;

struct Buffer
{
    git_buf buf = GIT_BUF_INIT;
    ~Buffer() { git_buf_dispose(&buf); }
};

} // namespace

Result<QString> GitDiff::unified(const GitRepository &repository, const GitStatus &status,
                                 const ExportSet &generated, int contextLines)
{
    const GitLibrary library;
    Result<RepositoryHandle> opened = openRepositoryHandle(repository);
    if (!opened)
        return opened.error();
    const RepositoryHandle repo = std::move(opened).value();

    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = quint32(contextLines);

    QByteArray text;
    for (const GitStatus::Entry &entry : status.entries()) {
        if (entry.change == GitStatus::Change::Unchanged)
            continue;
        const QByteArray path = entry.path.toUtf8();
        BlobHandle oldBlob;
        if (!entry.headId.isEmpty()) {
            git_oid id;
            git_blob *raw = nullptr;
            if (git_oid_fromstr(&id, entry.headId.toLatin1().constData()) < 0
                || git_blob_lookup(&raw, repo.get(), &id) < 0)
                return gitError(
                    QCoreApplication::translate("Git", "Cannot read '%1' in HEAD").arg(entry.path));
            oldBlob.reset(raw);
        }
        // A null buffer is the deleted side, a null blob the added side: git's "new file" /
        // "deleted file".
        const bool deleted = entry.change == GitStatus::Change::Deleted;
        const QByteArray content = deleted ? QByteArray() : generated.file(entry.path);
        git_patch *rawPatch = nullptr;
        if (git_patch_from_blob_and_buffer(&rawPatch, oldBlob.get(), path.constData(),
                                           deleted ? nullptr : content.constData(),
                                           size_t(content.size()), path.constData(), &options)
            < 0)
            return gitError(QCoreApplication::translate("Git", "Cannot diff '%1'").arg(entry.path));
        const PatchHandle patch(rawPatch);
        Buffer out;
        if (git_patch_to_buf(&out.buf, patch.get()) < 0)
            return gitError(QCoreApplication::translate("Git", "Cannot diff '%1'").arg(entry.path));
        text.append(out.buf.ptr, qsizetype(out.buf.size));
    }
    return QString::fromUtf8(text);
}

} // namespace Stackdraft::Core
