#include "cli/gitworkspace.h"

#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "core/io/projectreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Stackdraft::Cli {

using namespace Stackdraft::Core;

Result<GitWorkspace> GitWorkspace::load(const QString &projectFile,
                                        const QString &repositoryOverride)
{
    GitWorkspace workspace;
    workspace.m_projectFile = QFileInfo(projectFile).absoluteFilePath();
    const Catalog &catalog = Catalog::standard();
    Result<Project> project = ProjectReader::readFile(workspace.m_projectFile, catalog);
    if (!project)
        return project.error();
    workspace.m_project = std::move(project).value();

    const ExporterRegistry &registry = ExporterRegistry::standard();
    if (registry.exporters().isEmpty()) {
        return Error {QCoreApplication::translate("GitWorkspace",
                                                  "No exporter plugins were found (searched: %1).")
                          .arg(ExporterRegistry::standardDirectories().join(QLatin1String(", ")))};
    }
    ExportRequest request;
    request.catalog = &catalog;
    request.priceBooks = &PriceBooks::standard();
    Result<ExportSet> generated = registry.generate(workspace.m_project, request);
    if (!generated)
        return generated.error();

    const Project &model = workspace.m_project;
    const QString location
        = OutputPaths::repositoryLocation(model, workspace.m_projectFile, repositoryOverride);
    Result<GitRepository> repository
        = GitRepository::open(location, OutputPaths::searchesParents(model, repositoryOverride));
    if (!repository)
        return repository.error();
    workspace.m_repository.emplace(std::move(repository).value());
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
    Result<Project> previous = ProjectReader::read(**bytes, path, Catalog::standard());
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

void GitWorkspace::printChanges(QTextStream &out, const QList<GitStatus::Entry> &entries)
{
    for (const GitStatus::Entry &entry : entries) {
        out << "  " << GitStatus::changeName(entry.change).leftJustified(10) << ' ' << entry.path;
        if (entry.userEdited)
            out << "  "
                << QCoreApplication::translate("GitWorkspace", "(edited since the last commit)");
        out << '\n';
    }
}

} // namespace Stackdraft::Cli
