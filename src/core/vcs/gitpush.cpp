#include "core/vcs/gitpush.h"

#include "core/echo.h"
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

using RemoteHandle = GitHandle<git_remote, git_remote_free>;

struct PushState
{
    int credentialAttempts = 0;
    QString credentialProblem;
    QString rejected; // "refs/heads/main: non-fast-forward"
    const GitPush::Progress *progress = nullptr;
    bool cancelled = false;
};

int transferProgress(unsigned int current, unsigned int total, size_t bytes, void *payload)
{
    auto *state = static_cast<PushState *>(payload);
    if (!state->progress || !*state->progress)
        return 0;
    if ((*state->progress)(int(current), int(total), qint64(bytes)))
        return 0;
    state->cancelled = true;
    return -1;
}

int acquireCredential(git_credential **out, const char *url, const char *userFromUrl,
                      unsigned int allowedTypes, void *payload)
{
    auto *state = static_cast<PushState *>(payload);
    // libgit2 asks again after a failed attempt; the agent will not answer differently, so stop
    // there.
    if (state->credentialAttempts++ > 0) {
        state->credentialProblem
            = QCoreApplication::translate(
                  "Git",
                  "The SSH server refused the keys offered by your ssh-agent for "
                  "'%1': add the right key with ssh-add.")
                  .arg(QString::fromUtf8(url));
        return GIT_EUSER;
    }
    const char *user = userFromUrl && *userFromUrl ? userFromUrl : "git";
    if (allowedTypes & GIT_CREDENTIAL_SSH_KEY) {
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            state->credentialProblem
                = QCoreApplication::translate(
                      "Git",
                      "Pushing to '%1' needs SSH authentication, but no ssh-agent is running "
                      "(SSH_AUTH_SOCK is not set): start one and add your key with ssh-add.")
                      .arg(QString::fromUtf8(url));
            return GIT_EUSER;
        }
        return git_credential_ssh_key_from_agent(out, user);
    }
    if (allowedTypes & GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, user);
    state->credentialProblem
        = QCoreApplication::translate(
              "Git",
              "The remote '%1' asks for a user name and password, which "
              "Stackdraft does not handle: use an SSH remote with your ssh-agent, "
              "or push with git.")
              .arg(QString::fromUtf8(url));
    return GIT_EUSER;
}

int updateReference(const char *refName, const char *status, void *payload)
{
    if (status) {
        static_cast<PushState *>(payload)->rejected
            = QStringLiteral("%1: %2").arg(QString::fromUtf8(refName), QString::fromUtf8(status));
    }
    return 0;
}

} // namespace

Result<QString> GitPush::push(const GitRepository &repository, const QString &branch,
                              const QString &remote)
{
    return push(repository, branch, remote, Progress());
}

Result<QString> GitPush::push(const GitRepository &repository, const QString &branch,
                              const QString &remote, const Progress &progress)
{
    const GitLibrary library;
    Result<RepositoryHandle> opened = openRepositoryHandle(repository);
    if (!opened)
        return opened.error();
    const RepositoryHandle repo = std::move(opened).value();
    const QByteArray refName = QByteArrayLiteral("refs/heads/") + branch.toUtf8();

    QString remoteName = remote;
    if (remoteName.isEmpty()) {
        git_buf buf = GIT_BUF_INIT;
        if (git_branch_upstream_remote(&buf, repo.get(), refName.constData()) == 0)
            remoteName = QString::fromUtf8(buf.ptr, qsizetype(buf.size));
        else
            remoteName = QStringLiteral("origin");
        git_buf_dispose(&buf);
        git_error_clear();
    }

    git_remote *rawRemote = nullptr;
    if (git_remote_lookup(&rawRemote, repo.get(), remoteName.toUtf8().constData()) < 0) {
        git_error_clear();
        return Error {
            QCoreApplication::translate(
                "Git", "There is no remote named '%1': add one with 'git remote add %1 URL'.")
                .arg(Echo::value(remoteName))};
    }
    const RemoteHandle gitRemote(rawRemote);

    PushState state;
    state.progress = &progress;
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    options.callbacks.credentials = &acquireCredential;
    options.callbacks.push_update_reference = &updateReference;
    options.callbacks.push_transfer_progress = &transferProgress;
    options.callbacks.payload = &state;
    QByteArray refspec = refName + ':' + refName;
    char *specs[] = {refspec.data()};
    const git_strarray refspecs = {specs, 1};
    const QString url = QString::fromUtf8(git_remote_url(gitRemote.get()));
    if (const int failed = git_remote_push(gitRemote.get(), &refspecs, &options); failed < 0) {
        // A local (file) remote refuses a non-fast-forward push with an error rather than through
        // push_update_reference: the same cause, the same advice.
        if (failed == GIT_ENONFASTFORWARD) {
            git_error_clear();
            return Error {QCoreApplication::translate(
                              "Git",
                              "The remote '%1' rejected the push (%2): it has commits this "
                              "repository does not have. Pull its changes first, then push again.")
                              .arg(Echo::value(remoteName), QStringLiteral("non-fast-forward"))};
        }
        if (state.cancelled) {
            git_error_clear();
            return Error {QCoreApplication::translate(
                              "Git", "The push to '%1' was cancelled; the remote is unchanged.")
                              .arg(Echo::value(remoteName))};
        }
        if (!state.credentialProblem.isEmpty()) {
            git_error_clear();
            return Error {state.credentialProblem};
        }
        return gitError(QCoreApplication::translate("Git", "Cannot push '%1' to '%2' (%3)")
                            .arg(Echo::value(branch), Echo::value(remoteName), Echo::value(url)));
    }
    if (!state.rejected.isEmpty()) {
        return Error {QCoreApplication::translate(
                          "Git", "The remote '%1' rejected the push (%2): pull its changes first.")
                          .arg(Echo::value(remoteName), Echo::value(state.rejected))};
    }
    return remoteName;
}

} // namespace Stackdraft::Core
