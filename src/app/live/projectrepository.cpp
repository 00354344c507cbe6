#include "app/live/projectrepository.h"

#include "core/model/project.h"

namespace Stackdraft::App {

Core::Result<ProjectRepository> ProjectRepository::open(const Core::Project &project,
                                                        const QString &projectFile)
{
    const QString location = Core::OutputPaths::repositoryLocation(project, projectFile);
    Core::Result<Core::GitRepository> repository
        = Core::GitRepository::open(location, Core::OutputPaths::searchesParents(project));
    if (!repository)
        return repository.error();
    const QString workTree = repository->workTree();
    Core::Result<Core::OutputPaths> paths = Core::OutputPaths::resolve(
        project, projectFile, workTree.isEmpty() ? location : workTree);
    if (!paths)
        return paths.error();
    return ProjectRepository {std::move(repository).value(), std::move(paths).value()};
}

QString ProjectRepository::absolutePath(const QString &exportPath) const
{
    return paths.workTree() + QLatin1Char('/') + repositoryPath(exportPath);
}

} // namespace Stackdraft::App
