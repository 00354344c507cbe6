#include "core/vcs/generatedtreeobjects.h"

#include "core/vcs/giterror.h"
#include "core/vcs/githandle.h"
#include "core/vcs/gitobjectbatch.h"

#include <QCoreApplication>

namespace Stackdraft::Core {

namespace {

using CommitHandle = GitHandle<git_commit, git_commit_free>;
using TreeHandle = GitHandle<git_tree, git_tree_free>;
using TreeBuilderHandle = GitHandle<git_treebuilder, git_treebuilder_free>;
using SignatureHandle = GitHandle<git_signature, git_signature_free>;

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

Result<CommitHandle> headCommit(git_repository *repo)
{
    if (git_repository_head_unborn(repo) == 1)
        return CommitHandle();
    git_object *raw = nullptr;
    if (git_revparse_single(&raw, repo, "HEAD^{commit}") < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot read HEAD"));
    return CommitHandle(reinterpret_cast<git_commit *>(raw));
}

} // namespace

Result<GeneratedTreeObjects>
GeneratedTreeObjects::write(git_repository *repo, const QList<GitStatus::Entry> &files,
                            const ExportSet &generated, const QString &message,
                            const GitAuthor &author, const GitAuthor &committer)
{
    Result<CommitHandle> parent = headCommit(repo);
    if (!parent)
        return parent.error();
    GitObjectBatch batch;
    if (Status started = batch.begin(repo); !started)
        return started.error();
    Result<TreeHandle> baseline = baselineTree(repo, parent->get());
    if (!baseline)
        return baseline.error();

    GeneratedTreeObjects objects;
    std::vector<QByteArray> paths; // keeps the UTF-8 paths alive for the update list
    std::vector<git_tree_update> updates;
    paths.reserve(size_t(files.size()));
    updates.reserve(size_t(files.size()));
    for (const GitStatus::Entry &entry : files) {
        paths.push_back(entry.path.toUtf8());
        git_tree_update update {};
        update.path = paths.back().constData();
        if (entry.change == GitStatus::Change::Deleted) {
            update.action = GIT_TREE_UPDATE_REMOVE;
        } else {
            const QByteArray content = generated.file(entry.path);
            if (git_oid_fromstr(&update.id, entry.generatedId.toLatin1().constData()) < 0
                || batch.storeBlob(update.id, content) < 0)
                return gitError(
                    QCoreApplication::translate("Git", "Cannot store '%1'").arg(entry.path));
            update.action = GIT_TREE_UPDATE_UPSERT;
            update.filemode = GIT_FILEMODE_BLOB;
        }
        updates.push_back(update);
        objects.blobs.push_back(update.id);
    }
    git_oid treeId;
    git_tree *rawTree = nullptr;
    if (git_tree_create_updated(&treeId, repo, baseline->get(), updates.size(), updates.data()) < 0
        || git_tree_lookup(&rawTree, repo, &treeId) < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot build the commit's tree"));
    const TreeHandle tree(rawTree);

    Result<SignatureHandle> authorSignature = signature(author);
    if (!authorSignature)
        return authorSignature.error();
    Result<SignatureHandle> committerSignature = signature(committer);
    if (!committerSignature)
        return committerSignature.error();
    const QByteArray text = prettyMessage(message);
    const git_commit *parents[] = {parent->get()};
    if (git_commit_create(&objects.commit, repo, nullptr, authorSignature->get(),
                          committerSignature->get(), nullptr, text.constData(), tree.get(),
                          *parent ? 1 : 0, parents)
        < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot create the commit"));
    if (*parent)
        objects.parent = *git_commit_id(parent->get());
    objects.subject = text.left(text.indexOf('\n'));
    if (Status flushed = batch.flush(repo, objects.commit); !flushed)
        return flushed.error();
    return objects;
}

} // namespace Stackdraft::Core
