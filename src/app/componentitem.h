#pragma once

#include "core/validation/problem.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>
#include <QString>

#include <optional>

namespace Stackdraft::Core {
struct Component;
struct Deployment;
struct Environment;
} // namespace Stackdraft::Core

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

using Document::ProjectDocument;

// A component deployed in one environment, drawn as a card: catalog icon, id, label, and the
// replicas and resources of that environment. It holds only ids; refresh() re-reads the model.
class ComponentItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Stackdraft::App::ComponentItem)

public:
    enum { Type = UserType + 1 };

    ComponentItem(const Document::ProjectDocument &document, const QString &environmentId,
                  const QString &componentId);
    ~ComponentItem() override;

    int type() const override { return Type; }
    QString componentId() const { return m_componentId; }
    QString environmentId() const { return m_environmentId; }

    // The card in item coordinates; connections attach to its edges.
    QRectF cardRect() const;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Re-reads the component and its deployment (the scene places the item).
    void refresh();
    // The same with the model objects at hand: no lookup, for a scene that visits every one.
    void refresh(const Core::Component &component, const Core::Environment &environment,
                 const Core::Deployment &deployment);

    // The worst problem the Problems dock found for this component here; none: no badge.
    void setProblemSeverity(std::optional<Core::Severity> severity);
    std::optional<Core::Severity> problemSeverity() const { return m_severity; }

    // Where a connection drag starts: a disc on the middle of the right edge, shown on hover.
    QRectF connectionHandleRect() const;

    // Short names of the other environments this component is deployed in, drawn as badges.
    void setOtherEnvironments(const QStringList &environments);
    QStringList otherEnvironments() const { return m_otherEnvironments; }

    // Below this scale a card is drawn as a plain box with a large title.
    static constexpr qreal DetailedScale = 0.45;

    // What the card shows, for tests and accessibility.
    QString titleText() const { return m_title; }
    QString labelText() const { return m_label; }
    QString resourcesText() const { return m_resources; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    // The text lines as drawn: fonts and elision depend on the text alone (item coordinates),
    // not on the zoom, so they are worked out when the text changes instead of on every paint.
    void layOutText();
    void paintText(QPainter *painter) const;
    void paintOverview(QPainter *painter, qreal scale) const;
    void paintSeverity(QPainter *painter) const;
    qreal paintEnvironmentBadges(QPainter *painter, qreal right, qreal top) const;

    const Document::ProjectDocument &m_document;
    QString m_environmentId;
    QString m_componentId;

    QString m_title;
    QString m_label;
    QString m_resources;
    QString m_badge;
    QColor m_band;
    bool m_deployable = true; // false: external, or provided by the platform itself
    bool m_hovered = false;
    QString m_iconPath;
    std::optional<Core::Severity> m_severity;
    QStringList m_otherEnvironments;
    QFont m_titleFont; // shrunk to fit a long id
    // Laid out once, drawn many times: shaping the text of every card on every paint was a good
    // part of a frame.
    QStaticText m_titleShown; // m_title, elided
    QStaticText m_labelShown;
    QStaticText m_resourcesShown;
    qreal m_badgeWidth = 0; // the scaling badge's pill, 0: none
    QList<qreal> m_environmentBadgeWidths; // one pill per other environment
    bool m_textLaidOut = false; // the fields above match the text
    bool m_connecting = false; // a connection drag started on the handle
};

} // namespace Stackdraft::App
