#pragma once

#include "core/export/exportset.h"
#include "core/model/project.h"
#include "core/result.h"
#include "core/vcs/generatedtreecommit.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/gitstatus.h"
#include "core/vcs/outputpaths.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Stackdraft::Core {

class Catalog;
class ExporterRegistry;
class PriceBooks;

// The export-and-commit use case shared by `stackdraft commit`, `stackdraft diff` and the app's
// commit dialog: a project (read from its file, or the in-memory one with unsaved edits), every
// output generated (all formats, all environments), the repository it goes to and the generated
// files placed at their repository paths.
class GitWorkspace final
{
public:
    // What generating and describing the files needs; every pointer must outlive the workspace.
    struct Context
    {
        const Catalog *catalog = nullptr;
        const PriceBooks *priceBooks = nullptr;
        const ExporterRegistry *registry = nullptr;
    };

    // Reads `projectFile`, then as fromProject().
    static Result<GitWorkspace> load(const QString &projectFile, const QString &repositoryOverride,
                                     const Context &context);
    // `project` as it is in memory (it need not be saved); `projectFile` is where it lives (or
    // will), which locates the repository and the output directories.
    static Result<GitWorkspace> fromProject(Project project, const QString &projectFile,
                                            const QString &repositoryOverride,
                                            const Context &context);

    const Project &project() const { return m_project; }
    const QString &projectFile() const { return m_projectFile; }
    const GitRepository &repository() const { return *m_repository; }
    const OutputPaths &paths() const { return m_paths; }
    const ExportSet &files() const { return m_files; } // repository-relative paths
    // Generated outside the output directories, so never committed.
    const QStringList &skipped() const { return m_skipped; }

    Result<GitStatus> status() const;
    // The project as committed in HEAD, when its file is tracked there and still reads.
    std::optional<Project> projectAtHead() const;
    // A path the user typed (repository-relative, relative to the export layout, or a file path) as
    // a repository-relative path.
    QString repositoryPath(const QString &typed) const;
    // The commit message describing `status`: the design change since the project in HEAD with
    // its monthly cost deltas, or the changed files.
    QString describe(const GitStatus &status) const;

    // Commits the generated files (GeneratedTreeCommit); an empty options.message is replaced by
    // describe(). Safe to call again after a failure or a kill: it completes or repairs.
    Result<GeneratedTreeCommit::Outcome> commit(GeneratedTreeCommit::Options options) const;

private:
    Project m_project;
    QString m_projectFile;
    Context m_context;
    std::optional<GitRepository> m_repository;
    OutputPaths m_paths;
    ExportSet m_files;
    QStringList m_skipped;
};

} // namespace Stackdraft::Core
