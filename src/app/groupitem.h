#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace Stackdraft::App {

class ComponentItem;

// A labelled frame drawn behind the members of a group that are deployed in the environment.
// The scene calls updateGeometry() whenever a member moves.
class GroupItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    GroupItem(const QString &groupId, const QString &label,
              const QList<const ComponentItem *> &members);

    int type() const override { return Type; }
    QString groupId() const { return m_groupId; }
    QString label() const { return m_label; }
    QList<const ComponentItem *> members() const { return m_members; }

    // The frame in scene coordinates.
    QRectF frameRect() const { return m_frame; }
    void updateGeometry();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static constexpr qreal Margin = 18;
    static constexpr qreal TitleHeight = 26;

private:
    QString m_groupId;
    QString m_label;
    QList<const ComponentItem *> m_members;
    QRectF m_frame;
};

} // namespace Stackdraft::App
