#include "app/environmentscene.h"

#include "app/componentitem.h"
#include "app/connectionitem.h"
#include "app/groupitem.h"
#include "document/projectdocument.h"

#include <QMap>

#include <algorithm>
#include <functional>

namespace Stackdraft::App {
namespace {

constexpr qreal LaneSpacing = 14;
constexpr qreal SceneMargin = 48;

// Column of each node: the longest path reaching it from a node nothing calls, so that callers sit
// left of what they call. Back edges (found by a depth-first walk in model order) are ignored, so
// cycles such as a request/callback pair still give a left-to-right order.
QHash<QString, int> connectionDepths(const QStringList &nodes,
                                     const QList<QPair<QString, QString>> &edges)
{
    QHash<QString, QStringList> next;
    for (const auto &[from, to] : edges) {
        if (from != to && nodes.contains(from) && nodes.contains(to))
            next[from].append(to);
    }
    enum class Mark { New, Active, Done };
    QHash<QString, Mark> marks;
    QStringList finished; // reverse topological order of the graph without back edges
    QList<QPair<QString, QString>> forward;
    std::function<void(const QString &)> visit = [&](const QString &node) {
        marks[node] = Mark::Active;
        for (const QString &target : next.value(node)) {
            const Mark mark = marks.value(target, Mark::New);
            if (mark == Mark::Active)
                continue; // a back edge closes a cycle
            forward.append({node, target});
            if (mark == Mark::New)
                visit(target);
        }
        marks[node] = Mark::Done;
        finished.append(node);
    };
    for (const QString &node : nodes) {
        if (marks.value(node, Mark::New) == Mark::New)
            visit(node);
    }
    QHash<QString, int> depth;
    for (const QString &node : nodes)
        depth.insert(node, 0);
    for (auto node = finished.crbegin(); node != finished.crend(); ++node) {
        for (const auto &[from, to] : std::as_const(forward)) {
            if (from == *node)
                depth[to] = std::max(depth.value(to), depth.value(from) + 1);
        }
    }
    return depth;
}

} // namespace

EnvironmentScene::EnvironmentScene(const ProjectDocument &document, const QString &environmentId,
                                   QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_environmentId(environmentId)
{
    connect(&document, &ProjectDocument::projectReset, this, &EnvironmentScene::rebuild);
    connect(&document, &ProjectDocument::componentChanged, this,
            &EnvironmentScene::onComponentChanged);
    connect(&document, &ProjectDocument::deploymentChanged, this,
            &EnvironmentScene::onDeploymentChanged);
    rebuild();
}

EnvironmentScene::~EnvironmentScene() = default;

ComponentItem *EnvironmentScene::componentItem(const QString &componentId) const
{
    return m_componentsById.value(componentId);
}

void EnvironmentScene::rebuild()
{
    // Connection and group items point at component items: clear them first.
    clear();
    m_componentItems.clear();
    m_componentsById.clear();
    m_connectionItems.clear();
    m_groupItems.clear();

    const Core::Project &project = m_document.project();
    const Core::Environment *environment = project.environment(m_environmentId);
    if (!environment) {
        setSceneRect(QRectF());
        return;
    }

    for (const Core::Component *component : project.deployedComponents(*environment)) {
        auto *item = new ComponentItem(m_document, m_environmentId, component->id);
        addItem(item);
        m_componentItems.append(item);
        m_componentsById.insert(component->id, item);
    }
    placeUnpositionedItems();

    for (const Core::Group &group : project.groups) {
        QList<const ComponentItem *> members;
        for (const QString &member : group.members) {
            if (const ComponentItem *item = componentItem(member))
                members.append(item);
        }
        if (members.isEmpty())
            continue;
        auto *item
            = new GroupItem(group.id, group.label.isEmpty() ? group.id : group.label, members);
        addItem(item);
        m_groupItems.append(item);
    }

    // Connections between the same two components are spread into lanes, in model order.
    QMap<QPair<QString, QString>, QList<ConnectionItem *>> lanes;
    for (const Core::Connection &connection : project.activeConnections(*environment)) {
        auto *item = new ConnectionItem(componentItem(connection.from),
                                        componentItem(connection.to), connection.label);
        addItem(item);
        m_connectionItems.append(item);
        lanes[qMakePair(std::min(connection.from, connection.to),
                        std::max(connection.from, connection.to))]
            .append(item);
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
    updateGeometry();
}

void EnvironmentScene::placeUnpositionedItems()
{
    const Core::Project &project = m_document.project();
    const Core::Environment *environment = project.environment(m_environmentId);
    if (!environment)
        return;
    auto storedPosition = [environment](const QString &componentId) {
        const Core::Deployment *deployment = environment->deployment(componentId);
        return deployment ? deployment->position : QPointF();
    };
    QMap<std::pair<qreal, qreal>, int> uses;
    for (const ComponentItem *item : std::as_const(m_componentItems)) {
        const QPointF stored = storedPosition(item->componentId());
        ++uses[{stored.x(), stored.y()}];
    }
    QStringList unplaced;
    QRectF placedBounds;
    for (ComponentItem *item : std::as_const(m_componentItems)) {
        const QPointF stored = storedPosition(item->componentId());
        if (uses.value({stored.x(), stored.y()}) > 1) {
            unplaced.append(item->componentId());
        } else {
            item->setPos(stored);
            placedBounds = placedBounds.united(item->sceneBoundingRect());
        }
    }
    if (unplaced.isEmpty())
        return;

    QList<QPair<QString, QString>> edges;
    for (const Core::Connection &connection : project.activeConnections(*environment))
        edges.append({connection.from, connection.to});
    const QHash<QString, int> depth = connectionDepths(unplaced, edges);
    const QPointF origin = placedBounds.isNull()
        ? QPointF(0, 0)
        : QPointF(placedBounds.left(), placedBounds.bottom() + RowSpacing);
    QHash<int, int> rowsUsed;
    for (const QString &id : std::as_const(unplaced)) {
        const int column = depth.value(id);
        const int row = rowsUsed[column]++;
        componentItem(id)->setPos(origin + QPointF(column * ColumnSpacing, row * RowSpacing));
    }
}

void EnvironmentScene::updateGeometry()
{
    for (ConnectionItem *connection : std::as_const(m_connectionItems))
        connection->updateGeometry();
    for (GroupItem *group : std::as_const(m_groupItems))
        group->updateGeometry();
    setSceneRect(
        itemsBoundingRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
}

void EnvironmentScene::onComponentChanged(const QString &componentId)
{
    if (ComponentItem *item = componentItem(componentId))
        item->refresh();
}

void EnvironmentScene::onDeploymentChanged(const QString &environmentId, const QString &componentId)
{
    if (environmentId != m_environmentId)
        return;
    ComponentItem *item = componentItem(componentId);
    if (!item)
        return;
    item->refresh();
    placeUnpositionedItems();
    updateGeometry();
}

} // namespace Stackdraft::App
