#include "app/groupitem.h"

#include "app/canvasstyle.h"
#include "app/componentitem.h"
#include "app/environmentscene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Stackdraft::App {

GroupItem::GroupItem(const QString &groupId, const QString &label,
                     const QList<ComponentItem *> &members)
    : m_groupId(groupId)
    , m_label(label)
    , m_members(members)
{
    setZValue(0);
    setFlags(ItemIsSelectable);
    updateGeometry();
}

QRectF GroupItem::titleRect() const
{
    return QRectF(m_frame.left(), m_frame.top(), m_frame.width(), TitleHeight + 6);
}

QPainterPath GroupItem::shape() const
{
    // Only the frame's border band and title are the frame: a click inside it, between cards, is
    // a click on the canvas (rubber band).
    QPainterPath path;
    path.addRect(m_frame);
    const QRectF inner
        = m_frame.adjusted(Margin / 2, TitleHeight + Margin / 2, -Margin / 2, -Margin / 2);
    if (inner.isValid()) {
        QPainterPath hole;
        hole.addRect(inner);
        path = path.subtracted(hole);
    }
    return path;
}

void GroupItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mousePressEvent(event);
    m_pressPosition = event->scenePos();
    m_memberStarts.clear();
    for (const ComponentItem *member : std::as_const(m_members))
        m_memberStarts.append(member->pos());
}

void GroupItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_memberStarts.size() != m_members.size())
        return;
    QPointF delta = event->scenePos() - m_pressPosition;
    // Snap the frame's first member and move the others by the same amount: the block keeps its
    // shape.
    if (auto *environment = qobject_cast<EnvironmentScene *>(scene());
        environment && !m_members.isEmpty())
        delta = environment->snapped(m_memberStarts.first() + delta) - m_memberStarts.first();
    for (qsizetype i = 0; i < m_members.size(); ++i)
        m_members.at(i)->setPos(m_memberStarts.at(i) + delta);
}

void GroupItem::updateGeometry()
{
    prepareGeometryChange();
    QRectF members;
    for (const ComponentItem *member : std::as_const(m_members))
        members = members.united(member->mapRectToScene(member->cardRect()));
    m_frame = members.isNull() ? QRectF()
                               : members.adjusted(-Margin, -Margin - TitleHeight, Margin, Margin);
    update();
}

QRectF GroupItem::boundingRect() const
{
    return m_frame.adjusted(-1, -1, 1, 1);
}

void GroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_frame.isNull())
        return;
    const qreal scale = option->levelOfDetailFromTransform(painter->worldTransform());
    if (scale < ComponentItem::DetailedScale) {
        // Zoomed out: a plain tinted frame and the title in a font that stays legible; square
        // edges need no antialiasing.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(CanvasStyle::groupBorder(), 0));
        // Opaque (the tint as it shows over the background): a frame covers a large area, and
        // blending every pixel of 200 frames was a good part of a zoomed-out frame. (From 33 % to
        // 45 % it hides the grid dots inside a frame; below 33 % the canvas draws none.)
        painter->setBrush(CanvasStyle::overBackground(CanvasStyle::groupFill()));
        painter->drawRect(m_frame);
        const int pixels = int(std::min(13 / scale, Margin + TitleHeight - 6));
        if (pixels * scale < CanvasStyle::LegibleTextPixels)
            return; // too small to read (see ComponentItem::paintOverview)
        QFont font = CanvasStyle::font(0, true);
        font.setPixelSize(pixels);
        painter->setFont(font);
        painter->setPen(CanvasStyle::groupTitle());
        const QRectF band(m_frame.left() + 8, m_frame.top() + 2, m_frame.width() - 16,
                          Margin + TitleHeight - 4);
        painter->drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(m_label, Qt::ElideRight, band.width()));
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    QPen border(selected ? CanvasStyle::selection() : CanvasStyle::groupBorder(),
                selected ? 2.0 : 1.0, Qt::DashLine); // 1: the fast stroker (ConnectionItem)
    border.setDashPattern({5, 4});
    painter->setPen(border);
    painter->setBrush(CanvasStyle::groupFill());
    painter->drawRoundedRect(m_frame, 12, 12);

    const QFont titleFont = CanvasStyle::font(-0.5, true);
    painter->setFont(titleFont);
    painter->setPen(CanvasStyle::groupTitle());
    const QRectF titleRect(m_frame.left() + 14, m_frame.top() + 4, m_frame.width() - 28,
                           TitleHeight);
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(titleFont).elidedText(m_label, Qt::ElideRight, titleRect.width()));
}

} // namespace Stackdraft::App
