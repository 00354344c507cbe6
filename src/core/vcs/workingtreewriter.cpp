#include "core/vcs/workingtreewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit()) {
        Error error;
        error.file = file;
        error.message = QCoreApplication::translate("Git", "Cannot write the file: %1")
                            .arg(out.errorString());
        return error;
    }
    return success();
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
