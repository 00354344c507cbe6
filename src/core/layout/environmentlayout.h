#pragma once

#include "core/layout/graphlayout.h"
#include "core/result.h"

#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <functional>

namespace Stackdraft::Core {

struct Deployment;
struct Environment;
struct Project;

// How big the canvas draws things, so that a layout leaves the right room.
struct EnvironmentLayoutOptions
{
    QSizeF cardSize = {224, 84};
    // The box of a connection's label; the default estimates it from the number of characters
    // (the app measures it with the canvas font).
    std::function<QSizeF(const QString &label)> labelSize;
    LayoutOptions graph;
};

// Drawings of one environment: components as boxes, active connections as edges, groups as
// clusters, laid out left to right by Graphviz (GraphLayout).
class EnvironmentLayout final
{
public:
    // A stored position of exactly (0, 0) is "none": the file format leaves it out.
    static bool hasPosition(const Deployment &deployment);

    // Every deployed component laid out afresh (the Auto-layout action), by component id.
    static Result<QHash<QString, QPointF>> layout(const Project &project,
                                                  const Environment &environment,
                                                  const EnvironmentLayoutOptions &options = {});

    // Where to draw each deployed component: its stored position when it has one. Those without
    // one are placed where the layout puts them relative to their neighbours (shifted by how the
    // user moved those neighbours), clear of every other card; when no component has a position
    // the whole environment is laid out. Runs Graphviz only when a position is missing.
    static QHash<QString, QPointF> positions(const Project &project, const Environment &environment,
                                             const EnvironmentLayoutOptions &options = {});

    // The graph GraphLayout draws for `environment`.
    static LayoutGraph graph(const Project &project, const Environment &environment,
                             const EnvironmentLayoutOptions &options = {});

    // The part of `whole` that places the nodes in `focus`: those nodes and their neighbours, the
    // edges that touch `focus`, and the clusters' members among them. positions() draws only this
    // in a large environment where some cards are placed already: dot over all 10,000 cards of an
    // environment, to place one, was most of opening such a project (bench_canvas --app).
    static LayoutGraph around(const LayoutGraph &whole, const QStringList &focus);
};

} // namespace Stackdraft::Core
