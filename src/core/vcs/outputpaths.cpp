#include "core/vcs/outputpaths.h"

#include "core/model/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Stackdraft::Core {

namespace {

QString projectDirectory(const QString &projectFile)
{
    return QFileInfo(projectFile).absoluteDir().absolutePath();
}

} // namespace

QStringList OutputPaths::defaultDirectories()
{
    return {QStringLiteral("deploy"), QStringLiteral("docs")};
}

QString OutputPaths::repositoryLocation(const Project &project, const QString &projectFile,
                                        const QString &override)
{
    if (!override.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(override));
    const QDir base(projectDirectory(projectFile));
    if (!project.output.repository.isEmpty())
        return QDir::cleanPath(base.absoluteFilePath(project.output.repository));
    return base.absolutePath();
}

bool OutputPaths::searchesParents(const Project &project, const QString &override)
{
    return override.isEmpty() && project.output.repository.isEmpty();
}

bool OutputPaths::isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.contains(QLatin1Char('\\'))
        || path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..")
            || part.compare(QLatin1String(".git"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

Result<OutputPaths> OutputPaths::resolve(const Project &project, const QString &projectFile,
                                         const QString &workTree)
{
    OutputPaths paths;
    paths.m_workTree = QDir::cleanPath(QFileInfo(workTree).absoluteFilePath());
    const QString projectDir = QDir::cleanPath(projectDirectory(projectFile));
    // Canonical forms so that a symlinked temp or home directory still compares equal.
    const QString canonicalTree = QFileInfo(paths.m_workTree).canonicalFilePath();
    const QString canonicalProject = QFileInfo(projectDir).canonicalFilePath();
    if (!canonicalTree.isEmpty() && !canonicalProject.isEmpty()
        && (canonicalProject == canonicalTree
            || canonicalProject.startsWith(canonicalTree + QLatin1Char('/')))) {
        const QString relative = QDir(canonicalTree).relativeFilePath(canonicalProject);
        if (relative != QLatin1String("."))
            paths.m_prefix = relative + QLatin1Char('/');
    }

    const QStringList declared
        = project.output.directories.isEmpty() ? defaultDirectories() : project.output.directories;
    for (qsizetype i = 0; i < declared.size(); ++i) {
        QString directory = declared.at(i).trimmed();
        while (directory.endsWith(QLatin1Char('/')))
            directory.chop(1);
        if (!isSafeRelativePath(directory)) {
            Error error;
            error.file = projectFile;
            error.field = QStringLiteral("output.directories[%1]").arg(i);
            error.message = QCoreApplication::translate(
                                "Git",
                                "Output directory '%1' must be a relative path inside the "
                                "repository without '..' or '.git'.")
                                .arg(declared.at(i));
            return error;
        }
        paths.m_directories.append(paths.m_prefix + directory);
    }
    paths.m_directories.removeDuplicates();
    return paths;
}

bool OutputPaths::owns(const QString &repoPath) const
{
    if (!isSafeRelativePath(repoPath))
        return false;
    for (const QString &directory : m_directories) {
        if (repoPath.startsWith(directory + QLatin1Char('/')))
            return true;
    }
    return false;
}

OutputPaths::Placement OutputPaths::place(const ExportSet &exported) const
{
    Placement placement;
    for (auto it = exported.files().cbegin(); it != exported.files().cend(); ++it) {
        const QString repoPath = m_prefix + it.key();
        if (isSafeRelativePath(it.key()) && owns(repoPath))
            placement.files.add(repoPath, it.value());
        else
            placement.skipped.append(it.key());
    }
    return placement;
}

} // namespace Stackdraft::Core
