#include "core/vcs/generatedtreecommit.h"

#include "core/logging.h"
#include "core/vcs/giterror.h"
#include "core/vcs/githandle.h"
#include "core/vcs/gitlibrary.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/workingtreewriter.h"

#include <QCoreApplication>
#include <QFile>

#include <git2.h>
#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Stackdraft::Core {

namespace {

using RepositoryHandle = GitHandle<git_repository, git_repository_free>;
using ObjectHandle = GitHandle<git_object, git_object_free>;
using TreeHandle = GitHandle<git_tree, git_tree_free>;
using CommitHandle = GitHandle<git_commit, git_commit_free>;
using TreeBuilderHandle = GitHandle<git_treebuilder, git_treebuilder_free>;
using SignatureHandle = GitHandle<git_signature, git_signature_free>;
using ReferenceHandle = GitHandle<git_reference, git_reference_free>;
using IndexHandle = GitHandle<git_index, git_index_free>;
using OdbHandle = GitHandle<git_odb, git_odb_free>;

QString hex(const git_oid &id)
{
    char text[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(text, sizeof text, &id);
    return QString::fromLatin1(text);
}

Result<SignatureHandle> signature(const GitAuthor &who)
{
    git_signature *raw = nullptr;
    if (git_signature_now(&raw, who.name.toUtf8().constData(), who.email.toUtf8().constData()) < 0)
        return gitError(
            QCoreApplication::translate("Git", "Invalid author '%1'").arg(who.toString()));
    return SignatureHandle(raw);
}

// HEAD's tree, or an empty tree when HEAD has no commit yet.
Result<TreeHandle> baselineTree(git_repository *repo, git_commit *parent)
{
    git_tree *raw = nullptr;
    if (parent) {
        if (git_commit_tree(&raw, parent) < 0)
            return gitError(QCoreApplication::translate("Git", "Cannot read HEAD's tree"));
        return TreeHandle(raw);
    }
    git_treebuilder *rawBuilder = nullptr;
    git_oid emptyId;
    if (git_treebuilder_new(&rawBuilder, repo, nullptr) < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot create a tree"));
    const TreeBuilderHandle builder(rawBuilder);
    if (git_treebuilder_write(&emptyId, builder.get()) < 0
        || git_tree_lookup(&raw, repo, &emptyId) < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot create a tree"));
    return TreeHandle(raw);
}

QByteArray prettyMessage(const QString &message)
{
    const QString text = message.trimmed().isEmpty()
        ? QCoreApplication::translate("Git", "Update generated files")
        : message;
    git_buf buf = GIT_BUF_INIT;
    QByteArray result;
    // Git's own clean-up: trailing spaces and blank lines removed, exactly one final newline.
    if (git_message_prettify(&buf, text.toUtf8().constData(), 0, '#') == 0)
        result = QByteArray(buf.ptr, qsizetype(buf.size));
    else
        result = text.toUtf8() + '\n';
    git_buf_dispose(&buf);
    git_error_clear();
    return result;
}

// Queues the commit's objects in memory and writes them as one pack file: a thousand loose objects
// cost a thousand file creations, which dominate on slow or network file systems.
class ObjectBatch
{
public:
    Status begin(git_repository *repo)
    {
        git_odb *rawOdb = nullptr;
        if (git_repository_odb(&rawOdb, repo) < 0)
            return gitError(QCoreApplication::translate("Git", "Cannot open the object database"));
        m_odb.reset(rawOdb);
        // The object database owns the backend once added; writes go to the highest priority.
        if (git_mempack_new(&m_memory) < 0 || git_odb_add_backend(m_odb.get(), m_memory, 999) < 0)
            return gitError(
                QCoreApplication::translate("Git", "Cannot prepare the object database"));
        return success();
    }

    Status flush(git_repository *repo)
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
            return gitError(
                QCoreApplication::translate("Git", "Cannot write the commit's objects"));
        git_mempack_reset(m_memory);
        return success();
    }

private:
    OdbHandle m_odb;
    git_odb_backend *m_memory = nullptr;
};

// The index entry git itself would write for a file just checked out: the committed blob plus the
// file's stat data, so that `git status` trusts the entry without re-reading the file.
Status stageFile(git_index *index, const QString &absolutePath, const char *path,
                 const git_oid &blob)
{
    git_index_entry entry {};
    entry.path = path;
    entry.id = blob;
    entry.mode = GIT_FILEMODE_BLOB;
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(absolutePath).constData(), &info) == 0) {
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
    if (git_index_add(index, &entry) < 0)
        return gitError(
            QCoreApplication::translate("Git", "Cannot stage '%1'").arg(QString::fromUtf8(path)));
    return success();
}

} // namespace

GeneratedTreeCommit::GeneratedTreeCommit(const GitRepository &repository, OutputPaths paths)
    : m_repository(repository)
    , m_paths(std::move(paths))
{
}

Result<GitAuthor> GeneratedTreeCommit::committer(const Options &options) const
{
    Result<GitAuthor> configured = m_repository.configuredAuthor();
    if (configured || !options.author)
        return configured;
    return *options.author; // no identity in git config: the explicit author commits too
}

Result<GeneratedTreeCommit::Outcome> GeneratedTreeCommit::commit(const ExportSet &generated,
                                                                 const Options &options) const
{
    // 1. Everything that can refuse, before any change.
    if (Status can = m_repository.checkCanCommit(); !can)
        return can.error();
    const QString current = m_repository.currentBranch();
    const QString branch = options.branch.isEmpty() ? current : options.branch;
    const bool newBranch = branch != current;
    if (newBranch) {
        if (!GitRepository::isValidBranchName(branch))
            return Error {
                QCoreApplication::translate("Git", "'%1' is not a valid branch name.").arg(branch)};
        if (m_repository.hasBranch(branch)) {
            return Error {
                QCoreApplication::translate(
                    "Git",
                    "The branch '%1' already exists: check it out first, or choose a new name.")
                    .arg(branch)};
        }
    }
    const Result<GitAuthor> author
        = options.author ? Result<GitAuthor>(*options.author) : m_repository.configuredAuthor();
    if (!author)
        return author.error();
    const Result<GitAuthor> committerIdentity = committer(options);
    if (!committerIdentity)
        return committerIdentity.error();

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
    Outcome outcome;
    outcome.branch = branch;
    outcome.files = status->changed();
    if (outcome.files.isEmpty())
        return outcome;

    // 2. Objects: blobs, the updated tree and the commit. Unreferenced until the branch moves.
    const GitLibrary library;
    git_repository *rawRepository = nullptr;
    if (git_repository_open_ext(&rawRepository,
                                QFile::encodeName(m_repository.gitDir()).constData(),
                                GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr)
        < 0)
        return gitError(
            QCoreApplication::translate("Git", "Cannot open '%1'").arg(m_repository.gitDir()));
    const RepositoryHandle repo(rawRepository);

    CommitHandle parent;
    if (!m_repository.isHeadUnborn()) {
        git_object *raw = nullptr;
        if (git_revparse_single(&raw, repo.get(), "HEAD^{commit}") < 0)
            return gitError(QCoreApplication::translate("Git", "Cannot read HEAD"));
        parent.reset(reinterpret_cast<git_commit *>(raw));
    }
    ObjectBatch batch;
    if (Status started = batch.begin(repo.get()); !started)
        return started.error();
    Result<TreeHandle> baseline = baselineTree(repo.get(), parent.get());
    if (!baseline)
        return baseline.error();

    std::vector<QByteArray> paths; // keeps the UTF-8 paths alive for the update list
    std::vector<git_tree_update> updates;
    paths.reserve(size_t(outcome.files.size()));
    updates.reserve(size_t(outcome.files.size()));
    for (const GitStatus::Entry &entry : std::as_const(outcome.files)) {
        paths.push_back(entry.path.toUtf8());
        git_tree_update update {};
        update.path = paths.back().constData();
        if (entry.change == GitStatus::Change::Deleted) {
            update.action = GIT_TREE_UPDATE_REMOVE;
        } else {
            const QByteArray content = generated.file(entry.path);
            if (git_blob_create_from_buffer(&update.id, repo.get(), content.constData(),
                                            size_t(content.size()))
                < 0)
                return gitError(
                    QCoreApplication::translate("Git", "Cannot store '%1'").arg(entry.path));
            update.action = GIT_TREE_UPDATE_UPSERT;
            update.filemode = GIT_FILEMODE_BLOB;
        }
        updates.push_back(update);
    }
    git_oid treeId;
    if (git_tree_create_updated(&treeId, repo.get(), baseline->get(), updates.size(),
                                updates.data())
        < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot build the commit's tree"));
    git_tree *rawTree = nullptr;
    if (git_tree_lookup(&rawTree, repo.get(), &treeId) < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot build the commit's tree"));
    const TreeHandle tree(rawTree);

    Result<SignatureHandle> authorSignature = signature(*author);
    if (!authorSignature)
        return authorSignature.error();
    Result<SignatureHandle> committerSignature = signature(*committerIdentity);
    if (!committerSignature)
        return committerSignature.error();
    const QByteArray message = prettyMessage(options.message);
    const git_commit *parents[] = {parent.get()};
    git_oid commitId;
    if (git_commit_create(&commitId, repo.get(), nullptr, authorSignature->get(),
                          committerSignature->get(), nullptr, message.constData(), tree.get(),
                          parent ? 1 : 0, parents)
        < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot create the commit"));
    outcome.commitId = hex(commitId);
    if (Status flushed = batch.flush(repo.get()); !flushed)
        return flushed.error();

    // 3. Move the branch: only if it still points where HEAD pointed when we read it.
    const QByteArray refName = QByteArrayLiteral("refs/heads/") + branch.toUtf8();
    const QByteArray subject = message.left(message.indexOf('\n'));
    const QByteArray logMessage
        = (parent ? QByteArrayLiteral("commit: ") : QByteArrayLiteral("commit (initial): "))
        + subject;
    git_reference *rawRef = nullptr;
    int rc = 0;
    if (newBranch || !parent) {
        rc = git_reference_create(&rawRef, repo.get(), refName.constData(), &commitId, 0,
                                  logMessage.constData());
    } else {
        rc = git_reference_create_matching(&rawRef, repo.get(), refName.constData(), &commitId, 1,
                                           git_commit_id(parent.get()), logMessage.constData());
    }
    ReferenceHandle ref(rawRef);
    if (rc < 0)
        return gitError(
            QCoreApplication::translate("Git", "Cannot update the branch '%1'").arg(branch));
    if (newBranch && git_repository_set_head(repo.get(), refName.constData()) < 0)
        return gitError(QCoreApplication::translate("Git",
                                                    "Commit %1 is on the new branch '%2', but HEAD "
                                                    "could not be switched to it")
                            .arg(outcome.commitId, branch));
    qCInfo(lcGit) << "committed" << outcome.commitId << "on" << branch << outcome.files.size()
                  << "files";

    // 4. Working tree and index, for just our paths.
    const WorkingTreeWriter writer(m_paths);
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo.get()) < 0)
        return gitError(
            QCoreApplication::translate("Git", "Commit %1 was made, but the index cannot be read")
                .arg(outcome.commitId));
    const IndexHandle index(rawIndex);
    for (qsizetype i = 0; i < outcome.files.size(); ++i) {
        const GitStatus::Entry &entry = outcome.files.at(i);
        const char *path = paths[size_t(i)].constData();
        Status written = success();
        if (!entry.workTreeCurrent) {
            written = entry.change == GitStatus::Change::Deleted
                ? writer.remove(entry.path)
                : writer.write(entry.path, generated.file(entry.path));
        }
        if (!written) {
            Error error = written.error();
            error.message = QCoreApplication::translate("Git",
                                                        "Commit %1 was made, but the working tree "
                                                        "could not be updated: %2")
                                .arg(outcome.commitId, error.message);
            return error;
        }
        Status staged = success();
        if (entry.change == GitStatus::Change::Deleted) {
            if (git_index_remove_bypath(index.get(), path) < 0)
                staged = gitError(
                    QCoreApplication::translate("Git", "Cannot unstage '%1'").arg(entry.path));
        } else {
            staged = stageFile(index.get(), m_paths.workTree() + QLatin1Char('/') + entry.path,
                               path, updates[size_t(i)].id);
        }
        if (!staged) {
            Error error = staged.error();
            error.message
                = QCoreApplication::translate("Git",
                                              "Commit %1 was made, but the index could not "
                                              "be updated: %2")
                      .arg(outcome.commitId, error.message);
            return error;
        }
    }
    if (git_index_write(index.get()) < 0)
        return gitError(
            QCoreApplication::translate("Git",
                                        "Commit %1 was made, but the index could not be "
                                        "written")
                .arg(outcome.commitId));
    outcome.committed = true;
    return outcome;
}

} // namespace Stackdraft::Core
