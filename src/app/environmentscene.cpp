#include "app/environmentscene.h"

#include "app/canvasstyle.h"
#include "app/componentitem.h"
#include "app/connectionitem.h"
#include "app/groupitem.h"
#include "core/layout/environmentlayout.h"
#include "document/projectdocument.h"

#include <QGraphicsLineItem>
#include <QMap>
#include <QPen>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Stackdraft::App {
namespace {

constexpr qreal LaneSpacing = 14;
constexpr qreal SceneMargin = 48;

} // namespace

EnvironmentScene::EnvironmentScene(Document::ProjectDocument &document,
                                   const QString &environmentId, QObject *parent, Build build)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_environmentId(environmentId)
    , m_gridSize(CanvasStyle::GridSpacing)
{
    using Document::ProjectDocument;
    connect(&document, &ProjectDocument::projectReset, this, [this] {
        if (m_built)
            rebuild();
    });
    connect(&document, &ProjectDocument::componentChanged, this,
            &EnvironmentScene::onComponentChanged);
    connect(&document, &ProjectDocument::deploymentChanged, this,
            &EnvironmentScene::onDeploymentChanged);
    // Structural edits rebuild the drawing once, when the command that made them ends.
    for (auto signal : {&ProjectDocument::connectionAdded, &ProjectDocument::connectionRemoved,
                        &ProjectDocument::connectionChanged, &ProjectDocument::groupAdded,
                        &ProjectDocument::groupRemoved, &ProjectDocument::groupChanged})
        connect(&document, signal, this, &EnvironmentScene::onStructureChanged);
    connect(&document, &ProjectDocument::componentRenamed, this,
            &EnvironmentScene::onStructureChanged);
    connect(&document, &ProjectDocument::environmentRenamed, this,
            [this](const QString &oldId, const QString &newId) {
                if (oldId == m_environmentId)
                    m_environmentId = newId;
                onStructureChanged();
            });
    connect(&document, &ProjectDocument::environmentChanged, this,
            &EnvironmentScene::onStructureChanged); // a platform change changes every card
    connect(&document, &ProjectDocument::environmentAdded, this,
            &EnvironmentScene::onStructureChanged); // badges
    connect(&document, &ProjectDocument::environmentRemoved, this,
            &EnvironmentScene::onStructureChanged);
    connect(&document, &ProjectDocument::deploymentAdded, this,
            &EnvironmentScene::onOtherEnvironment);
    connect(&document, &ProjectDocument::deploymentRemoved, this,
            &EnvironmentScene::onOtherEnvironment);
    connect(&document, &ProjectDocument::changed, this, &EnvironmentScene::onChanged);
    if (build == Build::Now)
        rebuild();
}

EnvironmentScene::~EnvironmentScene()
{
    // QGraphicsScene's destructor deletes the items and would signal selectionChanged to views of
    // a scene that is no longer an EnvironmentScene: nobody listens to a scene going away.
    blockSignals(true);
    m_componentItems.clear();
    m_componentsById.clear();
    m_connectionItems.clear();
    m_groupItems.clear();
    m_connectionsOf.clear();
    m_groupsOf.clear();
}

Core::EnvironmentLayoutOptions EnvironmentScene::layoutOptions()
{
    Core::EnvironmentLayoutOptions options;
    options.cardSize = QSizeF(CanvasStyle::CardWidth, CanvasStyle::CardHeight);
    options.labelSize = &ConnectionItem::labelSize;
    // A little more than the frame needs, so that neighbouring frames keep a visible gap.
    options.graph.clusterMargin = GroupItem::Margin + 8;
    options.graph.clusterTitleHeight = GroupItem::TitleHeight + 4;
    return options;
}

void EnvironmentScene::ensureBuilt()
{
    if (!m_built)
        rebuild();
}

// The lookups are const for their callers; making the items on first use is not a change they
// can see.
ComponentItem *EnvironmentScene::componentItem(const QString &componentId) const
{
    const_cast<EnvironmentScene *>(this)->ensureBuilt();
    return m_componentsById.value(componentId);
}

QList<ComponentItem *> EnvironmentScene::componentItems() const
{
    const_cast<EnvironmentScene *>(this)->ensureBuilt();
    return m_componentItems;
}

QList<ConnectionItem *> EnvironmentScene::connectionItems() const
{
    const_cast<EnvironmentScene *>(this)->ensureBuilt();
    return m_connectionItems;
}

QList<GroupItem *> EnvironmentScene::groupItems() const
{
    const_cast<EnvironmentScene *>(this)->ensureBuilt();
    return m_groupItems;
}

void EnvironmentScene::rebuild()
{
    // What the user selected survives the rebuild.
    QSet<QString> selectedComponents, selectedConnections, selectedGroups;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *card = qgraphicsitem_cast<ComponentItem *>(item))
            selectedComponents.insert(card->componentId());
        else if (auto *arrow = qgraphicsitem_cast<ConnectionItem *>(item))
            selectedConnections.insert(arrow->connectionId());
        else if (auto *frame = qgraphicsitem_cast<GroupItem *>(item))
            selectedGroups.insert(frame->groupId());
    }
    m_built = true;
    m_structureDirty = false;
    m_badgesDirty.clear();
    m_pendingConnection = nullptr;
    m_connectionSource = nullptr;
    // The lists are emptied before the items are deleted: deleting a selected item emits
    // selectionChanged, whose handlers (the canvas actions, the inspector) read them, and must not
    // meet the cards already deleted (Ctrl+A, Delete crashed here).
    m_componentItems.clear();
    m_componentsById.clear();
    m_connectionItems.clear();
    m_groupItems.clear();
    m_connectionsOf.clear();
    m_groupsOf.clear();
    m_cards.clear();
    m_labels.clear();
    // Connection and group items point at component items: all go at once.
    clear();

    const Core::Project &project = m_document.project();
    const Core::Environment *environment = project.environment(m_environmentId);
    if (!environment) {
        setSceneRect(QRectF());
        return;
    }

    const QHash<QString, QPointF> positions
        = Core::EnvironmentLayout::positions(project, *environment, layoutOptions());
    const auto deployments = project.deployments(*environment);
    m_componentItems.reserve(deployments.size());
    m_componentsById.reserve(deployments.size());
    for (const auto &[component, deployment] : deployments) {
        auto *item = new ComponentItem(m_document, m_environmentId, component->id);
        item->refresh(*component, *environment, *deployment);
        item->setPos(positions.value(component->id));
        item->setSelected(selectedComponents.contains(component->id));
        addItem(item);
        m_componentItems.append(item);
        m_componentsById.insert(component->id, item);
        m_cards.set(item, item->mapRectToScene(item->cardRect()));
    }

    for (const Core::Group &group : project.groups) {
        QList<ComponentItem *> members;
        for (const QString &member : group.members) {
            if (ComponentItem *item = componentItem(member))
                members.append(item);
        }
        if (members.isEmpty())
            continue;
        auto *item
            = new GroupItem(group.id, group.label.isEmpty() ? group.id : group.label, members);
        item->setSelected(selectedGroups.contains(group.id));
        addItem(item);
        m_groupItems.append(item);
        for (const ComponentItem *member : std::as_const(members))
            m_groupsOf[member].append(item);
    }

    for (const Core::Connection &connection : project.activeConnections(*environment)) {
        const ComponentItem *from = componentItem(connection.from);
        const ComponentItem *to = componentItem(connection.to);
        auto *item = new ConnectionItem(from, to, connection.label, connection.id);
        item->setSelected(selectedConnections.contains(connection.id));
        addItem(item);
        m_connectionItems.append(item);
        m_connectionsOf[from].append(item);
        if (to != from)
            m_connectionsOf[to].append(item);
    }
    spreadLanes();
    // Now that every card and arrow is in place, labels can find a spot clear of them.
    for (ConnectionItem *item : std::as_const(m_connectionItems))
        item->updateGeometry();
    refreshEnvironmentBadges({});
    if (!m_severities.isEmpty())
        setProblemSeverities(m_severities);

    QRectF bounds;
    for (const ComponentItem *item : std::as_const(m_componentItems))
        bounds = bounds.united(item->sceneBoundingRect());
    for (const GroupItem *item : std::as_const(m_groupItems))
        bounds = bounds.united(item->frameRect());
    for (const ConnectionItem *item : std::as_const(m_connectionItems))
        bounds = bounds.united(item->sceneBoundingRect());
    setSceneRect(bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
}

void EnvironmentScene::spreadLanes()
{
    // Connections between the same two components are spread into lanes, in model order.
    QMap<QPair<QString, QString>, QList<ConnectionItem *>> lanes;
    for (ConnectionItem *item : std::as_const(m_connectionItems)) {
        const QString from = item->fromId();
        const QString to = item->toId();
        lanes[qMakePair(std::min(from, to), std::max(from, to))].append(item);
    }
    for (auto it = lanes.cbegin(); it != lanes.cend(); ++it) {
        const QList<ConnectionItem *> &items = it.value();
        for (qsizetype i = 0; i < items.size(); ++i) {
            // The lane is measured along the normal of the line from the pair's first to its second
            // id.
            const qreal lane = (i - (items.size() - 1) / 2.0) * LaneSpacing;
            const bool reversed = items.at(i)->fromId() != it.key().first;
            items.at(i)->setLaneOffset(reversed ? -lane : lane);
        }
    }
}

void EnvironmentScene::growSceneRect(const QRectF &rect)
{
    // Grows only: a scene rect that shrinks under a drag makes the view jump.
    const QRectF wanted = rect.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect().united(wanted));
}

void EnvironmentScene::setGrid(qreal size, bool snap)
{
    m_gridSize = size > 1 ? size : CanvasStyle::GridSpacing;
    m_snap = snap;
}

QPointF EnvironmentScene::snapped(const QPointF &point) const
{
    if (!m_snap)
        return point;
    return QPointF(std::round(point.x() / m_gridSize) * m_gridSize,
                   std::round(point.y() / m_gridSize) * m_gridSize);
}

bool EnvironmentScene::isLabelSpotFree(const QRectF &rect, const ConnectionItem *self) const
{
    return !m_cards.intersects(rect) && !m_labels.intersects(rect, self);
}

void EnvironmentScene::labelPlaced(const ConnectionItem *connection, const QRectF &rect)
{
    m_labels.set(connection, rect);
}

void EnvironmentScene::componentMoved(const ComponentItem *item)
{
    m_cards.set(item, item->mapRectToScene(item->cardRect()));
    for (ConnectionItem *connection : m_connectionsOf.value(item))
        connection->updateGeometry();
    for (GroupItem *group : m_groupsOf.value(item)) {
        group->updateGeometry();
        growSceneRect(group->frameRect());
    }
    growSceneRect(item->sceneBoundingRect());
}

void EnvironmentScene::setProblemSeverities(const QHash<QString, Core::Severity> &severities)
{
    m_severities = severities;
    for (ComponentItem *item : std::as_const(m_componentItems)) {
        const auto found = severities.constFind(item->componentId());
        item->setProblemSeverity(found == severities.cend()
                                     ? std::nullopt
                                     : std::optional<Core::Severity>(found.value()));
    }
}

ConnectionItem *EnvironmentScene::connectionItem(const QString &connectionId) const
{
    const_cast<EnvironmentScene *>(this)->ensureBuilt();
    for (ConnectionItem *item : m_connectionItems) {
        if (item->connectionId() == connectionId)
            return item;
    }
    return nullptr;
}

GroupItem *EnvironmentScene::groupItem(const QString &groupId) const
{
    const_cast<EnvironmentScene *>(this)->ensureBuilt();
    for (GroupItem *item : m_groupItems) {
        if (item->groupId() == groupId)
            return item;
    }
    return nullptr;
}

void EnvironmentScene::refreshEnvironmentBadges(const QStringList &componentIds)
{
    // One pass over the other environments' deployments (empty `componentIds`: every card).
    const QSet<QString> wanted(componentIds.cbegin(), componentIds.cend());
    QHash<QString, QStringList> badges;
    for (const Core::Environment &environment : m_document.project().environments) {
        if (environment.id == m_environmentId)
            continue;
        const QString name = environment.displayName().left(3);
        for (const Core::Deployment &deployment : environment.deployments) {
            if (wanted.isEmpty() || wanted.contains(deployment.component))
                badges[deployment.component].append(name);
        }
    }
    for (ComponentItem *item : std::as_const(m_componentItems)) {
        if (wanted.isEmpty() || wanted.contains(item->componentId()))
            item->setOtherEnvironments(badges.value(item->componentId()));
    }
}

void EnvironmentScene::onStructureChanged()
{
    m_structureDirty = true;
}

void EnvironmentScene::onOtherEnvironment(const QString &environmentId, const QString &componentId)
{
    if (environmentId == m_environmentId)
        m_structureDirty = true; // a card comes or goes
    else
        m_badgesDirty.append(componentId);
}

void EnvironmentScene::onChanged()
{
    if (!m_built) { // made from the model when first used, edits included
        m_structureDirty = false;
        m_badgesDirty.clear();
        return;
    }
    if (m_structureDirty) {
        rebuild();
    } else if (!m_badgesDirty.isEmpty()) {
        const QStringList dirty = m_badgesDirty;
        m_badgesDirty.clear();
        refreshEnvironmentBadges(dirty);
    }
}

void EnvironmentScene::beginConnection(const ComponentItem *from, const QPointF &scenePos)
{
    delete m_pendingConnection;
    m_connectionSource = from;
    m_pendingConnection = new QGraphicsLineItem(QLineF(scenePos, scenePos));
    QPen pen(CanvasStyle::selection(), 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    m_pendingConnection->setPen(pen);
    m_pendingConnection->setZValue(10);
    addItem(m_pendingConnection);
}

void EnvironmentScene::updateConnection(const QPointF &scenePos)
{
    if (m_pendingConnection)
        m_pendingConnection->setLine(QLineF(m_pendingConnection->line().p1(), scenePos));
}

void EnvironmentScene::finishConnection(const QPointF &scenePos, const QPoint &screenPos)
{
    const ComponentItem *from = m_connectionSource;
    delete m_pendingConnection;
    m_pendingConnection = nullptr;
    m_connectionSource = nullptr;
    if (!from)
        return;
    for (QGraphicsItem *item : items(scenePos)) {
        if (auto *target = qgraphicsitem_cast<ComponentItem *>(item)) {
            emit connectionRequested(from->componentId(), target->componentId(), screenPos);
            return;
        }
    }
}

void EnvironmentScene::onComponentChanged(const QString &componentId)
{
    if (ComponentItem *item = m_componentsById.value(componentId)) // none before the build
        item->refresh();
}

void EnvironmentScene::onDeploymentChanged(const QString &environmentId, const QString &componentId)
{
    if (environmentId != m_environmentId)
        return;
    ComponentItem *item = m_componentsById.value(componentId); // none before the build
    if (!item)
        return;
    item->refresh();
    const Core::Environment *environment = m_document.project().environment(m_environmentId);
    const Core::Deployment *deployment
        = environment ? environment->deployment(componentId) : nullptr;
    // A card without a stored position keeps where the layout drew it.
    if (deployment && Core::EnvironmentLayout::hasPosition(*deployment)
        && item->pos() != deployment->position) {
        item->setPos(deployment->position);
    }
}

} // namespace Stackdraft::App
