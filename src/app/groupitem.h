#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QString>

namespace Stackdraft::App {

class ComponentItem;

// A labelled frame drawn behind the members of a group that are deployed in the environment.
// The scene calls updateGeometry() whenever a member moves.
class GroupItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    GroupItem(const QString &groupId, const QString &label, const QList<ComponentItem *> &members);

    int type() const override { return Type; }
    QString groupId() const { return m_groupId; }
    QString label() const { return m_label; }
    QList<ComponentItem *> members() const { return m_members; }
    // The title band, where a double-click renames the group.
    QRectF titleRect() const;

    // The frame in scene coordinates.
    QRectF frameRect() const { return m_frame; }
    void updateGeometry();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QPainterPath shape() const override;

    static constexpr qreal Margin = 18;
    static constexpr qreal TitleHeight = 26;

protected:
    // Dragging a frame drags its members (snapped as one block); the canvas turns the result
    // into one move command on release.
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QString m_groupId;
    QString m_label;
    QList<ComponentItem *> m_members;
    QRectF m_frame;
    QPointF m_pressPosition;
    QList<QPointF> m_memberStarts;
};

} // namespace Stackdraft::App
