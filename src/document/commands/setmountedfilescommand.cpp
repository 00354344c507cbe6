#include "document/commands/setmountedfilescommand.h"

#include "core/io/mountedfileparser.h"

#include <QCoreApplication>
#include <QSet>

namespace Stackdraft::Document {

SetMountedFilesCommand::SetMountedFilesCommand(ProjectDocument *document,
                                               const QString &componentId,
                                               const QList<Core::MountedFile> &files)
    : DocumentCommand(
        document, CommandId::SetMountedFiles,
        QCoreApplication::translate("Stackdraft::Document", "Change the mounted files of %1")
            .arg(componentId))
    , m_componentId(componentId)
    , m_after(files)
{
}

Core::Status SetMountedFilesCommand::check(const QList<Core::MountedFile> &files)
{
    // The reader's own rules (MountedFileParser), so that what the editor writes loads again.
    QSet<QString> paths;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const Core::MountedFile &file = files.at(i);
        const QString field = QStringLiteral("files[%1]").arg(i);
        auto refuse = [&](const char *key, const QString &message) {
            return Core::Error {message, {}, 0, 0, field + QLatin1Char('.') + QLatin1String(key)};
        };
        if (const QString problem = Core::MountedFileParser::containerPathProblem(file.path);
            !problem.isEmpty())
            return refuse("path", problem);
        if (paths.contains(file.path))
            return refuse("path",
                          QCoreApplication::translate("Stackdraft::Document",
                                                      "'%1' is already mounted: one file per "
                                                      "container path")
                              .arg(file.path));
        paths.insert(file.path);
        if (!file.isInline()) {
            if (const QString problem = Core::MountedFileParser::sourcePathProblem(file.source);
                !problem.isEmpty())
                return refuse("source", problem);
        }
        if (file.content.size() > Core::MountedFile::MaxSize)
            return refuse("content",
                          QCoreApplication::translate("Stackdraft::Document",
                                                      "the text is %1 bytes; a mounted file is "
                                                      "limited to %2 bytes")
                              .arg(file.content.size())
                              .arg(Core::MountedFile::MaxSize));
    }
    return Core::success();
}

Core::Status SetMountedFilesCommand::set(DocumentMutator &edit,
                                         const QList<Core::MountedFile> &files)
{
    const Core::Component *current = edit.project().component(m_componentId);
    if (!current)
        return Core::Error {
            QCoreApplication::translate("Stackdraft::Document", "there is no component '%1'")
                .arg(m_componentId)};
    Core::Component changed = *current;
    changed.files = files;
    return edit.setComponent(changed);
}

Core::Status SetMountedFilesCommand::apply(DocumentMutator &edit, bool first)
{
    if (first) {
        if (Core::Status s = check(m_after); !s)
            return s;
        if (const Core::Component *current = edit.project().component(m_componentId))
            m_before = current->files;
    }
    return set(edit, m_after);
}

void SetMountedFilesCommand::revert(DocumentMutator &edit)
{
    (void)set(edit, m_before);
}

} // namespace Stackdraft::Document
