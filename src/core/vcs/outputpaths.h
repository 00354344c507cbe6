#pragma once

#include "core/export/exportset.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

struct Project;

// Where a project's generated files live inside a git working tree. Project::output names them
// relative to the project file's directory; this resolves them to repository-relative paths and is
// the one place that decides whether a path belongs to us (only those are ever written, staged or
// deleted).
class OutputPaths final
{
public:
    // Directories the generated files go to when the project does not say (the export layout's
    // roots).
    static QStringList defaultDirectories();

    // Where to look for the repository: `override` (e.g. --repo, relative to the current
    // directory), else Project::output.repository relative to the project file's directory, else
    // that directory itself.
    static QString repositoryLocation(const Project &project, const QString &projectFile,
                                      const QString &override = {});
    // Whether the repository may be found in a parent of repositoryLocation() (only in the default
    // case).
    static bool searchesParents(const Project &project, const QString &override = {});

    // Output directories are relative to the project file's directory when it is inside `workTree`,
    // else to the root of `workTree`.
    static Result<OutputPaths> resolve(const Project &project, const QString &projectFile,
                                       const QString &workTree);

    QString workTree() const { return m_workTree; }
    // Repository-relative directory the export layout is rooted at ("" or e.g. "infra/").
    QString prefix() const { return m_prefix; }
    // Repository-relative output directories, e.g. {"infra/deploy", "infra/docs"}.
    QStringList directories() const { return m_directories; }

    // Whether a repository-relative path is inside one of the output directories.
    bool owns(const QString &repoPath) const;

    // Exported files (paths relative to the export layout) moved to repository-relative paths;
    // files outside the output directories are left out and listed in `skipped`.
    struct Placement
    {
        ExportSet files;
        QStringList skipped;
    };
    Placement place(const ExportSet &exported) const;

    // A clean relative path: no "..", no ".git" component, not absolute, not empty.
    static bool isSafeRelativePath(const QString &path);

private:
    QString m_workTree;
    QString m_prefix;
    QStringList m_directories;
};

} // namespace Stackdraft::Core
