#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// A graph to draw: boxes of a given size, directed edges with a label box, and clusters (labelled
// frames) of nodes. Sizes are in scene units (the canvas' pixels at 100 %).
struct LayoutGraph
{
    struct Node
    {
        QString id;
        QSizeF size;
    };
    struct Edge
    {
        QString from;
        QString to;
        QSizeF labelSize; // empty: no label
    };
    struct Cluster
    {
        QString id;
        QStringList members; // node ids; a node already in an earlier cluster stays there
    };

    QList<Node> nodes;
    QList<Edge> edges;
    QList<Cluster> clusters;
};

struct LayoutOptions
{
    qreal nodeSpacing = 36; // between boxes of one rank (dot's nodesep)
    qreal rankSpacing = 72; // between ranks (dot's ranksep); edge labels add their own room
    // Room a cluster keeps around its members, and above them for its title: a frame drawn this far
    // around its members stays inside the cluster, so frames of different clusters never overlap.
    qreal clusterMargin = 24;
    qreal clusterTitleHeight = 30;
    QPointF origin = {48, 48}; // top-left corner of the drawing
};

struct GraphDrawing
{
    QHash<QString, QPointF> positions; // node id -> top-left corner of its box
    QHash<QString, QRectF> clusters; // cluster id -> its frame, title band included
    QRectF bounds;
};

// Lays a graph out left to right with Graphviz's `dot` (clusters kept apart, room between ranks for
// the edge labels). Deterministic: the same graph gives the same drawing. Positions are rounded to
// whole units.
class GraphLayout final
{
public:
    static Result<GraphDrawing> draw(const LayoutGraph &graph, const LayoutOptions &options = {});
};

} // namespace Stackdraft::Core
