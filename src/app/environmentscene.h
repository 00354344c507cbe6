#pragma once

#include "app/canvasgrid.h"
#include "core/validation/problem.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QString>

namespace Stackdraft::Core {
struct EnvironmentLayoutOptions;
}

namespace Stackdraft::App {

class ComponentItem;
class ConnectionItem;
class GroupItem;
class ProjectDocument;

// The drawing of one environment, built from the document: a card per deployed component at its
// stored position, an arrow per active connection and a frame per group with deployed members.
// It follows the document's signals; items are never the source of truth.
class EnvironmentScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    EnvironmentScene(const ProjectDocument &document, const QString &environmentId,
                     QObject *parent = nullptr);
    ~EnvironmentScene() override;

    QString environmentId() const { return m_environmentId; }
    const ProjectDocument &document() const { return m_document; }

    ComponentItem *componentItem(const QString &componentId) const;
    QList<ComponentItem *> componentItems() const { return m_componentItems; }
    QList<ConnectionItem *> connectionItems() const { return m_connectionItems; }
    QList<GroupItem *> groupItems() const { return m_groupItems; }

    // Recreates every item from the model. Components without a stored position are drawn where
    // Core::EnvironmentLayout puts them (the model is not changed).
    void rebuild();

    // A badge on the cards with problems (the Problems dock); replaces the previous set, a
    // component left out has no badge.
    void setProblemSeverities(const QHash<QString, Core::Severity> &severities);

    // Moves and nudges snap to a grid of `size` when `snap` is on.
    void setGrid(qreal size, bool snap);
    qreal gridSize() const { return m_gridSize; }
    bool snapsToGrid() const { return m_snap; }
    QPointF snapped(const QPointF &point) const;

    // Keeps the connections and frames of a card that is being dragged attached to it.
    void componentMoved(const ComponentItem *item);

    // Where connection labels go: true when `rect` covers no card and no label but `self`'s.
    bool isLabelSpotFree(const QRectF &rect, const ConnectionItem *self) const;
    // A label moved (empty rect: it has none).
    void labelPlaced(const ConnectionItem *connection, const QRectF &rect);

    // How the canvas draws, for Core::EnvironmentLayout: card and label sizes, frame margins.
    static Core::EnvironmentLayoutOptions layoutOptions();

private:
    void onComponentChanged(const QString &componentId);
    void onDeploymentChanged(const QString &environmentId, const QString &componentId);
    void spreadLanes();
    void growSceneRect(const QRectF &rect);

    const ProjectDocument &m_document;
    QString m_environmentId;
    QList<ComponentItem *> m_componentItems; // model order
    QHash<QString, ComponentItem *> m_componentsById;
    QList<ConnectionItem *> m_connectionItems;
    QList<GroupItem *> m_groupItems;
    // What follows a card when it moves.
    QHash<const ComponentItem *, QList<ConnectionItem *>> m_connectionsOf;
    QHash<const ComponentItem *, QList<GroupItem *>> m_groupsOf;
    CanvasGrid m_cards; // card rectangles, for label placement
    CanvasGrid m_labels; // connection labels
    qreal m_gridSize;
    bool m_snap = true;
};

} // namespace Stackdraft::App
