#include "core/vcs/gitworkspace.h"

#include "core/catalog/catalog.h"
#include "core/cost/costengine.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "core/io/projectreader.h"
#include "core/vcs/commitmessagebuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Stackdraft::Core {

Result<GitWorkspace> GitWorkspace::load(const QString &projectFile,
                                        const QString &repositoryOverride, const Context &context)
{
    const QString absolute = QFileInfo(projectFile).absoluteFilePath();
    Result<Project> project = ProjectReader::readFile(absolute, *context.catalog);
    if (!project)
        return project.error();
    return fromProject(std::move(project).value(), absolute, repositoryOverride, context);
}

Result<GitWorkspace> GitWorkspace::fromProject(Project project, const QString &projectFile,
                                               const QString &repositoryOverride,
                                               const Context &context)
{
    GitWorkspace workspace;
    workspace.m_projectFile = QFileInfo(projectFile).absoluteFilePath();
    workspace.m_project = std::move(project);
    workspace.m_context = context;

    const ExporterRegistry &registry = *context.registry;
    if (registry.exporters().isEmpty()) {
        return Error {QCoreApplication::translate("GitWorkspace",
                                                  "No exporter plugins were found (searched: %1).")
                          .arg(ExporterRegistry::standardDirectories().join(QLatin1String(", ")))};
    }
    // The repository first: outside one there is nothing to do, and generating every format (the
    // largest allocation the app makes, hundreds of MB at 10,000 components) would be for nothing
    // — the status bar's Git indicator asks after every edit.
    const Project &model = workspace.m_project;
    const QString location
        = OutputPaths::repositoryLocation(model, workspace.m_projectFile, repositoryOverride);
    Result<GitRepository> repository
        = GitRepository::open(location, OutputPaths::searchesParents(model, repositoryOverride));
    if (!repository)
        return repository.error();
    workspace.m_repository.emplace(std::move(repository).value());

    ExportRequest request;
    request.catalog = context.catalog;
    request.priceBooks = context.priceBooks;
    Result<ExportSet> generated = registry.generate(workspace.m_project, request);
    if (!generated)
        return generated.error();
    const QString workTree = workspace.m_repository->workTree();
    // A bare repository has no working tree; the commit refuses it with the full explanation.
    Result<OutputPaths> paths = OutputPaths::resolve(model, workspace.m_projectFile,
                                                     workTree.isEmpty() ? location : workTree);
    if (!paths)
        return paths.error();
    workspace.m_paths = std::move(paths).value();
    OutputPaths::Placement placement = workspace.m_paths.place(*generated);
    workspace.m_files = std::move(placement.files);
    workspace.m_skipped = std::move(placement.skipped);
    return workspace;
}

Result<GitStatus> GitWorkspace::status() const
{
    return GitStatus::compute(*m_repository, m_files, m_paths.directories());
}

std::optional<Project> GitWorkspace::projectAtHead() const
{
    const QString path = m_repository->relativePath(m_projectFile);
    if (path.isEmpty())
        return std::nullopt;
    const Result<std::optional<QByteArray>> bytes = m_repository->fileAtHead(path);
    if (!bytes || !bytes->has_value())
        return std::nullopt;
    Result<Project> previous = ProjectReader::read(**bytes, path, *m_context.catalog);
    if (!previous)
        return std::nullopt; // an older file this version cannot read: summarise by files instead
    return std::move(previous).value();
}

QString GitWorkspace::repositoryPath(const QString &typed) const
{
    const QString clean = QDir::cleanPath(typed);
    if (m_files.contains(clean) || m_paths.owns(clean))
        return clean;
    if (m_paths.owns(m_paths.prefix() + clean))
        return m_paths.prefix() + clean;
    const QString relative = m_repository->relativePath(QFileInfo(typed).absoluteFilePath());
    return relative.isEmpty() ? clean : relative;
}

QString GitWorkspace::describe(const GitStatus &status) const
{
    CommitMessageBuilder builder(m_project);
    builder.setFileChanges(status);
    if (const std::optional<Project> previous = projectAtHead()) {
        builder.setPrevious(*previous);
        const Catalog &catalog = *m_context.catalog;
        const PriceBooks &books = *m_context.priceBooks;
        for (const Environment &environment : m_project.environments) {
            const Environment *before = previous->environment(environment.id);
            const double after
                = CostEngine::estimate(m_project, environment, catalog, books).total();
            const double old
                = before ? CostEngine::estimate(*previous, *before, catalog, books).total() : 0.0;
            builder.setMonthlyCost(environment.id, old, after);
        }
    }
    return builder.build();
}

Result<GeneratedTreeCommit::Outcome>
GitWorkspace::commit(GeneratedTreeCommit::Options options) const
{
    if (options.message.isEmpty() && !options.describe)
        options.describe = [this](const GitStatus &found) { return describe(found); };
    const GeneratedTreeCommit committer(*m_repository, m_paths);
    return committer.commit(m_files, options);
}

} // namespace Stackdraft::Core
