#include "core/layout/environmentlayout.h"

#include "core/logging.h"
#include "core/model/project.h"

#include <QRectF>
#include <QSet>

#include <cmath>

namespace Stackdraft::Core {
namespace {

QSizeF estimatedLabelSize(const QString &label)
{
    // About the canvas' small font: 6.5 units a character, padded like the drawn label.
    return QSizeF(label.size() * 6.5 + 12, 18);
}

QPointF rounded(const QPointF &point)
{
    return QPointF(std::round(point.x()), std::round(point.y()));
}

// Cards already on the canvas, bucketed by cell so that "is this spot free?" looks at a few
// neighbours only, whatever the size of the environment.
class Occupancy
{
public:
    Occupancy(const QSizeF &card, qreal gap)
        : m_card(card)
        , m_gap(gap)
    {
    }

    void insert(const QPointF &topLeft)
    {
        const QRectF rect(topLeft, m_card);
        forEachCell(rect, [&](qint64 key) { m_cells[key].append(rect); });
    }

    bool isFree(const QPointF &topLeft) const
    {
        const QRectF wanted = QRectF(topLeft, m_card).adjusted(-m_gap, -m_gap, m_gap, m_gap);
        bool free = true;
        forEachCell(wanted, [&](qint64 key) {
            for (const QRectF &rect : m_cells.value(key))
                free = free && !rect.intersects(wanted);
        });
        return free;
    }

    // The free spot nearest to `wanted`, searched in rings of card-sized steps.
    QPointF freeSpotNear(const QPointF &wanted) const
    {
        if (isFree(wanted))
            return wanted;
        const qreal dx = m_card.width() + m_gap;
        const qreal dy = m_card.height() + m_gap;
        for (int ring = 1;; ++ring) {
            for (int j = -ring; j <= ring; ++j) {
                for (const QPointF &step :
                     {QPointF(j, ring), QPointF(j, -ring), QPointF(ring, j), QPointF(-ring, j)}) {
                    const QPointF spot = wanted + QPointF(step.x() * dx, step.y() * dy);
                    if (isFree(spot))
                        return spot;
                }
            }
        }
    }

private:
    template<typename F> void forEachCell(const QRectF &rect, F &&visit) const
    {
        const qreal w = m_card.width() + m_gap;
        const qreal h = m_card.height() + m_gap;
        const qint64 left = qint64(std::floor(rect.left() / w));
        const qint64 right = qint64(std::floor(rect.right() / w));
        const qint64 top = qint64(std::floor(rect.top() / h));
        const qint64 bottom = qint64(std::floor(rect.bottom() / h));
        for (qint64 x = left; x <= right; ++x) {
            for (qint64 y = top; y <= bottom; ++y)
                visit((x << 32) ^ (y & 0xffffffff));
        }
    }

    QSizeF m_card;
    qreal m_gap;
    QHash<qint64, QList<QRectF>> m_cells;
};

// dot on 400 cards takes about 0.1 s on the build machine (README, Auto-layout); past that, the
// time to place one new card grows faster than the environment.
constexpr qsizetype WholeDrawingLimit = 400;

} // namespace

bool EnvironmentLayout::hasPosition(const Deployment &deployment)
{
    return !deployment.position.isNull();
}

LayoutGraph EnvironmentLayout::around(const LayoutGraph &whole, const QStringList &focus)
{
    const QSet<QString> focusSet(focus.cbegin(), focus.cend());
    QSet<QString> keep = focusSet;
    for (const LayoutGraph::Edge &edge : whole.edges) {
        if (focusSet.contains(edge.from) || focusSet.contains(edge.to)) {
            keep.insert(edge.from);
            keep.insert(edge.to);
        }
    }
    LayoutGraph part;
    for (const LayoutGraph::Node &node : whole.nodes) {
        if (keep.contains(node.id))
            part.nodes.append(node);
    }
    for (const LayoutGraph::Edge &edge : whole.edges) {
        if (focusSet.contains(edge.from) || focusSet.contains(edge.to))
            part.edges.append(edge);
    }
    for (const LayoutGraph::Cluster &cluster : whole.clusters) {
        LayoutGraph::Cluster kept {cluster.id, {}};
        for (const QString &member : cluster.members) {
            if (keep.contains(member))
                kept.members.append(member);
        }
        if (!kept.members.isEmpty())
            part.clusters.append(kept);
    }
    return part;
}

LayoutGraph EnvironmentLayout::graph(const Project &project, const Environment &environment,
                                     const EnvironmentLayoutOptions &options)
{
    const auto labelSize = options.labelSize ? options.labelSize : estimatedLabelSize;
    LayoutGraph graph;
    for (const auto &[component, deployment] : project.deployments(environment))
        graph.nodes.append({component->id, options.cardSize});
    for (const Connection &connection : project.activeConnections(environment)) {
        graph.edges.append({connection.from, connection.to,
                            connection.label.isEmpty() ? QSizeF() : labelSize(connection.label)});
    }
    for (const Group &group : project.groups)
        graph.clusters.append({group.id, group.members});
    return graph;
}

Result<QHash<QString, QPointF>> EnvironmentLayout::layout(const Project &project,
                                                          const Environment &environment,
                                                          const EnvironmentLayoutOptions &options)
{
    Result<GraphDrawing> drawing
        = GraphLayout::draw(graph(project, environment, options), options.graph);
    if (!drawing)
        return drawing.error();
    return std::move(drawing.value().positions);
}

QHash<QString, QPointF> EnvironmentLayout::positions(const Project &project,
                                                     const Environment &environment,
                                                     const EnvironmentLayoutOptions &options)
{
    QHash<QString, QPointF> placed;
    QStringList missing;
    for (const auto &[component, deployment] : project.deployments(environment)) {
        if (hasPosition(*deployment))
            placed.insert(component->id, deployment->position);
        else
            missing.append(component->id);
    }
    if (missing.isEmpty())
        return placed;

    const qreal gap = options.graph.nodeSpacing;
    Occupancy occupancy(options.cardSize, gap);
    QRectF storedBounds;
    for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
        occupancy.insert(it.value());
        storedBounds = storedBounds.united(QRectF(it.value(), options.cardSize));
    }

    // The whole environment is drawn when nothing is placed, or when it is small enough for dot to
    // be quick (a card then goes back exactly where the whole drawing puts it); in a large one only
    // what places the missing cards is.
    LayoutGraph whole = graph(project, environment, options);
    const bool drawWhole = placed.isEmpty() || whole.nodes.size() <= WholeDrawingLimit;
    Result<GraphDrawing> drawing
        = GraphLayout::draw(drawWhole ? std::move(whole) : around(whole, missing), options.graph);
    Result<QHash<QString, QPointF>> laidOut = drawing
        ? Result<QHash<QString, QPointF>>(std::move(drawing.value().positions))
        : Result<QHash<QString, QPointF>>(drawing.error());
    if (!laidOut) {
        // Graphviz failed (logged by GraphLayout): keep every card visible and apart anyway.
        QPointF next = storedBounds.isNull() ? options.graph.origin
                                             : storedBounds.bottomLeft() + QPointF(0, gap);
        for (const QString &id : std::as_const(missing)) {
            next = occupancy.freeSpotNear(next);
            placed.insert(id, next);
            occupancy.insert(next);
        }
        return placed;
    }
    const QHash<QString, QPointF> &laid = laidOut.value();
    if (placed.isEmpty())
        return laid;

    QHash<QString, QStringList> neighbours;
    for (const Connection &connection : project.activeConnections(environment)) {
        neighbours[connection.from].append(connection.to);
        neighbours[connection.to].append(connection.from);
    }
    qreal laidLeft = 0;
    bool first = true;
    for (const QPointF &point : laid) {
        laidLeft = first ? point.x() : std::min(laidLeft, point.x());
        first = false;
    }
    for (const QString &id : std::as_const(missing)) {
        // Follow the neighbours: the layout's offset from them, applied where the user put them.
        QPointF shift;
        int count = 0;
        for (const QString &neighbour : neighbours.value(id)) {
            if (placed.contains(neighbour) && laid.contains(neighbour)) {
                shift += placed.value(neighbour) - laid.value(neighbour);
                ++count;
            }
        }
        const QPointF wanted = count > 0
            ? laid.value(id) + shift / count
            : QPointF(storedBounds.left() + laid.value(id).x() - laidLeft,
                      storedBounds.bottom() + gap);
        const QPointF spot = occupancy.freeSpotNear(rounded(wanted));
        placed.insert(id, spot);
        occupancy.insert(spot);
    }
    return placed;
}

} // namespace Stackdraft::Core
