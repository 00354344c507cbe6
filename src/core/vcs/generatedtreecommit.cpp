#include "core/vcs/generatedtreecommit.h"

#include "core/echo.h"
#include "core/logging.h"
#include "core/vcs/commitlock.h"
#include "core/vcs/generatedindex.h"
#include "core/vcs/generatedtreeobjects.h"
#include "core/vcs/generatedtreerepair.h"
#include "core/vcs/giterror.h"
#include "core/vcs/gitlibrary.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/gitrepositoryhandle.h"
#include "core/vcs/workingtreewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <optional>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Stackdraft::Core {

namespace {

using ReferenceHandle = GitHandle<git_reference, git_reference_free>;
using TreeEntryHandle = GitHandle<git_tree_entry, git_tree_entry_free>;
using ObjectHandle = GitHandle<git_object, git_object_free>;

QString hex(const git_oid &id)
{
    char text[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(text, sizeof text, &id);
    return QString::fromLatin1(text);
}

// Every parent directory of the paths the commit writes ("deploy", "deploy/k8s", ...).
QSet<QString> parentDirectories(const QList<GitStatus::Entry> &files)
{
    QSet<QString> directories;
    for (const GitStatus::Entry &entry : files) {
        if (entry.change == GitStatus::Change::Deleted)
            continue;
        for (qsizetype slash = entry.path.indexOf(QLatin1Char('/')); slash > 0;
             slash = entry.path.indexOf(QLatin1Char('/'), slash + 1))
            directories.insert(entry.path.left(slash));
    }
    return directories;
}

// A file tracked in HEAD or staged where the generated files need a directory: git's tree and
// index cannot hold both ("D/F conflict"), so say which file and what to do.
Status checkTrackedConflicts(git_repository *repo, const QList<GitStatus::Entry> &files)
{
    GeneratedIndex index;
    if (Status opened = index.open(repo); !opened)
        return opened;
    ObjectHandle tree;
    if (git_repository_head_unborn(repo) != 1) {
        git_object *raw = nullptr;
        if (git_revparse_single(&raw, repo, "HEAD^{tree}") < 0)
            return gitError(QCoreApplication::translate("Git", "Cannot read HEAD"));
        tree.reset(raw);
    }
    for (const QString &directory : parentDirectories(files)) {
        bool file = git_index_get_bypath(index.get(), directory.toUtf8().constData(), 0) != nullptr;
        if (!file && tree) {
            git_tree_entry *raw = nullptr;
            if (git_tree_entry_bypath(&raw, reinterpret_cast<git_tree *>(tree.get()),
                                      directory.toUtf8().constData())
                == 0) {
                const TreeEntryHandle entry(raw);
                file = git_tree_entry_type(entry.get()) != GIT_OBJECT_TREE;
            }
            git_error_clear();
        }
        if (file) {
            return Error {QCoreApplication::translate(
                              "Git",
                              "'%1' is a file tracked by git, but the generated files go in a "
                              "directory of that name: rename or remove it (git mv, git rm) and "
                              "commit, or change the output directories.")
                              .arg(directory)};
        }
    }
    return success();
}

// The working tree files the commit replaces, as they were, so that a failure can put them back.
class WorkTreeUndo
{
public:
    explicit WorkTreeUndo(const WorkingTreeWriter &writer, const QString &workTree)
        : m_writer(writer)
        , m_workTree(workTree)
    {
    }

    void remember(const QString &path)
    {
        QFile file(m_workTree + QLatin1Char('/') + path);
        std::optional<QByteArray> bytes;
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        m_previous.push_back({path, std::move(bytes)});
    }

    void restore() const
    {
        for (auto it = m_previous.rbegin(); it != m_previous.rend(); ++it) {
            const Status undone
                = it->second ? m_writer.write(it->first, *it->second) : m_writer.remove(it->first);
            if (!undone)
                qCWarning(lcGit) << "could not restore" << it->first;
        }
    }

private:
    const WorkingTreeWriter &m_writer;
    QString m_workTree;
    std::vector<std::pair<QString, std::optional<QByteArray>>> m_previous;
};

Error failed(const Error &cause, const QString &commitId)
{
    Error error = cause;
    error.message = QCoreApplication::translate("Git",
                                                "Nothing was committed (commit %1 was prepared "
                                                "but the branch was left where it was): %2")
                        .arg(commitId, cause.message);
    return error;
}

// Moves the branch, only if it still points where HEAD pointed when the commit was made.
Status moveBranch(git_repository *repo, const QString &branch, bool newBranch,
                  const GeneratedTreeObjects &objects)
{
    const QByteArray refName = QByteArrayLiteral("refs/heads/") + branch.toUtf8();
    const QByteArray log
        = (objects.parent ? QByteArrayLiteral("commit: ") : QByteArrayLiteral("commit (initial): "))
        + objects.subject;
    git_reference *raw = nullptr;
    const int rc = newBranch || !objects.parent
        ? git_reference_create(&raw, repo, refName.constData(), &objects.commit, 0, log.constData())
        : git_reference_create_matching(&raw, repo, refName.constData(), &objects.commit, 1,
                                        &*objects.parent, log.constData());
    ReferenceHandle ref(raw);
    if (rc < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot update the branch '%1'")
                            .arg(Echo::value(branch)));
    if (newBranch && git_repository_set_head(repo, refName.constData()) < 0) {
        const Error error
            = gitError(QCoreApplication::translate("Git", "Cannot switch HEAD to '%1'")
                           .arg(Echo::value(branch)));
        git_reference_delete(ref.get());
        return error;
    }
    return success();
}

} // namespace

GeneratedTreeCommit::GeneratedTreeCommit(const GitRepository &repository, OutputPaths paths)
    : m_repository(repository)
    , m_paths(std::move(paths))
{
}

Result<GeneratedTreeCommit::Identities> GeneratedTreeCommit::checkRepository(const Options &options,
                                                                             const QString &branch,
                                                                             bool newBranch) const
{
    if (Status can = m_repository.checkCanCommit(); !can)
        return can.error();
    if (newBranch) {
        // Each part of a ref name is a file name (plus ".lock" while it is written): a longer
        // one would pass git's name check and fail half-way with the file system's message.
        for (const QString &part : branch.split(QLatin1Char('/'))) {
            if (part.toUtf8().size() > 250) {
                return Error {QCoreApplication::translate(
                                  "Git",
                                  "The branch name '%1' is too long: each part between '/' may "
                                  "have at most 250 bytes.")
                                  .arg(Echo::value(branch))};
            }
        }
        if (!GitRepository::isValidBranchName(branch))
            return Error {QCoreApplication::translate("Git", "'%1' is not a valid branch name.")
                              .arg(Echo::value(branch))};
        if (m_repository.hasBranch(branch)) {
            return Error {
                QCoreApplication::translate(
                    "Git",
                    "The branch '%1' already exists: check it out first, or choose a new name.")
                    .arg(Echo::value(branch))};
        }
    }
    const Result<GitAuthor> configured = m_repository.configuredAuthor();
    const Result<GitAuthor> author
        = options.author ? Result<GitAuthor>(*options.author) : configured;
    if (!author)
        return author.error();
    // No identity in git config: the explicit author commits too.
    const Result<GitAuthor> committer = configured ? configured : author;
    return Identities {*author, *committer};
}

Status GeneratedTreeCommit::checkWorkTree(const QList<GitStatus::Entry> &files,
                                          const ExportSet &generated) const
{
    const WorkingTreeWriter writer(m_paths);
    qint64 bytes = 0;
    for (const GitStatus::Entry &entry : files) {
        if (entry.workTreeCurrent)
            continue;
        if (Status ok = writer.check(entry.path); !ok)
            return ok;
        bytes += generated.file(entry.path).size();
    }
#ifdef Q_OS_UNIX
    for (const QString &inGitDir : {QString(), QStringLiteral("/objects")}) {
        const QString directory = m_repository.gitDir() + inGitDir;
        if (::access(QFile::encodeName(directory).constData(), W_OK | X_OK) != 0) {
            return Error {QCoreApplication::translate("Git",
                                                      "Cannot write in the git directory '%1': "
                                                      "check its permissions.")
                              .arg(QDir::toNativeSeparators(directory))};
        }
    }
#endif
    // The files themselves, and about as much again for the pack and the index.
    return writer.checkSpace(2 * bytes + 1024 * 1024);
}

Result<GeneratedTreeCommit::Outcome> GeneratedTreeCommit::commit(const ExportSet &generated,
                                                                 const Options &options) const
{
    // 1. Everything that can refuse, before any change.
    const QString current = m_repository.currentBranch();
    const QString branch = options.branch.isEmpty() ? current : options.branch;
    const bool newBranch = branch != current;
    CommitLock lock(m_repository.gitDir());
    if (!m_repository.isBare()) {
        if (Status locked = lock.acquire(branch); !locked)
            return locked.error();
    }
    const Result<Identities> who = checkRepository(options, branch, newBranch);
    if (!who)
        return who.error();
    const GitLibrary library;
    Result<RepositoryHandle> opened = openRepositoryHandle(m_repository);
    if (!opened)
        return opened.error();
    const RepositoryHandle repo = std::move(opened).value();

    Outcome outcome;
    outcome.branch = branch;
    Result<QStringList> repaired = GeneratedTreeRepair::run(repo.get(), m_paths);
    if (!repaired)
        return repaired.error();
    outcome.repaired = *repaired;
    const Result<GitStatus> status
        = GitStatus::compute(m_repository, generated, m_paths.directories());
    if (!status)
        return status.error();
    if (const QStringList refused = status->refusedPaths(options.forcedPaths); !refused.isEmpty()) {
        return Error {
            QCoreApplication::translate(
                "Git",
                "Not overwriting %1: changed since the last commit and not committed. Commit "
                "or discard those changes, or force the overwrite of each path "
                "(--force-overwrite PATH).")
                .arg(refused.join(QLatin1String(", ")))};
    }
    outcome.files = status->changed();
    if (outcome.files.isEmpty())
        return outcome;
    if (Status conflicts = checkTrackedConflicts(repo.get(), outcome.files); !conflicts)
        return conflicts.error();
    if (Status writable = checkWorkTree(outcome.files, generated); !writable)
        return writable.error();

    // 2. Objects: blobs, the updated tree and the commit, unreferenced until the branch moves.
    const QString message = options.message.isEmpty() && options.describe
        ? options.describe(*status)
        : options.message;
    const Result<GeneratedTreeObjects> objects = GeneratedTreeObjects::write(
        repo.get(), outcome.files, generated, message, who->author, who->committer);
    if (!objects)
        return objects.error();
    outcome.commitId = hex(objects->commit);

    // 3. Working tree, then the index (one atomic write), for just our paths; undone on failure.
    const WorkingTreeWriter writer(m_paths);
    WorkTreeUndo undo(writer, m_paths.workTree());
    GeneratedIndex index;
    if (Status indexOpened = index.open(repo.get()); !indexOpened)
        return failed(indexOpened.error(), outcome.commitId);
    for (qsizetype i = 0; i < outcome.files.size(); ++i) {
        const GitStatus::Entry &entry = outcome.files.at(i);
        const bool deleted = entry.change == GitStatus::Change::Deleted;
        Status done = success();
        if (!entry.workTreeCurrent) {
            undo.remember(entry.path);
            done = deleted ? writer.remove(entry.path)
                           : writer.write(entry.path, generated.file(entry.path));
        }
        if (done) {
            done = deleted
                ? index.unstage(entry.path)
                : index.stage(entry.path, m_paths.workTree() + QLatin1Char('/') + entry.path,
                              objects->blobs[size_t(i)]);
        }
        if (!done) {
            undo.restore();
            return failed(done.error(), outcome.commitId);
        }
    }
    if (Status written = index.write(); !written) {
        undo.restore();
        return failed(written.error(), outcome.commitId);
    }
    // One flush for the objects, the files and the index, before the branch moves: after a power
    // loss the branch never names a commit whose files were not on disk (no file is flushed on
    // its own, which cost one disk wait per file).
    if (Status flushed = writer.flush(m_repository.gitDir()); !flushed) {
        if (Status restored = index.rollback(); !restored)
            qCWarning(lcGit) << "could not restore the index:" << restored.error().message;
        undo.restore();
        return failed(flushed.error(), outcome.commitId);
    }

    // 4. The branch: the one step that makes the commit visible.
    if (Status moved = moveBranch(repo.get(), branch, newBranch, *objects); !moved) {
        if (Status restored = index.rollback(); !restored)
            qCWarning(lcGit) << "could not restore the index:" << restored.error().message;
        undo.restore();
        return failed(moved.error(), outcome.commitId);
    }
    qCInfo(lcGit) << "committed" << outcome.commitId << "on" << branch << outcome.files.size()
                  << "files";
    outcome.committed = true;
    return outcome;
}

} // namespace Stackdraft::Core
