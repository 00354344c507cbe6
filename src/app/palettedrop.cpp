#include "app/palettedrop.h"

#include "app/canvasstyle.h"
#include "app/componentitem.h"
#include "app/documentedits.h"
#include "app/environmentscene.h"
#include "app/palettemime.h"
#include "core/catalog/catalog.h"
#include "document/projectdocument.h"

#include <QMimeData>

#include <cmath>

namespace Stackdraft::App::PaletteDrop {

bool accepts(const QMimeData *mime)
{
    return mime
        && (mime->hasFormat(PaletteMime::ComponentType) || mime->hasFormat(PaletteMime::Component));
}

bool drop(Document::ProjectDocument &document, const QString &environmentId, const QMimeData *mime,
          QPointF scenePosition)
{
    if (!accepts(mime) || !document.project().environment(environmentId))
        return false;
    // The card is centred on the point where the mouse let go.
    const QPointF topLeft
        = scenePosition - QPointF(CanvasStyle::CardWidth / 2, CanvasStyle::CardHeight / 2);
    if (mime->hasFormat(PaletteMime::ComponentType)) {
        const QString type = QString::fromUtf8(mime->data(PaletteMime::ComponentType));
        if (!document.catalog().contains(type))
            return false;
        return DocumentEdits::addComponentFromType(document, environmentId, type, topLeft).ok();
    }
    const QString component = QString::fromUtf8(mime->data(PaletteMime::Component));
    return DocumentEdits::deployComponent(document, environmentId, component, topLeft).ok();
}

QPointF freePosition(const EnvironmentScene &scene, QPointF centre)
{
    const QSizeF card(CanvasStyle::CardWidth, CanvasStyle::CardHeight);
    const QPointF origin = centre - QPointF(card.width() / 2, card.height() / 2);
    // A margin so that a new card never touches its neighbours either.
    const qreal margin = CanvasStyle::GridSpacing;
    auto isFree = [&](QPointF topLeft) {
        const QRectF wanted = QRectF(topLeft, card).adjusted(-margin, -margin, margin, margin);
        for (const ComponentItem *item : scene.componentItems()) {
            if (item->sceneBoundingRect().intersects(wanted))
                return false;
        }
        return true;
    };
    if (isFree(origin))
        return origin;
    // Rings of slots around the centre, nearest first; a ring of radius r has 8r slots.
    const qreal stepX = card.width() + margin;
    const qreal stepY = card.height() + margin;
    for (int ring = 1; ring < 200; ++ring) {
        QPointF best;
        qreal bestDistance = -1;
        for (int dx = -ring; dx <= ring; ++dx) {
            for (int dy = -ring; dy <= ring; ++dy) {
                if (std::abs(dx) != ring && std::abs(dy) != ring)
                    continue;
                const QPointF candidate = origin + QPointF(dx * stepX, dy * stepY);
                const qreal distance = std::hypot(dx * stepX, dy * stepY);
                if ((bestDistance < 0 || distance < bestDistance) && isFree(candidate)) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        if (bestDistance >= 0)
            return best;
    }
    return origin;
}

} // namespace Stackdraft::App::PaletteDrop
