#include "core/vcs/generatedtreerepair.h"

#include "core/vcs/generatedindex.h"
#include "core/vcs/giterror.h"
#include "core/vcs/githandle.h"
#include "core/vcs/workingtreewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <optional>
#include <vector>

namespace Stackdraft::Core {

namespace {

using ObjectHandle = GitHandle<git_object, git_object_free>;
using CommitHandle = GitHandle<git_commit, git_commit_free>;
using TreeHandle = GitHandle<git_tree, git_tree_free>;
using TreeEntryHandle = GitHandle<git_tree_entry, git_tree_entry_free>;
using DiffHandle = GitHandle<git_diff, git_diff_free>;
using BlobHandle = GitHandle<git_blob, git_blob_free>;

std::optional<git_oid> idInTree(git_tree *tree, const char *path)
{
    if (!tree)
        return std::nullopt;
    git_tree_entry *raw = nullptr;
    if (git_tree_entry_bypath(&raw, tree, path) < 0) {
        git_error_clear();
        return std::nullopt;
    }
    const TreeEntryHandle entry(raw);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return std::nullopt;
    return *git_tree_entry_id(entry.get());
}

std::optional<git_oid> idOf(const git_diff_file &file)
{
    if (!(file.flags & GIT_DIFF_FLAG_EXISTS))
        return std::nullopt;
    return file.id;
}

bool same(const std::optional<git_oid> &a, const std::optional<git_oid> &b)
{
    return a.has_value() == b.has_value() && (!a || git_oid_equal(&*a, &*b));
}

// What the working tree holds at `path`: nullopt when there is no regular file.
std::optional<git_oid> onDisk(git_repository *repo, const QString &absolute, const char *path)
{
    const QFileInfo info(absolute);
    if (!info.isFile() || info.isSymLink())
        return std::nullopt;
    git_oid id;
    if (git_repository_hashfile(&id, repo, QFile::encodeName(absolute).constData(), GIT_OBJECT_BLOB,
                                path)
        < 0) {
        git_error_clear();
        return std::nullopt;
    }
    return id;
}

struct Trees
{
    TreeHandle head;
    TreeHandle parent; // null for a root commit
};

Result<Trees> headTrees(git_repository *repo)
{
    git_object *raw = nullptr;
    if (git_revparse_single(&raw, repo, "HEAD^{commit}") < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot read HEAD"));
    const CommitHandle head(reinterpret_cast<git_commit *>(raw));
    Trees trees;
    git_tree *rawTree = nullptr;
    if (git_commit_tree(&rawTree, head.get()) < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot read HEAD's tree"));
    trees.head.reset(rawTree);
    if (git_commit_parentcount(head.get()) > 0) {
        git_commit *rawParent = nullptr;
        if (git_commit_parent(&rawParent, head.get(), 0) < 0)
            return gitError(QCoreApplication::translate("Git", "Cannot read HEAD's parent"));
        const CommitHandle parent(rawParent);
        if (git_commit_tree(&rawTree, parent.get()) < 0)
            return gitError(QCoreApplication::translate("Git", "Cannot read HEAD's parent"));
        trees.parent.reset(rawTree);
    }
    return trees;
}

Status writeBlob(git_repository *repo, const WorkingTreeWriter &writer, const QString &path,
                 const git_oid &id)
{
    git_blob *raw = nullptr;
    if (git_blob_lookup(&raw, repo, &id) < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot read '%1' in HEAD").arg(path));
    const BlobHandle blob(raw);
    return writer.write(path,
                        QByteArray(static_cast<const char *>(git_blob_rawcontent(raw)),
                                   qsizetype(git_blob_rawsize(raw))));
}

} // namespace

Result<QStringList> GeneratedTreeRepair::run(git_repository *repo, const OutputPaths &paths)
{
    if (git_repository_head_unborn(repo) == 1 || git_repository_is_bare(repo) == 1)
        return QStringList();
    Result<Trees> trees = headTrees(repo);
    if (!trees)
        return trees.error();
    GeneratedIndex index;
    if (Status opened = index.open(repo); !opened)
        return opened.error();

    std::vector<QByteArray> specs;
    for (const QString &directory : paths.directories())
        specs.push_back(directory.toUtf8());
    std::vector<char *> specPointers;
    for (QByteArray &spec : specs)
        specPointers.push_back(spec.data());
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH;
    options.pathspec.strings = specPointers.data();
    options.pathspec.count = specPointers.size();
    git_diff *rawDiff = nullptr;
    if (git_diff_tree_to_index(&rawDiff, repo, trees->head.get(), index.get(), &options) < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot compare HEAD with the index"));
    const DiffHandle diff(rawDiff);

    const WorkingTreeWriter writer(paths);
    QStringList repaired;
    for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        if (delta->status == GIT_DELTA_CONFLICTED)
            continue;
        const char *rawPath = delta->old_file.path ? delta->old_file.path : delta->new_file.path;
        const QString path = QString::fromUtf8(rawPath);
        if (!paths.owns(path))
            continue;
        const std::optional<git_oid> atHead = idOf(delta->old_file);
        const std::optional<git_oid> staged = idOf(delta->new_file);
        const std::optional<git_oid> atParent = idInTree(trees->parent.get(), rawPath);
        if (!same(staged, atParent))
            continue; // the user staged something of their own here
        const QString absolute = paths.workTree() + QLatin1Char('/') + path;
        const std::optional<git_oid> file = onDisk(repo, absolute, rawPath);
        const bool stale = !file || same(file, atParent);
        Status done = success();
        if (atHead) {
            if (stale)
                done = writeBlob(repo, writer, path, *atHead);
            // Stat data only when the file is HEAD's: a user's edit must keep looking modified.
            if (done)
                done = index.stage(path, stale || same(file, atHead) ? absolute : QString(),
                                   *atHead);
        } else {
            if (file && stale)
                done = writer.remove(path);
            if (done)
                done = index.unstage(path);
        }
        if (!done)
            return done.error();
        repaired << path;
    }
    if (!repaired.isEmpty()) {
        // The files reach the disk before an index that vouches for their stat data.
        if (Status flushed = writer.flush(QString::fromUtf8(git_repository_path(repo))); !flushed)
            return flushed.error();
        if (Status written = index.write(); !written)
            return written.error();
    }
    return repaired;
}

} // namespace Stackdraft::Core
