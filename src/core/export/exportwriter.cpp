#include "core/export/exportwriter.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cstdio>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

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

// Replaces `target` with `bytes` through a new file in the same directory renamed over it, so a
// reader sees the old bytes or the new ones, never a mix. The new file is created as an ordinary
// file would be (the umask decides its mode) and takes the mode of the file it replaces. It is not
// flushed to disk here: write() flushes the whole tree once at the end, where one fdatasync per
// file made a 2,000-file export spend ten seconds waiting for the disk.
Status replaceFile(const QString &target, const QByteArray &bytes)
{
    const QFileInfo info(target);
    QFile temporary;
    for (int attempt = 0; !temporary.isOpen(); ++attempt) {
        temporary.setFileName(info.absolutePath()
                              + QStringLiteral("/.%1.stackdraft-%2-%3")
                                    .arg(info.fileName())
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(attempt));
        if (!temporary.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            && (temporary.error() != QFileDevice::OpenError || !temporary.exists() || attempt > 16))
            return Error {QCoreApplication::translate("Stackdraft::Core::ExportWriter",
                                                      "cannot write the file: %1")
                              .arg(temporary.errorString()),
                          target};
    }
    const bool written = temporary.write(bytes) == bytes.size() && temporary.flush();
    const QString failure = temporary.errorString();
    temporary.close();
    std::error_code renamed;
    if (written) {
        if (info.exists() && !info.isSymLink())
            temporary.setPermissions(info.permissions());
        std::filesystem::rename(std::filesystem::path(temporary.fileName().toStdU16String()),
                                std::filesystem::path(target.toStdU16String()), renamed);
    }
    if (!written || renamed) {
        temporary.remove();
        return Error {QCoreApplication::translate("Stackdraft::Core::ExportWriter",
                                                  "cannot write the file: %1")
                          .arg(written ? QString::fromStdString(renamed.message()) : failure),
                      target};
    }
    return success();
}

// Flushes what write() wrote under `directory` to disk, once for the whole file system.
void flushFileSystem(const QString &directory)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory);
#endif
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

Status ExportWriter::write(const ExportSet &set, const QString &outDir)
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

    // Check everything first, so a bad path writes nothing at all.
    for (const QString &path : set.paths()) {
        const QString problem = pathProblem(path);
        if (!problem.isEmpty())
            return Error {
                QCoreApplication::translate("Stackdraft::Core::ExportWriter",
                                            "refusing to write outside the output directory: %1")
                    .arg(problem)};
        const QString target = root.absoluteFilePath(path);
        const QString existing = canonicalExistingAncestor(target);
        if (existing.isEmpty() || !isInside(canonicalRoot, existing))
            return Error {QCoreApplication::translate(
                              "Stackdraft::Core::ExportWriter",
                              "refusing to write '%1': it leads outside the output directory")
                              .arg(path),
                          target};
        const QFileInfo info(target);
        if (info.isDir() && !info.isSymLink())
            return Error {
                QCoreApplication::translate("Stackdraft::Core::ExportWriter",
                                            "cannot write '%1': a directory has that name")
                    .arg(path),
                target};
    }

    QSet<QString> madeDirectories;
    bool wroteAny = false;
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
        QFile current(target);
        if (current.open(QIODevice::ReadOnly) && current.readAll() == it.value()) {
            qCDebug(lcExport) << "unchanged" << target;
            continue;
        }
        current.close();
        if (Status replaced = replaceFile(target, it.value()); !replaced)
            return replaced;
        wroteAny = true;
    }
    if (wroteAny)
        flushFileSystem(canonicalRoot);
    return success();
}

} // namespace Stackdraft::Core
