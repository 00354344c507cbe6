#include "core/vcs/gitstatus.h"

#include "core/vcs/giterror.h"
#include "core/vcs/githandle.h"
#include "core/vcs/gitlibrary.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/gitrepositoryhandle.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <git2.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Stackdraft::Core {

namespace {

using ObjectHandle = GitHandle<git_object, git_object_free>;
using IndexHandle = GitHandle<git_index, git_index_free>;

struct HeadFile
{
    git_oid id;
    git_filemode_t mode;
};

QString hex(const git_oid &id)
{
    char text[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(text, sizeof text, &id);
    return QString::fromLatin1(text);
}

// Every blob of HEAD's tree under `directories`, by repository-relative path.
struct TreeCollector
{
    QStringList directories;
    QHash<QString, HeadFile> files;

    static int visit(const char *root, const git_tree_entry *entry, void *payload)
    {
        auto *self = static_cast<TreeCollector *>(payload);
        const QString path
            = QString::fromUtf8(root) + QString::fromUtf8(git_tree_entry_name(entry));
        if (git_tree_entry_type(entry) == GIT_OBJECT_TREE) {
            // Descend only into directories on the way to, or inside, an output directory.
            for (const QString &directory : std::as_const(self->directories)) {
                if (directory == path || directory.startsWith(path + QLatin1Char('/'))
                    || path.startsWith(directory + QLatin1Char('/')))
                    return 0;
            }
            return 1; // skip this subtree
        }
        if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
            return 0;
        for (const QString &directory : std::as_const(self->directories)) {
            if (path.startsWith(directory + QLatin1Char('/'))) {
                self->files.insert(path,
                                   {*git_tree_entry_id(entry), git_tree_entry_filemode(entry)});
                break;
            }
        }
        return 0;
    }
};

#ifdef Q_OS_UNIX
qint64 nanoseconds(const timespec &time)
{
    return qint64(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}
#endif

// The blob a file on disk holds, known without reading it, as git itself knows it: the index's
// entry for the path records the file's size, times and inode, and the index was written after
// the file last changed (a change in the same second could hide behind equal times: "racy git").
// Hashing every generated file through git's filters and path checks was most of a commit's time
// at 1,000 components.
bool indexVouchesFor(const git_index_entry &staged, const QString &file, qint64 indexWrittenAt,
                     git_oid *id)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (indexWrittenAt <= 0 || ::lstat(QFile::encodeName(file).constData(), &info) != 0
        || !S_ISREG(info.st_mode))
        return false;
    const bool same = staged.file_size == quint32(info.st_size)
        && staged.ino == quint32(info.st_ino) && staged.mtime.seconds == qint32(info.st_mtim.tv_sec)
        && staged.mtime.nanoseconds == quint32(info.st_mtim.tv_nsec)
        && staged.ctime.seconds == qint32(info.st_ctim.tv_sec)
        && staged.ctime.nanoseconds == quint32(info.st_ctim.tv_nsec);
    // File times are clock ticks, not the nanoseconds they are written in: a file changed in the
    // tick the index was written is not vouched for.
    if (!same || nanoseconds(info.st_mtim) >= indexWrittenAt
        || nanoseconds(info.st_ctim) >= indexWrittenAt)
        return false;
    *id = staged.id;
    return true;
#else
    Q_UNUSED(staged)
    Q_UNUSED(file)
    Q_UNUSED(indexWrittenAt)
    Q_UNUSED(id)
    return false;
#endif
}

// Whether `file` holds exactly `bytes`; `size` is the file's size as already known.
bool holdsExactly(const QString &file, const QByteArray &bytes, quint32 size)
{
    if (qint64(size) != bytes.size())
        return false;
    QFile onDisk(file);
    if (!onDisk.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    return onDisk.readAll() == bytes;
}

// When the index file was last written (nanoseconds since the epoch), or 0 when unknown.
qint64 indexWrittenAt(git_index *index)
{
#ifdef Q_OS_UNIX
    const char *path = index ? git_index_path(index) : nullptr;
    struct stat info;
    if (path && ::stat(path, &info) == 0)
        return nanoseconds(info.st_mtim);
#else
    Q_UNUSED(index)
#endif
    return 0;
}

} // namespace

Result<GitStatus> GitStatus::compute(const GitRepository &repository, const ExportSet &generated,
                                     const QStringList &outputDirectories)
{
    const GitLibrary library;
    Result<RepositoryHandle> opened = openRepositoryHandle(repository);
    if (!opened)
        return opened.error();
    const RepositoryHandle repo = std::move(opened).value();

    TreeCollector head {outputDirectories, {}};
    if (!repository.isHeadUnborn()) {
        git_object *rawTree = nullptr;
        if (git_revparse_single(&rawTree, repo.get(), "HEAD^{tree}") < 0)
            return gitError(QCoreApplication::translate("Git", "Cannot read HEAD"));
        const ObjectHandle tree(rawTree);
        if (git_tree_walk(reinterpret_cast<git_tree *>(tree.get()), GIT_TREEWALK_PRE,
                          &TreeCollector::visit, &head)
            < 0)
            return gitError(QCoreApplication::translate("Git", "Cannot read HEAD's tree"));
    }

    IndexHandle index;
    if (!repository.isBare()) {
        git_index *rawIndex = nullptr;
        if (git_repository_index(&rawIndex, repo.get()) < 0)
            return gitError(QCoreApplication::translate("Git", "Cannot read the git index"));
        index.reset(rawIndex);
    }
    const QString workTree = repository.workTree();
    const qint64 indexTime = indexWrittenAt(index.get());

    // What the index says of a path, and whether it vouches for the file on disk (see above).
    struct Staged
    {
        const git_index_entry *entry = nullptr;
        bool vouched = false;
        git_oid onDisk {};
    };
    auto staged = [&](const QByteArray &utf8Path, const QString &file) {
        Staged found;
        if (index)
            found.entry = git_index_get_bypath(index.get(), utf8Path.constData(), 0);
        if (found.entry && !workTree.isEmpty())
            found.vouched = indexVouchesFor(*found.entry, file, indexTime, &found.onDisk);
        return found;
    };

    // Sets entry.userEdited when the user's index or working tree holds a version of the path that
    // is neither HEAD's nor ours, and entry.workTreeCurrent when the working tree already matches
    // what we generate.
    auto inspect = [&](Entry &entry, const Staged &inIndex, const QByteArray &utf8Path,
                       const QString &file, const git_oid *headId, const git_oid *newId) {
        auto known = [&](const git_oid &id) {
            return (headId && git_oid_equal(&id, headId)) || (newId && git_oid_equal(&id, newId));
        };
        // A staged deletion (no entry) loses nothing: the file is still on disk, checked below.
        if (inIndex.entry && !known(inIndex.entry->id))
            entry.userEdited = true;
        if (workTree.isEmpty())
            return;
        git_oid onDisk = inIndex.onDisk;
        if (!inIndex.vouched) {
            const QFileInfo info(file);
            if (!info.exists() && !info.isSymLink()) {
                entry.workTreeCurrent = !newId; // deleted by the user: nothing of theirs to lose
                return;
            }
            if (!info.isFile() || info.isSymLink()
                || git_repository_hashfile(&onDisk, repo.get(), QFile::encodeName(file).constData(),
                                           GIT_OBJECT_BLOB, utf8Path.constData())
                    < 0) {
                git_error_clear();
                entry.userEdited = true;
                return;
            }
        }
        if (!known(onDisk))
            entry.userEdited = true;
        entry.workTreeCurrent = newId && git_oid_equal(&onDisk, newId);
    };

    GitStatus status;
    for (auto it = generated.files().cbegin(); it != generated.files().cend(); ++it) {
        Entry entry;
        entry.path = it.key();
        const QByteArray utf8Path = entry.path.toUtf8();
        const QString file = workTree + QLatin1Char('/') + entry.path;
        const Staged inIndex = staged(utf8Path, file);
        const auto headIt = head.files.constFind(entry.path);
        git_oid newId;
        // Unchanged since HEAD, as the index vouches for the file and the file holds our bytes:
        // read and compared, not hashed (SHA-1 was a tenth of a commit at 1,000 components). No
        // clean filter rewrites text without a CR, as the generated files are. Every other id is
        // the bytes' own hash, which the commit stores them under.
        if (inIndex.vouched && headIt != head.files.cend()
            && git_oid_equal(&inIndex.onDisk, &headIt->id)
            && holdsExactly(file, it.value(), inIndex.entry->file_size)) {
            newId = inIndex.onDisk;
        } else if (git_odb_hash(&newId, it.value().constData(), size_t(it.value().size()),
                                GIT_OBJECT_BLOB)
                   < 0) {
            return gitError(QCoreApplication::translate("Git", "Cannot hash '%1'").arg(entry.path));
        }
        entry.generatedId = hex(newId);
        if (headIt == head.files.cend()) {
            entry.change = Change::New;
            inspect(entry, inIndex, utf8Path, file, nullptr, &newId);
        } else {
            entry.headId = hex(headIt->id);
            const bool same
                = git_oid_equal(&headIt->id, &newId) && headIt->mode == GIT_FILEMODE_BLOB;
            entry.change = same ? Change::Unchanged : Change::Modified;
            inspect(entry, inIndex, utf8Path, file, &headIt->id, &newId);
        }
        status.m_entries.append(entry);
    }
    for (auto it = head.files.cbegin(); it != head.files.cend(); ++it) {
        if (generated.contains(it.key()))
            continue;
        Entry entry;
        entry.path = it.key();
        entry.change = Change::Deleted;
        entry.headId = hex(it->id);
        const QByteArray utf8Path = entry.path.toUtf8();
        const QString file = workTree + QLatin1Char('/') + entry.path;
        inspect(entry, staged(utf8Path, file), utf8Path, file, &it->id, nullptr);
        status.m_entries.append(entry);
    }
    std::sort(status.m_entries.begin(), status.m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.path < b.path; });
    return status;
}

QList<GitStatus::Entry> GitStatus::changed() const
{
    QList<Entry> result;
    for (const Entry &entry : m_entries) {
        if (entry.change != Change::Unchanged)
            result.append(entry);
    }
    return result;
}

bool GitStatus::hasChanges() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &entry) { return entry.change != Change::Unchanged; });
}

QStringList GitStatus::refusedPaths(const QStringList &forced) const
{
    QStringList refused;
    for (const Entry &entry : m_entries) {
        // An unchanged path is not written, so the user's edit there survives without asking.
        if (entry.userEdited && entry.change != Change::Unchanged && !forced.contains(entry.path))
            refused.append(entry.path);
    }
    return refused;
}

int GitStatus::count(Change change) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [change](const Entry &entry) { return entry.change == change; }));
}

QString GitStatus::changeName(Change change)
{
    switch (change) {
    case Change::New:
        return QCoreApplication::translate("Git", "new");
    case Change::Modified:
        return QCoreApplication::translate("Git", "modified");
    case Change::Deleted:
        return QCoreApplication::translate("Git", "deleted");
    case Change::Unchanged:
        break;
    }
    return QCoreApplication::translate("Git", "unchanged");
}

} // namespace Stackdraft::Core
