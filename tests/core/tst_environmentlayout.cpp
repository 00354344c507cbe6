#include "core/layout/environmentlayout.h"
#include "core/layout/graphlayout.h"
#include "core/model/project.h"
#include "sprawlingproject.h"

#include <QRectF>
#include <QTest>

using namespace Stackdraft;
using namespace Stackdraft::Core;

namespace {

const EnvironmentLayoutOptions Options;

QRectF card(const QPointF &topLeft)
{
    return QRectF(topLeft, Options.cardSize);
}

// What the canvas draws for a group: its members' cards with a margin and a title band above.
QRectF frame(const Group &group, const QHash<QString, QPointF> &positions)
{
    constexpr qreal Margin = 18; // GroupItem::Margin
    constexpr qreal Title = 26; // GroupItem::TitleHeight
    QRectF members;
    for (const QString &member : group.members)
        members = members.united(card(positions.value(member)));
    return members.adjusted(-Margin, -Margin - Title, Margin, Margin);
}

void setPositions(Project &project, const QHash<QString, QPointF> &positions)
{
    for (Deployment &deployment : project.environments.first().deployments)
        deployment.position = positions.value(deployment.component);
}

} // namespace

class TestEnvironmentLayout final : public QObject
{
    Q_OBJECT

private slots:
    void unpositionedProjectIsLaidOut();
    void groupFramesNeverOverlap();
    void labelsFitBetweenColumns();
    void layoutIsDeterministic();
    void storedPositionsAreKept();
    void missingPositionFollowsNeighbours_data();
    void missingPositionFollowsNeighbours();
    void nodeInTwoGroupsIsDrawnOnce();
    void emptyGraph();
    void aroundKeepsTheNeighbourhood();
};

void TestEnvironmentLayout::unpositionedProjectIsLaidOut()
{
    const Project project = SprawlingProject::make();
    const Environment &production = project.environments.first();
    const QHash<QString, QPointF> positions = EnvironmentLayout::positions(project, production);
    QCOMPARE(positions.size(), project.components.size());
    const QList<QString> ids = positions.keys();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QVERIFY2(!positions.value(ids.at(i)).isNull(), qPrintable(ids.at(i)));
        for (qsizetype j = i + 1; j < ids.size(); ++j) {
            QVERIFY2(!card(positions.value(ids.at(i))).intersects(card(positions.value(ids.at(j)))),
                     qPrintable(ids.at(i) + QLatin1Char('/') + ids.at(j)));
        }
    }
    // Left to right: every connection of this acyclic graph points rightwards.
    for (const Connection &connection : project.connections) {
        QVERIFY2(positions.value(connection.from).x() + Options.cardSize.width()
                     < positions.value(connection.to).x(),
                 qPrintable(connection.from + QLatin1String("->") + connection.to));
    }
}

void TestEnvironmentLayout::groupFramesNeverOverlap()
{
    const Project project = SprawlingProject::make();
    const QHash<QString, QPointF> positions
        = EnvironmentLayout::positions(project, project.environments.first());
    for (qsizetype i = 0; i < project.groups.size(); ++i) {
        const QRectF a = frame(project.groups.at(i), positions);
        for (qsizetype j = 0; j < project.groups.size(); ++j) {
            const QString pair
                = project.groups.at(i).id + QLatin1Char('/') + project.groups.at(j).id;
            if (i != j)
                QVERIFY2(!a.intersects(frame(project.groups.at(j), positions)), qPrintable(pair));
        }
        // Nor does a frame cover a card that is not in its group.
        for (const Component &component : project.components) {
            if (!project.groups.at(i).members.contains(component.id))
                QVERIFY2(!a.intersects(card(positions.value(component.id))),
                         qPrintable(project.groups.at(i).id + QLatin1Char(':') + component.id));
        }
    }
}

void TestEnvironmentLayout::labelsFitBetweenColumns()
{
    // The room dot leaves between the two ends of a connection holds its label.
    const Project project = SprawlingProject::make();
    const QHash<QString, QPointF> positions
        = EnvironmentLayout::positions(project, project.environments.first());
    for (const Connection &connection : project.connections) {
        const qreal gap = positions.value(connection.to).x()
            - (positions.value(connection.from).x() + Options.cardSize.width());
        QVERIFY2(
            gap >= connection.label.size() * 6.5 + 12,
            qPrintable(QStringLiteral("%1->%2: %3").arg(connection.from, connection.to).arg(gap)));
    }
}

void TestEnvironmentLayout::layoutIsDeterministic()
{
    const Project project = SprawlingProject::make();
    const auto first = EnvironmentLayout::layout(project, project.environments.first());
    const auto second = EnvironmentLayout::layout(project, project.environments.first());
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QCOMPARE(first.value(), second.value());
}

void TestEnvironmentLayout::storedPositionsAreKept()
{
    Project project = SprawlingProject::make();
    QHash<QString, QPointF> stored;
    int i = 0;
    for (const Component &component : project.components) {
        stored.insert(component.id, QPointF(1000 - 40 * i, 30 * i));
        ++i;
    }
    setPositions(project, stored);
    QCOMPARE(EnvironmentLayout::positions(project, project.environments.first()), stored);
}

void TestEnvironmentLayout::missingPositionFollowsNeighbours_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QPointF>("shift");
    QTest::addRow("middle of the graph") << QStringLiteral("orders") << QPointF(400, 250);
    QTest::addRow("a leaf") << QStringLiteral("index") << QPointF(-120, 60);
    QTest::addRow("the first node") << QStringLiteral("users") << QPointF(0, 0);
}

void TestEnvironmentLayout::missingPositionFollowsNeighbours()
{
    QFETCH(QString, component);
    QFETCH(QPointF, shift);
    Project project = SprawlingProject::make();
    const auto laid = EnvironmentLayout::layout(project, project.environments.first());
    QVERIFY(laid.ok());
    // The user moved the whole drawing, then the component lost its position (deployed anew).
    QHash<QString, QPointF> moved;
    for (auto it = laid->cbegin(); it != laid->cend(); ++it)
        moved.insert(it.key(), it.value() + shift);
    setPositions(project, moved);
    project.environments.first().deployment(component)->position = QPointF();

    const QHash<QString, QPointF> positions
        = EnvironmentLayout::positions(project, project.environments.first());
    // Its old spot is free, so it goes back exactly there: where its neighbours' layout puts it.
    QCOMPARE(positions.value(component), moved.value(component));
    for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
        if (it.key() != component)
            QCOMPARE(positions.value(it.key()), it.value());
    }
}

void TestEnvironmentLayout::nodeInTwoGroupsIsDrawnOnce()
{
    LayoutGraph graph;
    graph.nodes = {{"a", {100, 50}}, {"b", {100, 50}}, {"c", {100, 50}}};
    graph.edges = {{"a", "b", {40, 18}}, {"b", "c", {}}};
    graph.clusters = {{"first", {"a", "b"}}, {"second", {"b", "c"}}};
    const Result<GraphDrawing> drawing = GraphLayout::draw(graph);
    QVERIFY2(drawing.ok(), qPrintable(drawing.ok() ? QString() : drawing.error().toString()));
    QCOMPARE(drawing->positions.size(), 3);
    QCOMPARE(drawing->clusters.size(), 2);
    QVERIFY(drawing->clusters.value("first").contains(
        QRectF(drawing->positions.value("b"), QSizeF(100, 50))));
    QVERIFY(!drawing->clusters.value("first").intersects(drawing->clusters.value("second")));
}

void TestEnvironmentLayout::emptyGraph()
{
    const Result<GraphDrawing> drawing = GraphLayout::draw({});
    QVERIFY(drawing.ok());
    QVERIFY(drawing->positions.isEmpty());
}

// A few unplaced cards are placed from their neighbourhood alone, not from a drawing of the whole
// environment (a 10,000-card environment took seconds of dot to place one card).
void TestEnvironmentLayout::aroundKeepsTheNeighbourhood()
{
    LayoutGraph whole;
    for (const char *id : {"a", "b", "c", "d", "e"})
        whole.nodes.append({QString::fromLatin1(id), Options.cardSize});
    // a - b - c - d, and e alone; b and e in one group, c and d in another.
    whole.edges = {{QStringLiteral("a"), QStringLiteral("b"), {}},
                   {QStringLiteral("b"), QStringLiteral("c"), {}},
                   {QStringLiteral("c"), QStringLiteral("d"), {}}};
    whole.clusters = {{QStringLiteral("g1"), {QStringLiteral("b"), QStringLiteral("e")}},
                      {QStringLiteral("g2"), {QStringLiteral("c"), QStringLiteral("d")}}};

    const LayoutGraph part = EnvironmentLayout::around(whole, {QStringLiteral("b")});
    QStringList nodes;
    for (const LayoutGraph::Node &node : part.nodes)
        nodes << node.id;
    QCOMPARE(nodes, QStringList({"a", "b", "c"})); // b and its neighbours, not d (two away) nor e
    QCOMPARE(part.edges.size(), 2); // a-b and b-c; c-d does not touch b
    QCOMPARE(part.clusters.size(), 2);
    QCOMPARE(part.clusters.at(0).members, QStringList({"b"}));
    QCOMPARE(part.clusters.at(1).members, QStringList({"c"}));

    // A card with no connection is drawn alone.
    QCOMPARE(EnvironmentLayout::around(whole, {QStringLiteral("e")}).nodes.size(), 1);
}

QTEST_GUILESS_MAIN(TestEnvironmentLayout)
#include "tst_environmentlayout.moc"
