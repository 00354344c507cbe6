#include "app/live/previewrenderer.h"

#include "app/live/previewfiles.h"
#include "app/live/projectrepository.h"
#include "app/live/textdiff.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace Stackdraft::App {
namespace {

std::optional<QByteArray> generated(const PreviewRenderer::Request &request,
                                    const QString &environment, const QString &path, QString *error)
{
    const Core::Result<QList<PreviewFiles::File>> files
        = PreviewFiles::generate(request.project, *request.catalog, *request.registry,
                                 request.format, environment, Core::ExportSelection::only(path));
    if (!files) {
        *error = files.error().toString();
        return std::nullopt;
    }
    for (const PreviewFiles::File &file : *files) {
        if (file.path == path)
            return file.content;
    }
    return std::nullopt;
}

PreviewRenderer::Shown diff(const QByteArray &before, const QByteArray &after,
                            const QString &beforeName, const QString &afterName,
                            const QString &sameNote, const QString &note)
{
    PreviewRenderer::Shown shown;
    shown.highlightAs = QStringLiteral("changes.diff");
    shown.text = TextDiff::unified(QString::fromUtf8(before), QString::fromUtf8(after), beforeName,
                                   afterName);
    shown.note = shown.text.isEmpty() ? sameNote : note;
    return shown;
}

} // namespace

PreviewRenderer::Shown PreviewRenderer::render(const Request &request)
{
    Shown shown;
    QString error;
    const std::optional<QByteArray> content
        = generated(request, request.environment, request.path, &error);
    if (!content) {
        shown.exists = false;
        shown.note
            = error.isEmpty() ? tr("The design no longer generates %1.").arg(request.path) : error;
        return shown;
    }
    switch (request.view) {
    case View::File:
        shown.text = QString::fromUtf8(*content);
        shown.highlightAs = request.path;
        shown.note = tr("%1 — read-only, generated from the design").arg(request.path);
        return shown;
    case View::AgainstDisk:
    case View::AgainstHead: {
        if (request.projectFile.isEmpty())
            return Shown {
                {}, {}, tr("Save the project first: its generated files live next to it."), true};
        const Core::Result<ProjectRepository> repository
            = ProjectRepository::open(request.project, request.projectFile);
        if (request.view == View::AgainstDisk) {
            // Without a repository the export layout starts next to the project file.
            const QString onDisk = repository
                ? repository->absolutePath(request.path)
                : QFileInfo(request.projectFile).absolutePath() + QLatin1Char('/') + request.path;
            QFile file(onDisk);
            QByteArray before;
            if (file.exists() && !file.open(QIODevice::ReadOnly))
                return Shown {
                    {}, {}, tr("Cannot read %1: %2").arg(onDisk, file.errorString()), true};
            before = file.readAll();
            return diff(before, *content, QStringLiteral("a/") + request.path,
                        QStringLiteral("b/") + request.path,
                        tr("%1 on disk is already up to date.").arg(onDisk),
                        file.exists()
                            ? tr("Changes an export would make to %1").arg(onDisk)
                            : tr("%1 does not exist yet: an export creates it.").arg(onDisk));
        }
        if (!repository)
            return Shown {{}, {}, repository.error().message, true};
        const QString repoPath = repository->repositoryPath(request.path);
        const Core::Result<std::optional<QByteArray>> head
            = repository->repository.fileAtHead(repoPath);
        if (!head)
            return Shown {{}, {}, head.error().message, true};
        return diff(head->value_or(QByteArray()), *content, QStringLiteral("a/") + repoPath,
                    QStringLiteral("b/") + repoPath, tr("%1 in HEAD is up to date.").arg(repoPath),
                    head->has_value() ? tr("Changes a commit would make to %1").arg(repoPath)
                                      : tr("%1 is not in HEAD: a commit adds it.").arg(repoPath));
    }
    case View::AgainstEnvironment: {
        const QString other = request.otherEnvironment;
        const QString path = request.environment.isEmpty()
            ? QString()
            : PreviewFiles::counterpart(request.path, request.environment, other);
        const std::optional<QByteArray> theirs
            = path.isEmpty() ? std::nullopt : generated(request, other, path, &error);
        if (!theirs) {
            return Shown {{},
                          {},
                          error.isEmpty()
                              ? tr("%1 has no counterpart of %2.").arg(other, request.path)
                              : error,
                          true};
        }
        return diff(*content, *theirs, request.path, path,
                    tr("%1 and %2 generate the same file.").arg(request.environment, other),
                    tr("What %1 changes from %2").arg(other, request.environment));
    }
    }
    return shown;
}

} // namespace Stackdraft::App
