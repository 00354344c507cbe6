#pragma once

#include "core/result.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/outputpaths.h"

#include <QString>

namespace Stackdraft::Core {
struct Project;
}

namespace Stackdraft::App {

// The git repository a project's generated files go to, with its output paths: found the way
// `stackdraft commit` finds it (Project::output.repository, else the repository holding the project
// file). Safe to use on a worker thread; each owner opens its own.
struct ProjectRepository
{
    static Core::Result<ProjectRepository> open(const Core::Project &project,
                                                const QString &projectFile);

    Core::GitRepository repository;
    Core::OutputPaths paths;

    // Where a path of the export layout is in the repository ("infra/" + path).
    QString repositoryPath(const QString &exportPath) const { return paths.prefix() + exportPath; }
    QString absolutePath(const QString &exportPath) const;
};

} // namespace Stackdraft::App
