#pragma once

#include <QPointF>
#include <QString>

class QMimeData;

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class EnvironmentScene;

// What a palette drag does when it lands on a canvas (the canvas owns the drag events and calls
// these): a catalog type becomes a new component deployed there; a project component is deployed
// there. Each drop is one undoable step.
namespace PaletteDrop {

bool accepts(const QMimeData *mime);
// Returns false (and changes nothing) for data that is not the palette's, or an unknown type.
bool drop(Document::ProjectDocument &document, const QString &environmentId, const QMimeData *mime,
          QPointF scenePosition);

// Where a card placed near `centre` covers no other card: `centre` itself when it is free,
// otherwise the nearest free grid slot around it.
QPointF freePosition(const EnvironmentScene &scene, QPointF centre);

} // namespace PaletteDrop
} // namespace Stackdraft::App
