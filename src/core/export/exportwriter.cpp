#include "core/export/exportwriter.h"

#include "core/export/atomicfile.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Stackdraft::Core {
namespace {

bool isInside(const QString &canonicalRoot, const QString &canonicalPath)
{
    return canonicalPath == canonicalRoot
        || canonicalPath.startsWith(canonicalRoot.endsWith(QLatin1Char('/'))
                                        ? canonicalRoot
                                        : canonicalRoot + QLatin1Char('/'));
}

// The deepest existing ancestor of `absolutePath` (itself included), resolved through symbolic
// links.
QString canonicalExistingAncestor(QString absolutePath)
{
    while (!absolutePath.isEmpty()) {
        const QFileInfo info(absolutePath);
        if (info.exists() || info.isSymLink())
            return info.canonicalFilePath();
        const QString parent = info.absolutePath();
        if (parent == absolutePath)
            break;
        absolutePath = parent;
    }
    return {};
}

} // namespace

QString ExportWriter::pathProblem(const QString &path)
{
    if (path.isEmpty())
        return QCoreApplication::translate("Stackdraft::Core::ExportWriter", "empty path");
    if (path.contains(QLatin1Char('\\')) || path.contains(QChar(0)))
        return QCoreApplication::translate("Stackdraft::Core::ExportWriter",
                                           "'%1' holds a backslash or NUL character")
            .arg(path);
    if (path.startsWith(QLatin1Char('/')) || QDir::isAbsolutePath(path))
        return QCoreApplication::translate(
                   "Stackdraft::Core::ExportWriter",
                   "'%1' is absolute; generated paths are relative to the output directory")
            .arg(path);
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return QCoreApplication::translate("Stackdraft::Core::ExportWriter",
                                               "'%1' has an empty, '.' or '..' segment")
                .arg(path);
    }
    return {};
}

Status ExportWriter::write(const ExportSet &set, const QString &outDir, const Progress &progress)
{
    if (outDir.isEmpty())
        return Error {QCoreApplication::translate("Stackdraft::Core::ExportWriter",
                                                  "no output directory given")};
    const QDir root(outDir);
    if (!QDir().mkpath(root.absolutePath()))
        return Error {QCoreApplication::translate("Stackdraft::Core::ExportWriter",
                                                  "cannot create the output directory"),
                      root.absolutePath()};
    const QString canonicalRoot = QFileInfo(root.absolutePath()).canonicalFilePath();

    // Check everything first, so a bad path writes nothing at all. Where a path leads is decided by
    // its directory (resolved once for all the files in it) and by the file itself when it exists.
    QHash<QString, bool> directoryInside;
    for (const QString &path : set.paths()) {
        const QString problem = pathProblem(path);
        if (!problem.isEmpty())
            return Error {
                QCoreApplication::translate("Stackdraft::Core::ExportWriter",
                                            "refusing to write outside the output directory: %1")
                    .arg(problem)};
        const QString target = root.absoluteFilePath(path);
        const QFileInfo info(target);
        auto inside = directoryInside.constFind(info.absolutePath());
        if (inside == directoryInside.cend()) {
            const QString existing = canonicalExistingAncestor(info.absolutePath());
            inside = directoryInside.insert(
                info.absolutePath(), !existing.isEmpty() && isInside(canonicalRoot, existing));
        }
        const bool leadsInside
            = *inside && (!info.isSymLink() || isInside(canonicalRoot, info.canonicalFilePath()));
        if (!leadsInside)
            return Error {QCoreApplication::translate(
                              "Stackdraft::Core::ExportWriter",
                              "refusing to write '%1': it leads outside the output directory")
                              .arg(path),
                          target};
        if (info.isDir() && !info.isSymLink())
            return Error {
                QCoreApplication::translate("Stackdraft::Core::ExportWriter",
                                            "cannot write '%1': a directory has that name")
                    .arg(path),
                target};
    }

    QSet<QString> madeDirectories;
    bool wroteAny = false;
    qsizetype done = 0;
    for (auto it = set.files().cbegin(); it != set.files().cend(); ++it) {
        const QString target = root.absoluteFilePath(it.key());
        const QString directory = QFileInfo(target).absolutePath();
        if (!madeDirectories.contains(directory)) {
            if (!QDir().mkpath(directory))
                return Error {QCoreApplication::translate("Stackdraft::Core::ExportWriter",
                                                          "cannot create the directory"),
                              directory};
            madeDirectories.insert(directory);
        }
        const Result<AtomicFile::Outcome> written = AtomicFile::write(target, it.value());
        if (!written)
            return written.error();
        if (*written == AtomicFile::Outcome::Unchanged)
            qCDebug(lcExport) << "unchanged" << target;
        wroteAny = wroteAny || *written == AtomicFile::Outcome::Written;
        if (progress && !progress(++done, it.key()))
            break;
    }
    return wroteAny ? AtomicFile::flush({canonicalRoot}) : success();
}

} // namespace Stackdraft::Core
