#pragma once

#include "app/canvasgrid.h"
#include "core/validation/problem.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QString>

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::Core {
struct EnvironmentLayoutOptions;
}

namespace Stackdraft::Document {
class ProjectDocument;
}

class QGraphicsLineItem;

namespace Stackdraft::App {

class ComponentItem;
class ConnectionItem;
class GroupItem;
using Document::ProjectDocument;

// The drawing of one environment, built from the document: a card per deployed component at its
// stored position, an arrow per active connection and a frame per group with deployed members.
// It follows the document's signals; items are never the source of truth.
class EnvironmentScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    // When the items are made: at once, or on first use (a tab nobody has opened yet costs no
    // items: at 10,000 components a scene's items are seconds to make and tens of MB).
    enum class Build { Now, OnFirstUse };

    // The scene reads the document; the canvas' editor pushes commands to it.
    EnvironmentScene(Document::ProjectDocument &document, const QString &environmentId,
                     QObject *parent = nullptr, Build build = Build::Now);
    ~EnvironmentScene() override;

    QString environmentId() const { return m_environmentId; }
    Document::ProjectDocument &document() const { return m_document; }

    // The item lookups make the items first when the scene has none yet (Build::OnFirstUse).
    ComponentItem *componentItem(const QString &componentId) const;
    ConnectionItem *connectionItem(const QString &connectionId) const;
    GroupItem *groupItem(const QString &groupId) const;
    QList<ComponentItem *> componentItems() const;
    QList<ConnectionItem *> connectionItems() const;
    QList<GroupItem *> groupItems() const;

    // Makes the items if they have not been made yet; the canvas calls it when it is shown.
    void ensureBuilt();
    bool isBuilt() const { return m_built; }

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
    // A connection drawn with the mouse from a card's handle: a dashed line follows the pointer;
    // released over another card it asks for the connection (connectionRequested).
    void beginConnection(const ComponentItem *from, const QPointF &scenePos);
    void updateConnection(const QPointF &scenePos);
    void finishConnection(const QPointF &scenePos, const QPoint &screenPos);

    // How the canvas draws, for Core::EnvironmentLayout: card and label sizes, frame margins.
    static Core::EnvironmentLayoutOptions layoutOptions();

signals:
    void connectionRequested(const QString &from, const QString &to, const QPoint &screenPos);

private:
    void onStructureChanged();
    void onChanged();
    void onOtherEnvironment(const QString &environmentId, const QString &componentId);
    void refreshEnvironmentBadges(const QStringList &componentIds);
    void onComponentChanged(const QString &componentId);
    void onDeploymentChanged(const QString &environmentId, const QString &componentId);
    void spreadLanes();
    void growSceneRect(const QRectF &rect);

    Document::ProjectDocument &m_document;
    QString m_environmentId;
    bool m_built = false;
    // The last badges asked for: a scene built later (or rebuilt) shows them at once.
    QHash<QString, Core::Severity> m_severities;
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
    // Structure (cards, connections, frames) changed during the running command: rebuild once
    // when it ends.
    bool m_structureDirty = false;
    QStringList m_badgesDirty; // components deployed or removed in another environment
    QGraphicsLineItem *m_pendingConnection = nullptr;
    const ComponentItem *m_connectionSource = nullptr;
};

} // namespace Stackdraft::App
