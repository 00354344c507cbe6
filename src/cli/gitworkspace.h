#pragma once

#include "core/export/exportset.h"
#include "core/model/project.h"
#include "core/result.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/gitstatus.h"
#include "core/vcs/outputpaths.h"

#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace Stackdraft::Cli {

// What `commit` and `diff` share: the project read from its file, every output generated (all
// formats, all environments), the repository it goes to and the generated files placed at their
// repository paths.
class GitWorkspace final
{
public:
    static Core::Result<GitWorkspace> load(const QString &projectFile,
                                           const QString &repositoryOverride);

    const Core::Project &project() const { return m_project; }
    const QString &projectFile() const { return m_projectFile; }
    const Core::GitRepository &repository() const { return *m_repository; }
    const Core::OutputPaths &paths() const { return m_paths; }
    const Core::ExportSet &files() const { return m_files; } // repository-relative paths
    const QStringList &skipped() const
    {
        return m_skipped;
    } // generated outside the output directories

    Core::Result<Core::GitStatus> status() const;
    // The project as committed in HEAD, when its file is tracked there and still reads.
    std::optional<Core::Project> projectAtHead() const;
    // A path the user typed (repository-relative, relative to the export layout, or a file path) as
    // a repository-relative path.
    QString repositoryPath(const QString &typed) const;

    // One line per changed file: "  new       deploy/...".
    static void printChanges(QTextStream &out, const QList<Core::GitStatus::Entry> &entries);

private:
    Core::Project m_project;
    QString m_projectFile;
    std::optional<Core::GitRepository> m_repository;
    Core::OutputPaths m_paths;
    Core::ExportSet m_files;
    QStringList m_skipped;
};

} // namespace Stackdraft::Cli
