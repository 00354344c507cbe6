#include "core/vcs/generatedindex.h"

#include "core/vcs/giterror.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Stackdraft::Core {

Status GeneratedIndex::open(git_repository *repo)
{
    git_index *raw = nullptr;
    if (git_repository_index(&raw, repo) < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot read the git index"));
    m_index.reset(raw);
    return success();
}

void GeneratedIndex::remember(const QByteArray &path)
{
    Previous previous {path, std::nullopt};
    if (const git_index_entry *entry = git_index_get_bypath(m_index.get(), path.constData(), 0))
        previous.entry = *entry;
    m_previous.push_back(std::move(previous));
}

Status GeneratedIndex::stage(const QString &repoPath, const QString &absolutePath,
                             const git_oid &blob)
{
    const QByteArray path = repoPath.toUtf8();
    remember(path);
    git_index_entry entry {};
    entry.path = path.constData();
    entry.id = blob;
    entry.mode = GIT_FILEMODE_BLOB;
#ifdef Q_OS_UNIX
    struct stat info;
    if (!absolutePath.isEmpty()
        && ::stat(QFile::encodeName(absolutePath).constData(), &info) == 0) {
        entry.ctime.seconds = qint32(info.st_ctim.tv_sec);
        entry.ctime.nanoseconds = quint32(info.st_ctim.tv_nsec);
        entry.mtime.seconds = qint32(info.st_mtim.tv_sec);
        entry.mtime.nanoseconds = quint32(info.st_mtim.tv_nsec);
        entry.dev = quint32(info.st_dev);
        entry.ino = quint32(info.st_ino);
        entry.uid = quint32(info.st_uid);
        entry.gid = quint32(info.st_gid);
        entry.file_size = quint32(info.st_size);
    }
#else
    Q_UNUSED(absolutePath) // no stat data: git re-reads the file once and finds it clean
#endif
    if (git_index_add(m_index.get(), &entry) < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot stage '%1'").arg(repoPath));
    return success();
}

Status GeneratedIndex::unstage(const QString &repoPath)
{
    const QByteArray path = repoPath.toUtf8();
    remember(path);
    if (git_index_remove_bypath(m_index.get(), path.constData()) < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot unstage '%1'").arg(repoPath));
    return success();
}

bool GeneratedIndex::hasFileAbove(const QString &repoPath) const
{
    for (qsizetype slash = repoPath.indexOf(QLatin1Char('/')); slash > 0;
         slash = repoPath.indexOf(QLatin1Char('/'), slash + 1)) {
        if (git_index_get_bypath(m_index.get(), repoPath.left(slash).toUtf8().constData(), 0))
            return true;
    }
    return false;
}

Status GeneratedIndex::write()
{
    if (git_index_write(m_index.get()) < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot write the git index"));
    return success();
}

Status GeneratedIndex::rollback()
{
    // Newest first, so that a path changed twice ends with its oldest value.
    for (auto it = m_previous.rbegin(); it != m_previous.rend(); ++it) {
        if (it->entry) {
            git_index_entry entry = *it->entry;
            entry.path = it->path.constData();
            git_index_add(m_index.get(), &entry);
        } else {
            git_index_remove_bypath(m_index.get(), it->path.constData());
        }
    }
    m_previous.clear();
    git_error_clear();
    return write();
}

} // namespace Stackdraft::Core
