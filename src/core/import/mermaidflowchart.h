#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// A Mermaid flowchart (`graph` / `flowchart`, any direction) read into nodes, edges and
// subgraphs. Lines it cannot or does not carry (styling, click handlers, unreadable text) are
// kept in `skipped` with their line, so the importer can report every one of them.
struct MermaidFlowchart
{
    enum class Shape {
        Box,
        Round,
        Stadium,
        Subroutine,
        Cylinder,
        Circle,
        Flag,
        Rhombus,
        Hexagon,
        Parallelogram,
        Trapezoid,
        DoubleCircle
    };
    struct Node
    {
        QString id;
        QString label; // cleaned text (no quotes, <br/> as a space); the id when none is given
        Shape shape = Shape::Box;
        int line = 0;
        int subgraph = -1; // index in subgraphs of the innermost one it was declared in
    };
    struct Edge
    {
        QString from;
        QString to;
        QString label;
        bool both = false; // <-->
        int line = 0;
    };
    struct Subgraph
    {
        QString id;
        QString title;
        int parent = -1;
        int line = 0;
    };
    struct Skipped
    {
        int line = 0;
        QString text;
        const char *reason = nullptr; // QT_TRANSLATE_NOOP("Import", ...)
    };

    QString direction; // TD, TB, BT, LR, RL
    QList<Node> nodes; // in order of first appearance
    QList<Edge> edges;
    QList<Subgraph> subgraphs;
    QList<Skipped> skipped;

    // `text` starts with the `graph`/`flowchart` line; `firstLine` is the 1-based number of the
    // text's first line in its file. Answers false (and nothing else) when the text is not a
    // flowchart.
    static bool parse(const QString &text, int firstLine, MermaidFlowchart &out);
    // Whether a diagram's first line declares a flowchart.
    static bool isFlowchart(const QString &firstLine);
};

} // namespace Stackdraft::Core
