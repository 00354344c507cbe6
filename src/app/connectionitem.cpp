#include "app/connectionitem.h"

#include "app/canvasstyle.h"
#include "app/componentitem.h"
#include "app/environmentscene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <optional>

namespace Stackdraft::App {
namespace {

constexpr qreal ArrowSize = 9;
constexpr qreal EndGap = 2; // keeps the arrow tip off the card's border

// Where `line` crosses the border of `rect`; the crossing nearest to `towards` when there are two.
std::optional<QPointF> borderCrossing(const QRectF &rect, const QLineF &line,
                                      const QPointF &towards)
{
    const QLineF edges[] = {
        {rect.topLeft(), rect.topRight()},
        {rect.topRight(), rect.bottomRight()},
        {rect.bottomRight(), rect.bottomLeft()},
        {rect.bottomLeft(), rect.topLeft()},
    };
    std::optional<QPointF> best;
    qreal bestDistance = 0;
    for (const QLineF &edge : edges) {
        QPointF crossing;
        if (line.intersects(edge, &crossing) != QLineF::BoundedIntersection)
            continue;
        const qreal distance = QLineF(crossing, towards).length();
        if (!best || distance < bestDistance) {
            best = crossing;
            bestDistance = distance;
        }
    }
    return best;
}

QFont labelFont()
{
    return CanvasStyle::font(-1.5);
}

// The part of `line` inside `rect` (Liang–Barsky), or a null line when none is.
QLineF clipped(const QLineF &line, const QRectF &rect)
{
    const qreal dx = line.dx();
    const qreal dy = line.dy();
    qreal from = 0;
    qreal to = 1;
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                        rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return {};
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            from = std::max(from, t);
        else
            to = std::min(to, t);
        if (from > to)
            return {};
    }
    return QLineF(line.pointAt(from), line.pointAt(to));
}

} // namespace

ConnectionItem::ConnectionItem(const ComponentItem *from, const ComponentItem *to,
                               const QString &label, const QString &connectionId)
    : m_from(from)
    , m_to(to)
    , m_label(label)
    , m_connectionId(connectionId)
{
    setZValue(1);
    setFlags(ItemIsSelectable);
    updateGeometry();
}

QString ConnectionItem::fromId() const
{
    return m_from->componentId();
}

QString ConnectionItem::toId() const
{
    return m_to->componentId();
}

void ConnectionItem::setLabel(const QString &label)
{
    if (m_label == label)
        return;
    m_label = label;
    updateGeometry();
}

void ConnectionItem::setLaneOffset(qreal offset)
{
    if (qFuzzyCompare(m_laneOffset, offset))
        return;
    m_laneOffset = offset;
    updateGeometry();
}

void ConnectionItem::updateGeometry()
{
    prepareGeometryChange();
    const QRectF fromRect = m_from->mapRectToScene(m_from->cardRect());
    const QRectF toRect = m_to->mapRectToScene(m_to->cardRect());
    QLineF centres(fromRect.center(), toRect.center());
    if (centres.length() > 0 && !qFuzzyIsNull(m_laneOffset)) {
        const QLineF normal = centres.normalVector().unitVector();
        const QPointF shift = (normal.p2() - normal.p1()) * m_laneOffset;
        centres.translate(shift);
    }

    const auto start = borderCrossing(fromRect, centres, centres.p2());
    const auto end = borderCrossing(toRect, centres, centres.p1());
    if (!start || !end || fromRect.intersects(toRect)) {
        m_line = QLineF(); // overlapping cards: nothing sensible to draw
    } else {
        m_line = QLineF(*start, *end);
        if (m_line.length() > 2 * EndGap) {
            QLineF shortened = m_line;
            shortened.setLength(m_line.length() - EndGap);
            m_line.setP2(shortened.p2());
        }
    }

    m_labelRect = QRectF();
    if (!m_label.isEmpty() && !m_line.isNull()) {
        const QSizeF size = labelSize(m_label);
        QPointF aside;
        if (!qFuzzyIsNull(m_laneOffset)) {
            // A connection sharing its pair with others puts its label beside its own lane, on the
            // side away from the pair, so that the labels of both directions stay readable.
            const QLineF unit = centres.normalVector().unitVector();
            const QPointF normal = (unit.p2() - unit.p1()) * (m_laneOffset > 0 ? 1.0 : -1.0);
            const qreal extent = std::abs(normal.x()) * size.width() / 2
                + std::abs(normal.y()) * size.height() / 2;
            aside = normal * (extent + 3);
        }
        // The middle of the arrow, or the nearest point along it where the label covers no card
        // and no other label (an arrow that passes a card on its way).
        const QLineF unit = m_line.normalVector().unitVector();
        const QPointF normal = unit.p2() - unit.p1();
        const qreal extent = std::abs(normal.x()) * size.width() / 2
            + std::abs(normal.y()) * size.height() / 2 + 3;
        bool placed = false;
        // Failing that, beside the arrow, farther and farther on either side (an arrow that runs
        // under a card needs its label clear of that card).
        for (const qreal offset :
             {0.0, extent, -extent, extent + 16, -extent - 16, extent + 32, -extent - 32,
              extent + 48, -extent - 48, extent + 64, -extent - 64}) {
            for (const qreal t : {0.5, 0.38, 0.62, 0.26, 0.74, 0.14, 0.86}) {
                const QPointF at = m_line.pointAt(t) + aside + normal * offset;
                const QRectF rect(at - QPointF(size.width() / 2, size.height() / 2), size);
                if (m_labelRect.isNull())
                    m_labelRect = rect;
                if (isLabelSpotFree(rect)) {
                    m_labelRect = rect;
                    placed = true;
                    break;
                }
            }
            if (placed)
                break;
        }
    }
    if (auto *environment = qobject_cast<EnvironmentScene *>(scene()))
        environment->labelPlaced(this, m_labelRect);
    update();
}

bool ConnectionItem::isLabelSpotFree(const QRectF &rect) const
{
    const auto *environment = qobject_cast<const EnvironmentScene *>(scene());
    return !environment || environment->isLabelSpotFree(rect, this);
}

QSizeF ConnectionItem::labelSize(const QString &label)
{
    const QFontMetricsF metrics(labelFont());
    return QSizeF(metrics.horizontalAdvance(label) + 12, metrics.height() + 4);
}

QPolygonF ConnectionItem::arrowHead() const
{
    if (m_line.isNull())
        return {};
    const double angle = std::atan2(-m_line.dy(), m_line.dx());
    const QPointF tip = m_line.p2();
    const QPointF left = tip
        - QPointF(std::cos(angle - M_PI / 7) * ArrowSize, -std::sin(angle - M_PI / 7) * ArrowSize);
    const QPointF right = tip
        - QPointF(std::cos(angle + M_PI / 7) * ArrowSize, -std::sin(angle + M_PI / 7) * ArrowSize);
    return QPolygonF({tip, left, right});
}

QRectF ConnectionItem::boundingRect() const
{
    QRectF bounds = QRectF(m_line.p1(), m_line.p2())
                        .normalized()
                        .adjusted(-ArrowSize, -ArrowSize, ArrowSize, ArrowSize);
    return bounds.united(m_labelRect.adjusted(-2, -2, 2, 2));
}

QPainterPath ConnectionItem::shape() const
{
    QPainterPath path;
    if (m_line.isNull())
        return path;
    path.moveTo(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath result = stroker.createStroke(path);
    if (!m_labelRect.isNull())
        result.addRoundedRect(m_labelRect, 6, 6);
    return result;
}

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_line.isNull())
        return;
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    const QColor color = selected ? CanvasStyle::selection() : CanvasStyle::connectionLine();
    const qreal scale = option->levelOfDetailFromTransform(painter->worldTransform());
    if (scale < ComponentItem::DetailedScale) {
        // Zoomed out: a hairline, no label (it would be unreadable), no antialiasing (the view
        // turns it on for every item; antialiased, thousands of long hairlines were most of a
        // zoomed-out frame).
        painter->setRenderHint(QPainter::Antialiasing, false);
        // Opaque: fills spans instead of blending every pixel of thousands of long lines.
        painter->setPen(QPen(CanvasStyle::overBackground(color), 0));
        painter->drawLine(m_line);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    // One unit wide: at 100 % that is one pixel, which Qt's raster engine draws with its fast
    // cosmetic stroker; a 1.5 pen went through the general stroker and was half of a drag frame
    // at 2,000 cards. Zoomed in, the line widens with the zoom as before.
    QPen pen(color, selected ? 2.2 : 1.0);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    QLineF shaft = m_line;
    shaft.setLength(std::max<qreal>(0, m_line.length() - ArrowSize * 0.8));
    // Only what the painter can show is stroked: a long connection mostly off screen cost its
    // whole length in the stroker on every frame (a third of a drag frame at 2,000 cards).
    const QRectF shown = painter->worldTransform()
                             .inverted()
                             .mapRect(QRectF(painter->viewport()))
                             .adjusted(-ArrowSize, -ArrowSize, ArrowSize, ArrowSize);
    if (const QLineF visible = clipped(shaft, shown); !visible.isNull())
        painter->drawLine(visible);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(arrowHead());

    if (m_labelRect.isNull())
        return;
    painter->setPen(QPen(selected ? color : CanvasStyle::cardBorder(), 1));
    painter->setBrush(CanvasStyle::background());
    painter->drawRoundedRect(m_labelRect, m_labelRect.height() / 2, m_labelRect.height() / 2);
    painter->setFont(labelFont());
    painter->setPen(selected ? color : CanvasStyle::secondaryText());
    painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
}

} // namespace Stackdraft::App
