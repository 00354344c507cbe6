// The docks apply each analysis result incrementally: ProblemsModel diffs its list and ItemRows
// rewrites only the cells that differ. Both must end showing exactly the new rows, whatever the
// difference, and keep the rows that did not change.

#include "app/live/itemrows.h"
#include "app/live/problemsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Stackdraft;
using namespace Stackdraft::App;

namespace {

QList<Core::Problem> problems(const QString &ids)
{
    QList<Core::Problem> list;
    for (const QChar id : ids) {
        Core::Problem problem;
        problem.ruleId = QStringLiteral("SD-%1").arg(id);
        problem.location.component = QString(id);
        list << problem;
    }
    return list;
}

QString shown(const ProblemsModel &model)
{
    QString ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids += model.index(row, ProblemsModel::ComponentColumn).data().toString();
    return ids;
}

ItemRows::TreeRow treeRow(const QString &key, const QString &text,
                          const QList<ItemRows::TreeRow> &children = {})
{
    ItemRows::TreeRow row;
    row.key = key;
    row.cells = {ItemRows::Cell {text, {}, false, std::nullopt, {}}};
    row.children = children;
    return row;
}

} // namespace

class TestIncrementalRows final : public QObject
{
    Q_OBJECT

private slots:
    void problemsModelFollowsEveryDifference_data();
    void problemsModelFollowsEveryDifference();
    void treeRewritesChangedCellsInPlace();
    void treeRebuildsOnAnotherShape();
    void tableRewritesChangedCellsInPlace();
};

void TestIncrementalRows::problemsModelFollowsEveryDifference_data()
{
    struct Row
    {
        const char *name;
        QString before;
        QString after;
    };
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    for (const Row &row : {
             Row {"unchanged", "abcde", "abcde"},
             Row {"insert in the middle", "abde", "abXYde"},
             Row {"remove from the middle", "abXYde", "abde"},
             Row {"replace in the middle", "abcde", "abXde"},
             Row {"replace and grow", "abcde", "abXYZde"},
             Row {"replace and shrink", "abXYZde", "abQde"},
             Row {"grow at the end", "abc", "abcde"},
             Row {"shrink at the start", "abcde", "cde"},
             Row {"from nothing", "", "abc"},
             Row {"to nothing", "abc", ""},
             Row {"everything differs", "abc", "xyzw"},
             Row {"repeated rows", "aaab", "aab"},
         })
        QTest::addRow("%s", row.name) << row.before << row.after;
}

void TestIncrementalRows::problemsModelFollowsEveryDifference()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProblems(problems(before));
    QCOMPARE(shown(model), before);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setProblems(problems(after));
    QCOMPARE(shown(model), after);
    QCOMPARE(model.problems(), problems(after));
    QCOMPARE(resets.count(), 0);
}

void TestIncrementalRows::treeRewritesChangedCellsInPlace()
{
    QTreeWidget tree;
    tree.setColumnCount(1);
    const QList<ItemRows::TreeRow> first {treeRow("a", "A", {treeRow("a1", "one")}),
                                          treeRow("b", "B")};
    QVERIFY(ItemRows::writeTree(&tree, first));
    QTreeWidgetItem *a = tree.topLevelItem(0);
    QTreeWidgetItem *a1 = a->child(0);
    QSignalSpy changed(tree.model(), &QAbstractItemModel::dataChanged);

    // Same shape, one text changed: the same items, one cell rewritten.
    const QList<ItemRows::TreeRow> second {treeRow("a", "A", {treeRow("a1", "two")}),
                                           treeRow("b", "B")};
    QVERIFY(!ItemRows::writeTree(&tree, second));
    QCOMPARE(tree.topLevelItem(0), a);
    QCOMPARE(a->child(0), a1);
    QCOMPARE(a1->text(0), QStringLiteral("two"));
    QCOMPARE(changed.count(), 1);

    // Written again unchanged: nothing is announced.
    changed.clear();
    QVERIFY(!ItemRows::writeTree(&tree, second));
    QCOMPARE(changed.count(), 0);
}

void TestIncrementalRows::treeRebuildsOnAnotherShape()
{
    QTreeWidget tree;
    tree.setColumnCount(1);
    QVERIFY(ItemRows::writeTree(&tree, {treeRow("a", "A"), treeRow("b", "B")}));
    QVERIFY(ItemRows::writeTree(&tree, {treeRow("a", "A"), treeRow("c", "C")}));
    QCOMPARE(tree.topLevelItem(1)->text(0), QStringLiteral("C"));
    QVERIFY(ItemRows::writeTree(&tree, {treeRow("a", "A", {treeRow("a1", "one")})}));
    QCOMPARE(tree.topLevelItemCount(), 1);
    QCOMPARE(tree.topLevelItem(0)->child(0)->text(0), QStringLiteral("one"));
}

void TestIncrementalRows::tableRewritesChangedCellsInPlace()
{
    QTableWidget table;
    const QStringList headers {QStringLiteral("Component"), QStringLiteral("Cost")};
    auto cell = [](const QString &text, bool bold = false) {
        return ItemRows::Cell {text, {}, bold, std::nullopt, Qt::AlignRight | Qt::AlignVCenter};
    };
    QVERIFY(ItemRows::writeTable(&table, headers, {{cell("api"), cell("$1.00")}}));
    QTableWidgetItem *cost = table.item(0, 1);
    QVERIFY(!ItemRows::writeTable(&table, headers, {{cell("api"), cell("$2.00", true)}}));
    QCOMPARE(table.item(0, 1), cost);
    QCOMPARE(cost->text(), QStringLiteral("$2.00"));
    QVERIFY(cost->font().bold());
    // An emptied cell loses its item; another number of rows rebuilds.
    QVERIFY(!ItemRows::writeTable(&table, headers, {{cell("api"), cell(QString())}}));
    QVERIFY(!table.item(0, 1));
    QVERIFY(ItemRows::writeTable(&table, headers, {{cell("api")}, {cell("db"), cell("$3.00")}}));
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.item(1, 1)->text(), QStringLiteral("$3.00"));
}

QTEST_MAIN(TestIncrementalRows)
#include "tst_incrementalrows.moc"
