#include "core/vcs/gitrepository.h"

#include "core/logging.h"
#include "core/vcs/giterror.h"
#include "core/vcs/githandle.h"
#include "core/vcs/gitlibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <git2.h>

namespace Stackdraft::Core {

namespace {

using RepositoryHandle = GitHandle<git_repository, git_repository_free>;
using ReferenceHandle = GitHandle<git_reference, git_reference_free>;
using ObjectHandle = GitHandle<git_object, git_object_free>;
using TreeEntryHandle = GitHandle<git_tree_entry, git_tree_entry_free>;
using SignatureHandle = GitHandle<git_signature, git_signature_free>;

QString withoutTrailingSlash(const char *path)
{
    QString text = QString::fromUtf8(path);
    while (text.size() > 1 && text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

struct GitRepository::Private
{
    GitLibrary library; // declared first: destroyed after the handle
    RepositoryHandle repository;
};

GitRepository::GitRepository(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

GitRepository::GitRepository(GitRepository &&other) noexcept = default;
GitRepository &GitRepository::operator=(GitRepository &&other) noexcept = default;
GitRepository::~GitRepository() = default;

Result<GitRepository> GitRepository::open(const QString &path, bool searchParents)
{
    auto d = std::make_unique<Private>();
    git_repository *raw = nullptr;
    const unsigned flags = searchParents ? 0u : unsigned(GIT_REPOSITORY_OPEN_NO_SEARCH);
    const int rc
        = git_repository_open_ext(&raw, QFile::encodeName(path).constData(), flags, nullptr);
    d->repository.reset(raw);
    if (rc == GIT_ENOTFOUND) {
        git_error_clear();
        return Error {
            QCoreApplication::translate(
                "Git",
                "No git repository at '%1': run 'git init' there, or set output.repository in the "
                "project file (or pass --repo DIR).")
                .arg(QDir::toNativeSeparators(path))};
    }
    if (rc < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot open the git repository at '%1'")
                            .arg(QDir::toNativeSeparators(path)));
    qCDebug(lcGit) << "opened" << git_repository_path(raw);
    return GitRepository(std::move(d));
}

Result<GitRepository> GitRepository::init(const QString &path)
{
    auto d = std::make_unique<Private>();
    git_repository *raw = nullptr;
    const int rc = git_repository_init(&raw, QFile::encodeName(path).constData(), 0);
    d->repository.reset(raw);
    if (rc < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot create a git repository at '%1'")
                            .arg(QDir::toNativeSeparators(path)));
    return GitRepository(std::move(d));
}

QString GitRepository::gitDir() const
{
    return withoutTrailingSlash(git_repository_path(d->repository.get()));
}

QString GitRepository::workTree() const
{
    const char *workdir = git_repository_workdir(d->repository.get());
    return workdir ? withoutTrailingSlash(workdir) : QString();
}

bool GitRepository::isBare() const
{
    return git_repository_is_bare(d->repository.get()) == 1;
}

bool GitRepository::isHeadUnborn() const
{
    return git_repository_head_unborn(d->repository.get()) == 1;
}

bool GitRepository::isHeadDetached() const
{
    return git_repository_head_detached(d->repository.get()) == 1;
}

QString GitRepository::currentBranch() const
{
    git_reference *raw = nullptr;
    if (git_reference_lookup(&raw, d->repository.get(), "HEAD") < 0) {
        git_error_clear();
        return {};
    }
    const ReferenceHandle head(raw);
    if (git_reference_type(head.get()) != GIT_REFERENCE_SYMBOLIC)
        return {};
    const QString target = QString::fromUtf8(git_reference_symbolic_target(head.get()));
    const QLatin1String heads("refs/heads/");
    return target.startsWith(heads) ? target.mid(heads.size()) : QString();
}

bool GitRepository::hasBranch(const QString &name) const
{
    git_reference *raw = nullptr;
    const int rc
        = git_branch_lookup(&raw, d->repository.get(), name.toUtf8().constData(), GIT_BRANCH_LOCAL);
    ReferenceHandle branch(raw);
    git_error_clear();
    return rc == 0;
}

bool GitRepository::isValidBranchName(const QString &name)
{
    const GitLibrary library;
    int valid = 0;
    if (git_branch_name_is_valid(&valid, name.toUtf8().constData()) < 0) {
        git_error_clear();
        return false;
    }
    return valid == 1;
}

Result<GitAuthor> GitRepository::configuredAuthor() const
{
    git_signature *raw = nullptr;
    const int rc = git_signature_default(&raw, d->repository.get());
    const SignatureHandle signature(raw);
    if (rc < 0) {
        git_error_clear();
        return Error {QCoreApplication::translate(
            "Git",
            "No git identity is configured: run git config --global user.name \"Your Name\" "
            "and git config --global user.email \"you@example.com\", or pass "
            "--author \"Name <e-mail>\".")};
    }
    return GitAuthor {QString::fromUtf8(signature->name), QString::fromUtf8(signature->email)};
}

Status GitRepository::checkCanCommit() const
{
    git_repository *repository = d->repository.get();
    if (isBare()) {
        return Error {
            QCoreApplication::translate(
                "Git",
                "'%1' is a bare repository, which has no working tree to write the generated files "
                "to: clone it and commit into the clone.")
                .arg(QDir::toNativeSeparators(gitDir()))};
    }
    if (isHeadDetached()) {
        return Error {
            QCoreApplication::translate(
                "Git",
                "HEAD is detached in '%1' (no branch is checked out): check out a branch with "
                "'git switch BRANCH' and try again.")
                .arg(QDir::toNativeSeparators(workTree()))};
    }
    const QString lock = gitDir() + QStringLiteral("/index.lock");
    if (QFileInfo::exists(lock)) {
        return Error {
            QCoreApplication::translate(
                "Git",
                "The git index is locked ('%1' exists): another git process is running, or one "
                "stopped abruptly. Wait for it to finish, or remove the file if no git process is "
                "running.")
                .arg(QDir::toNativeSeparators(lock))};
    }
    const int state = git_repository_state(repository);
    if (state != GIT_REPOSITORY_STATE_NONE) {
        return Error {
            QCoreApplication::translate(
                "Git",
                "A merge, rebase, cherry-pick or revert is in progress in '%1': finish or abort it "
                "first.")
                .arg(QDir::toNativeSeparators(workTree()))};
    }
    return success();
}

Result<std::optional<QByteArray>> GitRepository::fileAtHead(const QString &repoPath) const
{
    if (isHeadUnborn())
        return std::optional<QByteArray>();
    git_object *rawTree = nullptr;
    if (git_revparse_single(&rawTree, d->repository.get(), "HEAD^{tree}") < 0)
        return gitError(QCoreApplication::translate("Git", "Cannot read HEAD"));
    const ObjectHandle tree(rawTree);
    git_tree_entry *rawEntry = nullptr;
    const int rc = git_tree_entry_bypath(&rawEntry, reinterpret_cast<git_tree *>(tree.get()),
                                         repoPath.toUtf8().constData());
    const TreeEntryHandle entry(rawEntry);
    if (rc == GIT_ENOTFOUND) {
        git_error_clear();
        return std::optional<QByteArray>();
    }
    if (rc < 0)
        return gitError(
            QCoreApplication::translate("Git", "Cannot read '%1' in HEAD").arg(repoPath));
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return std::optional<QByteArray>();
    git_object *rawBlob = nullptr;
    if (git_tree_entry_to_object(&rawBlob, d->repository.get(), entry.get()) < 0)
        return gitError(
            QCoreApplication::translate("Git", "Cannot read '%1' in HEAD").arg(repoPath));
    const ObjectHandle blob(rawBlob);
    const auto *content = reinterpret_cast<const git_blob *>(blob.get());
    return std::optional<QByteArray>(
        QByteArray(static_cast<const char *>(git_blob_rawcontent(content)),
                   qsizetype(git_blob_rawsize(content))));
}

QString GitRepository::relativePath(const QString &absolutePath) const
{
    const QString tree = workTree();
    if (tree.isEmpty())
        return {};
    const QString canonicalTree = QFileInfo(tree).canonicalFilePath();
    QFileInfo info(absolutePath);
    // The file itself may not exist yet: canonicalise its directory.
    const QString canonicalDir = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (canonicalTree.isEmpty() || canonicalDir.isEmpty())
        return {};
    const QString canonical = canonicalDir + QLatin1Char('/') + info.fileName();
    if (!canonical.startsWith(canonicalTree + QLatin1Char('/')))
        return {};
    return canonical.mid(canonicalTree.size() + 1);
}

} // namespace Stackdraft::Core
