#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

namespace Stackdraft::App {

class ComponentItem;

// A connection active in one environment: an arrow from the edge of one card to the edge of the
// other, with its label at the middle. The scene owns both end items and calls updateGeometry()
// whenever one of them moves.
class ConnectionItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    ConnectionItem(const ComponentItem *from, const ComponentItem *to, const QString &label,
                   const QString &connectionId = {});

    int type() const override { return Type; }
    QString fromId() const;
    QString toId() const;
    QString connectionId() const { return m_connectionId; }
    QString label() const { return m_label; }
    void setLabel(const QString &label);

    // Shifts the line sideways so that a connection and its reverse do not draw on top of each
    // other.
    void setLaneOffset(qreal offset);

    // Recomputes the arrow from the current positions of the end items.
    void updateGeometry();

    // The visible segment in scene coordinates: from the source card's edge to the target card's
    // edge.
    QLineF line() const { return m_line; }
    QRectF labelRect() const { return m_labelRect; }
    // The box drawn around a label (for layouts that leave room for it).
    static QSizeF labelSize(const QString &label);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF arrowHead() const;
    bool isLabelSpotFree(const QRectF &rect) const;

    const ComponentItem *m_from;
    const ComponentItem *m_to;
    QString m_label;
    QString m_connectionId;
    qreal m_laneOffset = 0;
    QLineF m_line;
    QRectF m_labelRect;
};

} // namespace Stackdraft::App
