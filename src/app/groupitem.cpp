#include "app/groupitem.h"

#include "app/canvasstyle.h"
#include "app/componentitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Stackdraft::App {

GroupItem::GroupItem(const QString &groupId, const QString &label,
                     const QList<const ComponentItem *> &members)
    : m_groupId(groupId)
    , m_label(label)
    , m_members(members)
{
    setZValue(0);
    updateGeometry();
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
        // Zoomed out: a plain tinted frame and the title in a font that stays legible.
        painter->setPen(QPen(CanvasStyle::groupBorder(), 0));
        painter->setBrush(CanvasStyle::groupFill());
        painter->drawRect(m_frame);
        QFont font = CanvasStyle::font(0, true);
        font.setPixelSize(int(std::min(13 / scale, Margin + TitleHeight - 6)));
        painter->setFont(font);
        painter->setPen(CanvasStyle::groupTitle());
        const QRectF band(m_frame.left() + 8, m_frame.top() + 2, m_frame.width() - 16,
                          Margin + TitleHeight - 4);
        painter->drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(m_label, Qt::ElideRight, band.width()));
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QPen border(CanvasStyle::groupBorder(), 1.2, Qt::DashLine);
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
