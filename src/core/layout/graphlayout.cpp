#include "core/layout/graphlayout.h"

#include "core/logging.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <cmath>
#include <graphviz/gvc.h>
#include <memory>

namespace Stackdraft::Core {
namespace {

constexpr double PointsPerInch = 72.0; // dot measures sizes in inches and positions in points

// Graphviz keeps global state (its error handler, its string pools): one layout at a time.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

QByteArray &graphvizErrors()
{
    static QByteArray errors;
    return errors;
}

int collectGraphvizError(char *message)
{
    graphvizErrors().append(message);
    return 0;
}

char *text(const char *literal)
{
    return const_cast<char *>(literal); // libcgraph's API predates const
}

QByteArray inches(qreal units)
{
    return QByteArray::number(units / PointsPerInch, 'f', 4);
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, text(name), const_cast<char *>(value.constData()), text(""));
}

// A label of exactly `size`: an empty fixed-size HTML table, so that no font is measured and the
// drawing is the same on every machine.
void setBoxLabel(Agraph_t *graph, void *object, int kind, const QSizeF &size)
{
    const QByteArray html
        = QByteArrayLiteral("<TABLE FIXEDSIZE=\"TRUE\" BORDER=\"0\" CELLBORDER=\"0\" "
                            "CELLSPACING=\"0\" CELLPADDING=\"0\" WIDTH=\"")
        + QByteArray::number(std::max(1, int(std::ceil(size.width())))) + "\" HEIGHT=\""
        + QByteArray::number(std::max(1, int(std::ceil(size.height()))))
        + "\"><TR><TD></TD></TR></TABLE>";
    Agsym_t *symbol = agattr(graph, kind, text("label"), nullptr); // declared by draw()
    char *value = agstrdup_html(graph, const_cast<char *>(html.constData()));
    agxset(object, symbol, value);
    agstrfree(graph, value);
}

struct ContextDeleter
{
    void operator()(GVC_t *context) const { gvFreeContext(context); }
};
struct GraphDeleter
{
    void operator()(Agraph_t *graph) const { agclose(graph); }
};

} // namespace

Result<GraphDrawing> GraphLayout::draw(const LayoutGraph &graph, const LayoutOptions &options)
{
    GraphDrawing drawing;
    if (graph.nodes.isEmpty())
        return drawing;

    QMutexLocker lock(&graphvizMutex());
    graphvizErrors().clear();
    agseterr(AGERR);
    agseterrf(collectGraphvizError);

    const std::unique_ptr<GVC_t, ContextDeleter> context(gvContext());
    const std::unique_ptr<Agraph_t, GraphDeleter> g(
        agopen(text("stackdraft"), Agdirected, nullptr));
    Agraph_t *root = g.get();
    agattr(root, AGRAPH, text("rankdir"), text("LR"));
    // Rank the whole graph at once rather than cluster by cluster: with the old ranking, an edge
    // between clusters can point backwards although the graph has no cycle.
    agattr(root, AGRAPH, text("newrank"), text("true"));
    agattr(root, AGRAPH, text("nodesep"),
           const_cast<char *>(inches(options.nodeSpacing).constData()));
    agattr(root, AGRAPH, text("ranksep"),
           const_cast<char *>(inches(options.rankSpacing).constData()));
    // Only node and label positions are used: the canvas draws its own edges, so dot need not
    // route splines (the slowest phase on large graphs).
    agattr(root, AGRAPH, text("splines"), text("none"));
    agattr(root, AGRAPH, text("margin"), text("0"));
    agattr(root, AGNODE, text("shape"), text("box"));
    agattr(root, AGNODE, text("fixedsize"), text("true"));
    agattr(root, AGNODE, text("label"), text(""));
    agattr(root, AGEDGE, text("label"), text(""));
    agattr(root, AGRAPH, text("label"), text(""));

    QHash<QString, Agnode_t *> nodes;
    nodes.reserve(graph.nodes.size());
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const LayoutGraph::Node &node = graph.nodes.at(i);
        if (nodes.contains(node.id))
            continue;
        const QByteArray name = "n" + QByteArray::number(i);
        Agnode_t *n = agnode(root, const_cast<char *>(name.constData()), 1);
        set(n, "width", inches(node.size.width()));
        set(n, "height", inches(node.size.height()));
        nodes.insert(node.id, n);
    }

    QHash<QString, Agraph_t *> clusters;
    QHash<QString, bool> clustered;
    for (qsizetype i = 0; i < graph.clusters.size(); ++i) {
        const LayoutGraph::Cluster &cluster = graph.clusters.at(i);
        Agraph_t *sub = nullptr;
        for (const QString &member : cluster.members) {
            Agnode_t *n = nodes.value(member);
            // dot draws clusters as disjoint boxes: a node belongs to one cluster only.
            if (!n || clustered.value(member))
                continue;
            if (!sub) {
                const QByteArray name = "cluster_" + QByteArray::number(i);
                sub = agsubg(root, const_cast<char *>(name.constData()), 1);
                set(sub, "margin", QByteArray::number(options.clusterMargin, 'f', 1));
                set(sub, "labelloc", "t");
                set(sub, "labeljust", "l");
                setBoxLabel(root, sub, AGRAPH, QSizeF(1, options.clusterTitleHeight));
            }
            agsubnode(sub, n, 1);
            clustered.insert(member, true);
        }
        if (sub)
            clusters.insert(cluster.id, sub);
    }

    for (const LayoutGraph::Edge &edge : graph.edges) {
        Agnode_t *from = nodes.value(edge.from);
        Agnode_t *to = nodes.value(edge.to);
        if (!from || !to || from == to)
            continue;
        Agedge_t *e = agedge(root, from, to, nullptr, 1);
        if (!edge.labelSize.isEmpty())
            setBoxLabel(root, e, AGEDGE, edge.labelSize);
    }

    if (gvLayout(context.get(), root, "dot") != 0) {
        const QString reason = QString::fromLocal8Bit(graphvizErrors()).trimmed();
        qCWarning(lcCore) << "Graphviz layout failed:" << reason;
        return Error {QCoreApplication::translate("GraphLayout",
                                                  "Graphviz could not lay out the "
                                                  "drawing: %1")
                          .arg(reason.isEmpty() ? QStringLiteral("dot") : reason)};
    }

    // dot's y axis points up; the canvas' points down. Shift so the drawing starts at the origin.
    const boxf box = GD_bb(root);
    auto toScene
        = [&](double x, double y) { return QPointF(x - box.LL.x, box.UR.y - y) + options.origin; };
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        Agnode_t *n = it.value();
        const QPointF centre = toScene(ND_coord(n).x, ND_coord(n).y);
        const QSizeF size(ND_width(n) * PointsPerInch, ND_height(n) * PointsPerInch);
        const QPointF topLeft = centre - QPointF(size.width() / 2, size.height() / 2);
        drawing.positions.insert(it.key(),
                                 QPointF(std::round(topLeft.x()), std::round(topLeft.y())));
    }
    for (auto it = clusters.cbegin(); it != clusters.cend(); ++it) {
        const boxf b = GD_bb(it.value());
        drawing.clusters.insert(it.key(), QRectF(toScene(b.LL.x, b.UR.y), toScene(b.UR.x, b.LL.y)));
    }
    drawing.bounds = QRectF(toScene(box.LL.x, box.UR.y), toScene(box.UR.x, box.LL.y));
    gvFreeLayout(context.get(), root);
    return drawing;
}

} // namespace Stackdraft::Core
