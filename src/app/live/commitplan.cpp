#include "app/live/commitplan.h"

#include "core/vcs/generatedtreecommit.h"
#include "core/vcs/gitdiff.h"
#include "core/vcs/gitpush.h"
#include "core/vcs/gitworkspace.h"

#include <QRegularExpression>

namespace Stackdraft::App {
namespace {

// `git diff` output cut at each "diff --git a/X b/X" header.
QMap<QString, QString> splitDiff(const QString &unified)
{
    static const QRegularExpression header(QStringLiteral("^diff --git a/(.*) b/"),
                                           QRegularExpression::MultilineOption);
    QMap<QString, QString> out;
    QRegularExpressionMatchIterator it = header.globalMatch(unified);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches << it.next();
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const qsizetype start = matches.at(i).capturedStart();
        const qsizetype end
            = i + 1 < matches.size() ? matches.at(i + 1).capturedStart() : unified.size();
        out.insert(matches.at(i).captured(1), unified.mid(start, end - start));
    }
    return out;
}

} // namespace

// The export-and-commit use case is Core::GitWorkspace's, shared with `stackdraft commit` and
// `stackdraft diff`: the same generation, repository, output paths and message. The plan copies out
// what the dialog shows and what commit() needs, so it can cross threads.
Core::Result<CommitPlan> CommitPlan::prepare(const Input &input)
{
    if (input.projectFile.isEmpty())
        return Core::Error {
            tr("Save the project first: the repository is found from the project file.")};
    const Core::Result<Core::GitWorkspace> workspace = Core::GitWorkspace::fromProject(
        input.project, input.projectFile, input.repositoryOverride,
        {input.catalog, input.priceBooks, input.registry});
    if (!workspace)
        return workspace.error();
    const Core::GitRepository &repository = workspace->repository();
    CommitPlan plan;
    plan.projectFile = input.projectFile;
    plan.repositoryOverride = input.repositoryOverride;
    plan.repositoryLocation
        = repository.workTree().isEmpty() ? repository.gitDir() : repository.workTree();
    plan.workTree = repository.workTree();
    plan.paths = workspace->paths();
    plan.branch = repository.currentBranch();
    if (const Core::Status can = repository.checkCanCommit(); !can)
        plan.cannotCommit = can.error().message;
    if (const auto author = repository.configuredAuthor())
        plan.author = *author;
    else
        plan.authorProblem = author.error().message;
    plan.files = workspace->files();
    plan.skipped = workspace->skipped();

    const Core::Result<Core::GitStatus> status = workspace->status();
    if (!status)
        return status.error();
    plan.changes = status->changed();
    if (input.statusOnly)
        return plan;
    if (status->hasChanges()) {
        const Core::Result<QString> diff = Core::GitDiff::unified(repository, *status, plan.files);
        if (!diff)
            return diff.error();
        plan.diffs = splitDiff(*diff);
    }
    plan.message = workspace->describe(*status);
    return plan;
}

Core::Result<CommitPlan::Outcome> CommitPlan::commit(const Options &options) const
{
    // Re-opened here, on the committing thread; the files and output paths are the plan's, so
    // exactly what the dialog showed is committed (GeneratedTreeCommit: the transaction).
    Core::Result<Core::GitRepository> repository
        = Core::GitRepository::open(repositoryLocation, false);
    if (!repository)
        return repository.error();
    const Core::GeneratedTreeCommit committer(*repository, paths);
    Core::GeneratedTreeCommit::Options commitOptions;
    commitOptions.message = options.message;
    commitOptions.branch = options.branch;
    commitOptions.forcedPaths = options.forcedPaths;
    const Core::Result<Core::GeneratedTreeCommit::Outcome> outcome
        = committer.commit(files, commitOptions);
    if (!outcome)
        return outcome.error();
    return Outcome {outcome->committed, outcome->commitId, outcome->branch,
                    int(outcome->files.size())};
}

Core::Result<QString>
CommitPlan::push(const QString &repositoryLocation, const QString &branch,
                 const std::function<bool(int current, int total, qint64 bytes)> &progress)
{
    const Core::Result<Core::GitRepository> repository
        = Core::GitRepository::open(repositoryLocation, false);
    if (!repository)
        return repository.error();
    return Core::GitPush::push(*repository, branch, {}, progress);
}

} // namespace Stackdraft::App
