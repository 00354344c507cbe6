#include "core/vcs/workingtreewriter.h"

#include "core/export/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Stackdraft::Core {

WorkingTreeWriter::WorkingTreeWriter(OutputPaths paths)
    : m_paths(std::move(paths))
{
}

QString WorkingTreeWriter::absolute(const QString &repoPath) const
{
    return m_paths.workTree() + QLatin1Char('/') + repoPath;
}

Status WorkingTreeWriter::checkInside(const QString &repoPath) const
{
    if (!m_paths.owns(repoPath)) {
        return Error {
            QCoreApplication::translate("Git",
                                        "Refusing to touch '%1': it is outside the output "
                                        "directories (%2).")
                .arg(repoPath, m_paths.directories().join(QLatin1String(", ")))};
    }
    // Walk the existing part of the path: a symbolic link there could lead outside the working
    // tree.
    const QStringList parts = repoPath.split(QLatin1Char('/'));
    QString current = m_paths.workTree();
    for (const QString &part : parts) {
        current += QLatin1Char('/') + part;
        const QFileInfo info(current);
        if (info.isSymLink()) {
            return Error {QCoreApplication::translate(
                              "Git", "Refusing to write through the symbolic link '%1'.")
                              .arg(QDir::toNativeSeparators(current))};
        }
        if (!info.exists())
            break;
    }
    return success();
}

namespace {

// access(2) rather than QFileInfo::isWritable(): it also answers for root and for a read-only
// mount, where the permission bits say yes.
bool canCreateIn(const QString &directory)
{
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(directory).constData(), W_OK | X_OK) == 0;
#else
    return QFileInfo(directory).isWritable();
#endif
}

} // namespace

Status WorkingTreeWriter::check(const QString &repoPath) const
{
    if (Status inside = checkInside(repoPath); !inside)
        return inside;
    const QStringList parts = repoPath.split(QLatin1Char('/'));
    QString existing = m_paths.workTree(); // the deepest directory of the path that exists
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString current = existing + QLatin1Char('/') + parts.at(i);
        const QFileInfo info(current);
        if (!info.exists())
            break;
        const bool last = i + 1 == parts.size();
        if (!last && !info.isDir()) {
            return Error {QCoreApplication::translate(
                              "Git",
                              "'%1' is a file, but the generated files need a directory there: "
                              "move it away or change the output directories.")
                              .arg(QDir::toNativeSeparators(current))};
        }
        if (last && info.isDir()) {
            return Error {QCoreApplication::translate(
                              "Git",
                              "'%1' is a directory, but a generated file goes there: move it "
                              "away.")
                              .arg(QDir::toNativeSeparators(current))};
        }
        if (!last)
            existing = current;
    }
    if (!canCreateIn(existing)) {
        return Error {QCoreApplication::translate("Git",
                                                  "Cannot write in the directory '%1' (%2): check "
                                                  "its permissions and that the disk is writable.")
                          .arg(QDir::toNativeSeparators(existing), qt_error_string(errno))};
    }
    return success();
}

Status WorkingTreeWriter::checkSpace(qint64 bytes) const
{
    const QStorageInfo storage(m_paths.workTree());
    const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
    if (available < 0 || available >= bytes)
        return success();
    const QLocale locale;
    return Error {QCoreApplication::translate("Git",
                                              "Not enough disk space in '%1': the commit needs "
                                              "about %2 and %3 is free.")
                      .arg(QDir::toNativeSeparators(m_paths.workTree()),
                           locale.formattedDataSize(bytes), locale.formattedDataSize(available))};
}

Status WorkingTreeWriter::write(const QString &repoPath, const QByteArray &content) const
{
    if (Status inside = checkInside(repoPath); !inside)
        return inside;
    const QString file = absolute(repoPath);
    const QString directory = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(directory)) {
        return Error {QCoreApplication::translate("Git", "Cannot create the directory '%1'.")
                          .arg(QDir::toNativeSeparators(directory))};
    }
    const Result<AtomicFile::Outcome> written = AtomicFile::write(file, content);
    if (!written)
        return written.error();
    return success();
}

Status WorkingTreeWriter::flush(const QString &gitDir) const
{
    return AtomicFile::flush({m_paths.workTree(), gitDir});
}

Status WorkingTreeWriter::remove(const QString &repoPath) const
{
    if (Status inside = checkInside(repoPath); !inside)
        return inside;
    const QString file = absolute(repoPath);
    if (QFileInfo::exists(file) && !QFile::remove(file)) {
        Error error;
        error.file = file;
        error.message = QCoreApplication::translate("Git", "Cannot delete the file.");
        return error;
    }
    // Leave no empty directories behind (git does not track them), but keep the output roots
    // themselves.
    QString relative = QFileInfo(repoPath).path();
    while (m_paths.owns(relative)) {
        QDir parent(absolute(relative));
        if (!parent.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            break;
        if (!parent.rmdir(parent.absolutePath()))
            break;
        relative = QFileInfo(relative).path();
    }
    return success();
}

} // namespace Stackdraft::Core
