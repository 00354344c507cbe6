#include "app/live/assumptionstab.h"
#include "app/live/costdock.h"
#include "app/live/costrows.h"
#include "app/live/designanalysis.h"
#include "app/live/environmentcomparison.h"
#include "app/live/livepanels.h"
#include "app/mainwindow.h"
#include "core/catalog/catalog.h"
#include "core/cost/costreport.h"
#include "livetesting.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Stackdraft;
using namespace Stackdraft::App;

class TestCostDock final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_window.reset(); }
    void followsTheCurrentEnvironment();
    void resourceEditChangesTotalAndComparison();
    void deltaAgainstTheSavedFile();
    void savedCostsAreTheAnalysisOwn();
    void editRewritesLinesInPlace();
    void linesKeepTheRowsOfUnchangedLines();
    void usageAssumptionEditIsUndoable();
    void budgetLevels_data();
    void budgetLevels();
    void comparisonAsMarkdown();
    void withinBudgetIsUnsureWithUnpricedLines();

private:
    // The analysis is current and the dock shows it (its rows are computed on a worker).
    void settle()
    {
        QTRY_VERIFY(m_live->analysis()->isCurrent() && m_live->costDock()->isCurrent());
    }
    // The text of the comparison cell of `component` and the column whose header starts with
    // `header`.
    QString comparisonCell(const QString &component, const QString &header) const;

    std::unique_ptr<MainWindow> m_window;
    LivePanels *m_live = nullptr;
};

void TestCostDock::init()
{
    m_window = std::make_unique<MainWindow>(Core::Catalog::standard());
    m_live = m_window->findChild<LivePanels *>();
    QVERIFY(m_live);
    QVERIFY(m_window->loadFile(LiveTesting::example("webot-chatflow")));
    settle();
}

QString TestCostDock::comparisonCell(const QString &component, const QString &header) const
{
    const QTableView *table = m_live->costDock()->comparisonView();
    // The table is filled when its tab is shown, as a person reading it shows it, on a worker.
    auto *tabs = m_live->costDock()->findChild<QTabWidget *>(QStringLiteral("costTabs"));
    if (!tabs)
        return QStringLiteral("<no tabs>");
    tabs->setCurrentWidget(table->parentWidget());
    if (!QTest::qWaitFor([this] { return m_live->costDock()->isCurrent(); }))
        return QStringLiteral("<not current>");
    const QAbstractItemModel *model = table->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (!model->headerData(column, Qt::Horizontal).toString().startsWith(header))
            continue;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == component)
                return model->index(row, column).data().toString();
        }
    }
    return QStringLiteral("<no cell>");
}

void TestCostDock::followsTheCurrentEnvironment()
{
    // A project just opened shows its first tab, and the dock that tab's environment (it used to
    // show the last environment until the tab was changed).
    QCOMPARE(m_window->currentEnvironmentId(), QStringLiteral("development"));
    QCOMPARE(m_live->costDock()->environment(), QStringLiteral("development"));
    QVERIFY(m_window->selectEnvironment(QStringLiteral("staging")));
    QCOMPARE(m_live->costDock()->environment(), QStringLiteral("staging"));
    QVERIFY(m_window->selectEnvironment(QStringLiteral("production")));
    QCOMPARE(m_live->costDock()->environment(), QStringLiteral("production"));
    settle();
    QVERIFY(m_live->costDock()->totalText().startsWith(QLatin1String("Total: $")));
    QVERIFY2(m_live->costDock()->budgetText().contains(QLatin1String(" of the $1,500.00 budget (")),
             qPrintable(m_live->costDock()->budgetText()));
    QVERIFY(m_live->costDock()->linesView()->model()->rowCount() > 0);
}

void TestCostDock::resourceEditChangesTotalAndComparison()
{
    QVERIFY(m_window->selectEnvironment(QStringLiteral("production")));
    settle(); // the dock's rows for the environment shown are computed on a worker
    const double before = m_live->analysis()->cost(QStringLiteral("production"))->total();
    const QString totalBefore = m_live->costDock()->totalText();
    QCOMPARE(comparisonCell(QStringLiteral("backend"), QStringLiteral("Production\nreplicas")),
             QStringLiteral("3"));
    QCOMPARE(comparisonCell(QStringLiteral("backend"), QStringLiteral("Production\nCPU")),
             QStringLiteral("1.5 vCPU"));
    const QString costBefore
        = comparisonCell(QStringLiteral("backend"), QStringLiteral("Production\n$/month"));

    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("production"),
                                QStringLiteral("backend"), [](Core::Deployment &d) {
                                    d.replicas = 6;
                                    d.autoscaling.minReplicas = 6;
                                    d.resources.cpuRequest = 1000;
                                });
    settle();
    const double after = m_live->analysis()->cost(QStringLiteral("production"))->total();
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QVERIFY(m_live->costDock()->totalText() != totalBefore);
    QCOMPARE(comparisonCell(QStringLiteral("backend"), QStringLiteral("Production\nreplicas")),
             QStringLiteral("6"));
    QCOMPARE(comparisonCell(QStringLiteral("backend"), QStringLiteral("Production\nCPU")),
             QStringLiteral("6 vCPU"));
    QVERIFY(comparisonCell(QStringLiteral("backend"), QStringLiteral("Production\n$/month"))
            != costBefore);
    // The other environments did not move.
    QCOMPARE(comparisonCell(QStringLiteral("backend"), QStringLiteral("Staging\nreplicas")),
             QStringLiteral("1"));

    m_window->document()->undoStack()->undo();
    settle();
    QCOMPARE(m_live->analysis()->cost(QStringLiteral("production"))->total(), before);
    QCOMPARE(m_live->costDock()->totalText(), totalBefore);
}

void TestCostDock::deltaAgainstTheSavedFile()
{
    QVERIFY(m_window->selectEnvironment(QStringLiteral("production")));
    settle(); // the dock's rows for the environment shown are computed on a worker
    const QAbstractItemModel *lines = m_live->costDock()->linesView()->model();
    QAbstractItemModelTester tester(const_cast<QAbstractItemModel *>(lines),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The backend group's text in `column` ("<no row>" when there is no such group).
    auto backend = [lines](int column) {
        for (int row = 0; row < lines->rowCount(); ++row) {
            if (lines->index(row, CostDock::ItemColumn).data() == QLatin1String("backend"))
                return lines->index(row, column).data().toString();
        }
        return QStringLiteral("<no row>");
    };
    QCOMPARE(backend(CostDock::ItemColumn), QStringLiteral("backend"));
    QCOMPARE(backend(CostDock::DeltaColumn), QString()); // nothing changed yet
    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("production"),
                                QStringLiteral("backend"), [](Core::Deployment &d) {
                                    d.replicas = 6;
                                    d.autoscaling.minReplicas = 6;
                                });
    settle();
    QVERIFY2(backend(CostDock::DeltaColumn).startsWith(QLatin1Char('+')),
             qPrintable(backend(CostDock::DeltaColumn)));
    QVERIFY(m_live->costDock()->totalText().contains(QLatin1String("since saved")));
    // Saving (the undo stack's clean state) makes the current design the baseline.
    m_window->document()->undoStack()->setClean();
    QTRY_COMPARE(backend(CostDock::DeltaColumn), QString());
}

void TestCostDock::savedCostsAreTheAnalysisOwn()
{
    // A project just opened is its saved design: its costs are the analysis's, shared, not a
    // second pricing held beside them (issue 14: tens of MB at 10,000 components).
    settle();
    const DesignAnalysis *analysis = m_live->analysis();
    auto shared = [analysis] {
        const Core::CostReport *now = analysis->cost(QStringLiteral("production"));
        const Core::CostReport *saved = analysis->savedCost(QStringLiteral("production"));
        return now && saved && now->lines.isSharedWith(saved->lines);
    };
    QTRY_VERIFY(shared());
    // Edited, the baseline stays the saved design's; saved again, they are shared again.
    const double savedTotal = analysis->savedCost(QStringLiteral("production"))->total();
    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("production"),
                                QStringLiteral("backend"), [](Core::Deployment &d) {
                                    d.replicas = 6;
                                    d.autoscaling.minReplicas = 6;
                                });
    settle();
    QVERIFY(!shared());
    QCOMPARE(analysis->savedCost(QStringLiteral("production"))->total(), savedTotal);
    QVERIFY(analysis->cost(QStringLiteral("production"))->total() > savedTotal);
    m_window->document()->undoStack()->setClean();
    QTRY_VERIFY(shared());
    QVERIFY(analysis->savedCost(QStringLiteral("production"))->total() > savedTotal);
}

void TestCostDock::editRewritesLinesInPlace()
{
    QVERIFY(m_window->selectEnvironment(QStringLiteral("production")));
    settle(); // the dock's rows for the environment shown are computed on a worker
    QTreeView *view = m_live->costDock()->linesView();
    QAbstractItemModel *lines = view->model();
    QAbstractItemModelTester tester(lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QModelIndex backend, frontend;
    for (int row = 0; row < lines->rowCount(); ++row) {
        const QModelIndex group = lines->index(row, CostDock::ItemColumn);
        if (group.data() == QLatin1String("backend"))
            backend = group;
        if (group.data() == QLatin1String("frontend"))
            frontend = group;
    }
    QVERIFY(backend.isValid() && frontend.isValid());
    // Groups open; one the user closed stays closed across edits.
    QVERIFY(view->isExpanded(backend) && view->isExpanded(frontend));
    view->collapse(frontend);
    const QPersistentModelIndex backendAmount = backend.siblingAtColumn(CostDock::AmountColumn);
    const QString amountBefore = backendAmount.data().toString();
    QSignalSpy resets(lines, &QAbstractItemModel::modelReset);
    QSignalSpy removed(lines, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(lines, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(lines, &QAbstractItemModel::dataChanged);

    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("production"),
                                QStringLiteral("backend"), [](Core::Deployment &d) {
                                    d.replicas = 6;
                                    d.autoscaling.minReplicas = 6;
                                });
    settle();
    // The same lines with other amounts: rewritten where they are, nothing rebuilt.
    QVERIFY(backendAmount.isValid());
    QVERIFY2(backendAmount.data().toString() != amountBefore, qPrintable(amountBefore));
    QVERIFY(changed.count() > 0);
    QCOMPARE(resets.count() + removed.count() + inserted.count(), 0);
    QVERIFY(!view->isExpanded(frontend));
    QVERIFY(view->isExpanded(backend));
}

namespace {

// Every row as text (key, then each cell's text and tooltip), children after their parent.
QStringList rowTexts(const QList<SnapshotRow> &rows)
{
    QStringList out;
    for (const SnapshotRow &row : rows) {
        QStringList cells {row.key};
        for (const RowCell &cell : row.cells)
            cells << cell.text << cell.toolTip;
        out << cells.join(QLatin1Char('|'));
        out += rowTexts(row.children);
    }
    return out;
}

} // namespace

// The rows computed with the previous computation's memo are those computed from scratch; the
// lines an edit did not change keep their cells (shared, not formatted again); a key twice is
// matched with the saved lines in order, and a saved line gone is shown as removed.
void TestCostDock::linesKeepTheRowsOfUnchangedLines()
{
    const Core::CostReport saved = *m_live->analysis()->cost(QStringLiteral("production"));
    QList<qsizetype> priced;
    for (qsizetype i = 0; i < saved.lines.size(); ++i) {
        if (saved.lines.at(i).amount > 1)
            priced << i;
    }
    QVERIFY(priced.size() >= 3);
    Core::CostReport edited = saved;
    edited.lines[priced.at(0)].quantity += 1; // changed
    edited.lines[priced.at(0)].amount += 10;
    edited.lines << edited.lines.at(priced.at(1)); // the same line twice: the second is new
    edited.lines.removeAt(priced.at(2)); // removed

    const CostRows::Lines first = CostRows::lines(saved, &saved);
    const CostRows::Lines fresh = CostRows::lines(edited, &saved);
    const CostRows::Lines memoised = CostRows::lines(edited, &saved, first.memo);
    QCOMPARE(rowTexts(memoised.rows), rowTexts(fresh.rows));

    QHash<QString, QList<RowCell>> before;
    for (const SnapshotRow &group : first.rows) {
        for (const SnapshotRow &line : group.children)
            before.insert(line.key, line.cells);
    }
    int shared = 0;
    int removed = 0;
    QStringList twiceDeltas;
    const QString twiceKey = [&] {
        for (const SnapshotRow &group : first.rows) {
            for (const SnapshotRow &line : group.children) {
                if (line.cells.at(CostDock::AmountColumn).text
                        == CostRows::money(saved.lines.at(priced.at(1)).amount)
                    && group.key == saved.lines.at(priced.at(1)).component)
                    return line.key;
            }
        }
        return QString();
    }();
    QVERIFY(!twiceKey.isEmpty());
    for (const SnapshotRow &group : memoised.rows) {
        for (const SnapshotRow &line : group.children) {
            if (line.cells.isSharedWith(before.value(line.key)))
                ++shared;
            if (line.key.startsWith(QLatin1String("removed:")))
                ++removed;
            if (line.key == twiceKey)
                twiceDeltas << line.cells.at(CostDock::DeltaColumn).text;
        }
    }
    // All but the changed line and the second of the pair (its delta is new).
    QCOMPARE(shared, edited.lines.size() - 2);
    QCOMPARE(removed, 1);
    QCOMPARE(twiceDeltas,
             (QStringList {QString(), CostRows::signedMoney(saved.lines.at(priced.at(1)).amount)}));
}

void TestCostDock::usageAssumptionEditIsUndoable()
{
    QVERIFY(m_window->selectEnvironment(QStringLiteral("production")));
    settle(); // the dock's rows for the environment shown are computed on a worker
    CostDock *dock = m_live->costDock();
    dock->findChild<QTabWidget *>("costTabs")->setCurrentWidget(dock->assumptions());
    QCOMPARE(dock->assumptions()->environment(), QStringLiteral("production"));
    auto *transfer = dock->assumptions()->findChild<QDoubleSpinBox *>("dataTransferOutGb");
    auto *retention = dock->assumptions()->findChild<QSpinBox *>("logRetentionDays");
    QVERIFY(transfer && retention);
    QCOMPARE(transfer->value(), 50.0); // examples/webot-chatflow: 50 GB out a month, priced per GB
    const QString totalBefore = dock->totalText();
    const double before = m_live->analysis()->cost(QStringLiteral("production"))->total();
    QUndoStack *undo = m_window->document()->undoStack();

    // Typing "500" over the figure: one undoable step, priced at once.
    transfer->setFocus();
    transfer->selectAll();
    QTest::keyClicks(transfer, QStringLiteral("500"));
    QCOMPARE(m_window->document()->project().environment("production")->usage.dataTransferOutGb,
             500.0);
    QCOMPARE(undo->count(), 1);
    settle();
    QVERIFY(m_live->analysis()->cost(QStringLiteral("production"))->total() > before);
    QVERIFY(dock->totalText() != totalBefore);
    // Another figure is another step.
    retention->selectAll();
    QTest::keyClicks(retention, QStringLiteral("90"));
    QCOMPARE(undo->count(), 2);

    undo->undo();
    QCOMPARE(retention->value(), 30);
    undo->undo();
    QCOMPARE(transfer->value(), 50.0);
    settle();
    QCOMPARE(m_live->analysis()->cost(QStringLiteral("production"))->total(), before);
    QCOMPARE(dock->totalText(), totalBefore);
    undo->redo();
    QCOMPARE(transfer->value(), 500.0);
}

void TestCostDock::budgetLevels_data()
{
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("budget");
    QTest::addColumn<int>("level");
    QTest::addRow("no budget") << 5000.0 << 0.0 << int(CostDock::Level::Normal);
    QTest::addRow("79 percent") << 79.0 << 100.0 << int(CostDock::Level::Normal);
    QTest::addRow("80 percent") << 80.0 << 100.0 << int(CostDock::Level::Near);
    QTest::addRow("100 percent") << 100.0 << 100.0 << int(CostDock::Level::Near);
    QTest::addRow("over") << 100.02 << 100.0 << int(CostDock::Level::Over);
}

void TestCostDock::budgetLevels()
{
    QFETCH(double, total);
    QFETCH(double, budget);
    QFETCH(int, level);
    QCOMPARE(int(CostDock::budgetLevel(total, budget)), level);
}

void TestCostDock::comparisonAsMarkdown()
{
    const QString markdown = m_live->costDock()->comparisonMarkdown();
    const QStringList lines = markdown.trimmed().split(QLatin1Char('\n'));
    // Header, rule, one row per component deployed somewhere, total, budget.
    QVERIFY(lines.first().startsWith(QLatin1String("| Component | Development replicas")));
    QVERIFY(lines.at(1).startsWith(QLatin1String("| --- | ---:")));
    QVERIFY(lines.last().startsWith(QLatin1String("| **Budget** |")));
    QVERIFY(lines.at(lines.size() - 2).startsWith(QLatin1String("| **Total** |")));
    const int columns = int(lines.first().count(QLatin1Char('|')));
    for (const QString &line : lines)
        QCOMPARE(int(line.count(QLatin1Char('|')) - line.count(QLatin1String("\\|"))), columns);
    QVERIFY(markdown.contains(QLatin1String("| `backend` | 1 |")));
}

// Unpriced lines only add to a total: "within" is not sure while any remains, and says so.
void TestCostDock::withinBudgetIsUnsureWithUnpricedLines()
{
    // webot-chatflow's production prices no Kubernetes volume: the facts have no EBS price.
    QVERIFY(m_window->selectEnvironment(QStringLiteral("production")));
    settle();
    const Core::CostReport *report = m_live->analysis()->cost(QStringLiteral("production"));
    QVERIFY(report);
    QVERIFY(report->unpricedCount() > 0);
    QCOMPARE(report->verdict(), Core::CostReport::Verdict::WithinUnsure);
    QVERIFY2(m_live->costDock()->budgetText().endsWith(
                 QStringLiteral("— within, %1 line(s) unpriced").arg(report->unpricedCount())),
             qPrintable(m_live->costDock()->budgetText()));
}

QTEST_MAIN(TestCostDock)
#include "tst_costdock.moc"
