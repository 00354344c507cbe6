#pragma once

#include "core/validation/problem.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QHash>
#include <QString>

namespace Stackdraft::App {

class EnvironmentScene;

// A small disc on a component card's top-right corner in the colour of the worst problem the
// component has in that environment. A child of the card, so it moves and dies with it; the
// scene and its items know nothing about validation.
class ProblemBadge final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Stackdraft::App::ProblemBadge)

public:
    enum { Type = UserType + 40 };
    static constexpr qreal Diameter = 20;

    ProblemBadge(Core::Severity severity, QGraphicsItem *card);

    int type() const override { return Type; }
    Core::Severity severity() const { return m_severity; }
    void setSeverity(Core::Severity severity);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Gives every card of `scene` the badge of its worst severity, and removes the badges of cards
    // that have no problem any more.
    static void apply(EnvironmentScene &scene, const QHash<QString, Core::Severity> &worst);
    // The card's badge, or null.
    static ProblemBadge *of(const QGraphicsItem *card);

    static QColor color(Core::Severity severity);

private:
    Core::Severity m_severity;
};

} // namespace Stackdraft::App
