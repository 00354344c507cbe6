#include "app/live/commitplan.h"

#include "app/live/projectrepository.h"
#include "core/cost/costengine.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "core/io/projectreader.h"
#include "core/vcs/commitmessagebuilder.h"
#include "core/vcs/generatedtreecommit.h"
#include "core/vcs/gitdiff.h"
#include "core/vcs/gitpush.h"

#include <QRegularExpression>

namespace Stackdraft::App {
namespace {

Core::Result<ProjectRepository> openRepository(const Core::Project &project,
                                               const QString &projectFile, const QString &override)
{
    if (override.isEmpty())
        return ProjectRepository::open(project, projectFile);
    Core::Result<Core::GitRepository> repository = Core::GitRepository::open(override, false);
    if (!repository)
        return repository.error();
    const QString workTree = repository->workTree();
    Core::Result<Core::OutputPaths> paths = Core::OutputPaths::resolve(
        project, projectFile, workTree.isEmpty() ? override : workTree);
    if (!paths)
        return paths.error();
    return ProjectRepository {std::move(repository).value(), std::move(paths).value()};
}

// The design as committed in HEAD, when the project file is tracked there and still reads.
std::optional<Core::Project> projectAtHead(const ProjectRepository &repository,
                                           const QString &projectFile, const Core::Catalog &catalog)
{
    const QString path = repository.repository.relativePath(projectFile);
    if (path.isEmpty())
        return std::nullopt;
    const Core::Result<std::optional<QByteArray>> bytes = repository.repository.fileAtHead(path);
    if (!bytes || !bytes->has_value())
        return std::nullopt;
    Core::Result<Core::Project> previous = Core::ProjectReader::read(**bytes, path, catalog);
    if (!previous)
        return std::nullopt;
    return std::move(previous).value();
}

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

Core::Result<CommitPlan> CommitPlan::prepare(const Input &input)
{
    if (input.projectFile.isEmpty())
        return Core::Error {
            tr("Save the project first: the repository is found from the project file.")};
    CommitPlan plan;
    plan.projectFile = input.projectFile;
    plan.repositoryOverride = input.repositoryOverride;
    Core::ExportRequest request;
    request.catalog = input.catalog;
    const Core::Result<Core::ExportSet> generated
        = input.registry->generate(input.project, request);
    if (!generated)
        return generated.error();
    const Core::Result<ProjectRepository> repository
        = openRepository(input.project, input.projectFile, input.repositoryOverride);
    if (!repository)
        return repository.error();
    plan.repositoryLocation = repository->repository.workTree().isEmpty()
        ? repository->repository.gitDir()
        : repository->repository.workTree();
    plan.workTree = repository->repository.workTree();
    plan.paths = repository->paths;
    plan.branch = repository->repository.currentBranch();
    if (const Core::Status can = repository->repository.checkCanCommit(); !can)
        plan.cannotCommit = can.error().message;
    if (const auto author = repository->repository.configuredAuthor())
        plan.author = *author;
    else
        plan.authorProblem = author.error().message;

    Core::OutputPaths::Placement placement = repository->paths.place(*generated);
    plan.files = std::move(placement.files);
    plan.skipped = std::move(placement.skipped);
    const Core::Result<Core::GitStatus> status = Core::GitStatus::compute(
        repository->repository, plan.files, repository->paths.directories());
    if (!status)
        return status.error();
    plan.changes = status->changed();
    if (input.statusOnly)
        return plan;
    if (status->hasChanges()) {
        const Core::Result<QString> diff
            = Core::GitDiff::unified(repository->repository, *status, plan.files);
        if (!diff)
            return diff.error();
        plan.diffs = splitDiff(*diff);
    }

    Core::CommitMessageBuilder builder(input.project);
    builder.setFileChanges(*status);
    if (const std::optional<Core::Project> previous
        = projectAtHead(*repository, input.projectFile, *input.catalog)) {
        builder.setPrevious(*previous);
        const Core::PriceBooks &books = Core::PriceBooks::standard();
        for (const Core::Environment &environment : input.project.environments) {
            const Core::Environment *before = previous->environment(environment.id);
            builder.setMonthlyCost(
                environment.id,
                before
                    ? Core::CostEngine::estimate(*previous, *before, *input.catalog, books).total()
                    : 0.0,
                Core::CostEngine::estimate(input.project, environment, *input.catalog, books)
                    .total());
        }
    }
    plan.message = builder.build();
    return plan;
}

Core::Result<CommitPlan::Outcome> CommitPlan::commit(const Options &options) const
{
    // Re-opened here, on the committing thread; the output paths are the plan's.
    Core::Result<Core::GitRepository> repository
        = Core::GitRepository::open(repositoryLocation, false);
    if (!repository)
        return repository.error();
    Core::GeneratedTreeCommit committer(*repository, paths);
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
