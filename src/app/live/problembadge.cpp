#include "app/live/problembadge.h"

#include "app/canvasstyle.h"
#include "app/componentitem.h"
#include "app/environmentscene.h"

#include <QPainter>

namespace Stackdraft::App {

ProblemBadge::ProblemBadge(Core::Severity severity, QGraphicsItem *card)
    : QGraphicsItem(card)
    , m_severity(severity)
{
    // Centred on the card's top-right corner, above its text and outline.
    setPos(CanvasStyle::CardWidth - Diameter / 2 + 2, -Diameter / 2 + 2);
    setZValue(1);
    setToolTip(Core::severityText(severity));
}

void ProblemBadge::setSeverity(Core::Severity severity)
{
    if (m_severity == severity)
        return;
    m_severity = severity;
    setToolTip(Core::severityText(severity));
    update();
}

QRectF ProblemBadge::boundingRect() const
{
    return QRectF(0, 0, Diameter, Diameter);
}

QColor ProblemBadge::color(Core::Severity severity)
{
    switch (severity) {
    case Core::Severity::Error:
        return QColor(0xdc, 0x26, 0x26);
    case Core::Severity::Warning:
        return QColor(0xf5, 0x9e, 0x0b);
    case Core::Severity::Info:
        break;
    }
    return QColor(0x3b, 0x82, 0xf6);
}

void ProblemBadge::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(color(m_severity));
    painter->drawEllipse(boundingRect().adjusted(1, 1, -1, -1));
    painter->setPen(Qt::white);
    painter->setFont(CanvasStyle::font(-1, true));
    painter->drawText(boundingRect(), Qt::AlignCenter,
                      m_severity == Core::Severity::Info ? QStringLiteral("i")
                                                         : QStringLiteral("!"));
}

ProblemBadge *ProblemBadge::of(const QGraphicsItem *card)
{
    for (QGraphicsItem *child : card->childItems()) {
        if (auto *badge = qgraphicsitem_cast<ProblemBadge *>(child))
            return badge;
    }
    return nullptr;
}

void ProblemBadge::apply(EnvironmentScene &scene, const QHash<QString, Core::Severity> &worst)
{
    for (ComponentItem *card : scene.componentItems()) {
        ProblemBadge *badge = of(card);
        const auto it = worst.constFind(card->componentId());
        if (it == worst.cend()) {
            delete badge;
        } else if (badge) {
            badge->setSeverity(*it);
        } else {
            new ProblemBadge(*it, card);
        }
    }
}

} // namespace Stackdraft::App
