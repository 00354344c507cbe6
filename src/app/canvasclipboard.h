#pragma once

#include <QPointF>
#include <QString>
#include <QStringList>

class QMimeData;

namespace Stackdraft::Core {
class Catalog;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::Document {
class DocumentCommand;
class ProjectDocument;
} // namespace Stackdraft::Document

namespace Stackdraft::App {

// Cut, copy, paste and duplicate of canvas nodes. The clipboard holds a small project file
// (ProjectWriter's format, so it is also readable text): the copied components, the connections
// between them, one environment with their deployments (sizes and positions), and — only so that
// the file reads back — the components their variables refer to, not deployed there.
class CanvasClipboard final
{
public:
    static inline const QString MimeType = QStringLiteral("application/x-stackdraft-components");

    // Null when no id names a component deployed in the environment.
    static QMimeData *copy(const Core::Project &project, const QString &environmentId,
                           const QStringList &componentIds);
    static bool canPaste(const QMimeData *mime);

    // The command that pastes `mime` into `environmentId` (one undo step), or null when there is
    // nothing to paste. A copied component that exists in the project but is not deployed in that
    // environment is deployed there (copy in production, paste in staging); any other is added as a
    // copy with a unique id ("api" → "api-2"), its references to the other copies renamed, and
    // moved by `offset` so it does not hide its original. Connections between pasted components
    // come along. `pasted` receives the ids the paste puts on the canvas.
    static Document::DocumentCommand *paste(Document::ProjectDocument &document,
                                            const QString &environmentId, const QMimeData *mime,
                                            const QPointF &offset, QStringList *pasted);
};

} // namespace Stackdraft::App
