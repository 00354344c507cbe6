#include "app/componentitem.h"
#include "app/environmentcanvas.h"
#include "app/environmentscene.h"
#include "app/live/designanalysis.h"
#include "app/live/livepanels.h"
#include "app/live/problemsdock.h"
#include "app/live/problemsfilter.h"
#include "app/live/problemsmodel.h"
#include "app/mainwindow.h"
#include "core/catalog/catalog.h"
#include "livetesting.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Stackdraft;
using namespace Stackdraft::App;

using Edit = std::function<void(Core::Deployment &)>;
Q_DECLARE_METATYPE(Edit)

class TestProblemsDock final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void editCreatesProblemAndUndoClearsIt_data();
    void editCreatesProblemAndUndoClearsIt();
    void doubleClickShowsTheComponent();
    void filtersBySeverityAndEnvironment();
    void onlyTheEditedEnvironmentIsRechecked();
    void costsComeBeforeProblems();
    void openingWaitsForTheFirstPaint();

private:
    // Waits until the analysis has caught up with the document.
    void settle();
    int rowsOf(const QString &ruleId, const QString &component) const;

    std::unique_ptr<MainWindow> m_window;
    LivePanels *m_live = nullptr;
};

void TestProblemsDock::init()
{
    m_window = std::make_unique<MainWindow>(Core::Catalog::standard());
    m_live = m_window->findChild<LivePanels *>();
    QVERIFY(m_live);
    QVERIFY(m_window->loadFile(LiveTesting::example("webot-chatflow")));
    settle();
}

void TestProblemsDock::cleanup()
{
    m_window.reset();
}

void TestProblemsDock::settle()
{
    QTRY_VERIFY(m_live->analysis()->isCurrent());
}

int TestProblemsDock::rowsOf(const QString &ruleId, const QString &component) const
{
    int rows = 0;
    for (const Core::Problem &problem : m_live->problemsDock()->model()->problems())
        rows += problem.ruleId == ruleId && problem.location.component == component;
    return rows;
}

void TestProblemsDock::editCreatesProblemAndUndoClearsIt_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("severity");
    QTest::addColumn<Edit>("edit");
    QTest::addRow("limit below request")
        << "production"
        << "backend"
        << "SD-REQUESTS-LIMITS" << int(Core::Severity::Error)
        << Edit([](Core::Deployment &d) { d.resources.cpuLimit = d.resources.cpuRequest / 2; });
    QTest::addRow("one production replica")
        << "production"
        << "frontend"
        << "SD-PROD-REPLICAS" << int(Core::Severity::Warning) << Edit([](Core::Deployment &d) {
               d.replicas = 1;
               d.autoscaling.enabled = false;
           });
    QTest::addRow("staging below the minimum")
        << "staging"
        << "mysql"
        << "SD-MIN-RESOURCES" << int(Core::Severity::Error)
        << Edit([](Core::Deployment &d) { d.resources.memoryRequest = 1024 * 1024; });
}

void TestProblemsDock::editCreatesProblemAndUndoClearsIt()
{
    QFETCH(QString, environment);
    QFETCH(QString, component);
    QFETCH(QString, rule);
    QFETCH(int, severity);
    QFETCH(Edit, edit);

    QVERIFY(m_window->selectEnvironment(environment));
    EnvironmentScene *scene = m_window->currentCanvas()->environmentScene();
    QVERIFY(scene->componentItem(component));
    // The example is clean: no problem and no badge before the edit.
    QCOMPARE(rowsOf(rule, component), 0);
    QVERIFY(!scene->componentItem(component)->problemSeverity());

    LiveTesting::editDeployment(*m_window->document(), environment, component, edit);
    settle();
    QCOMPARE(rowsOf(rule, component), 1);
    const std::optional<Core::Severity> badge = scene->componentItem(component)->problemSeverity();
    QVERIFY(badge);
    QCOMPARE(int(*badge), severity);
    QVERIFY(m_live->problemCountLabel()->text().contains(QLatin1String("1")));

    m_window->document()->undoStack()->undo();
    settle();
    QCOMPARE(rowsOf(rule, component), 0);
    QVERIFY(!scene->componentItem(component)->problemSeverity());

    m_window->document()->undoStack()->redo();
    settle();
    QCOMPARE(rowsOf(rule, component), 1);
}

void TestProblemsDock::doubleClickShowsTheComponent()
{
    LiveTesting::editDeployment(
        *m_window->document(), QStringLiteral("staging"), QStringLiteral("backend"),
        [](Core::Deployment &d) { d.resources.cpuLimit = d.resources.cpuRequest / 2; });
    settle();
    QVERIFY(m_window->selectEnvironment(QStringLiteral("development")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    QTreeView *view = m_live->problemsDock()->view();
    QModelIndex target;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, ProblemsModel::RuleColumn);
        if (index.data().toString() == QLatin1String("SD-REQUESTS-LIMITS"))
            target = index;
    }
    QVERIFY(target.isValid());
    view->scrollTo(target);
    QVERIFY(view->isVisible());
    const QPoint centre = view->visualRect(target).center();
    QVERIFY2(view->viewport()->rect().contains(centre),
             qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
    // What the window system sends for a double-click: press, release, then a double-click
    // (QTest::mouseDClick alone sends only the last one).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);

    EnvironmentCanvas *canvas = m_window->currentCanvas();
    QCOMPARE(canvas->environmentScene()->environmentId(), QStringLiteral("staging"));
    ComponentItem *item = canvas->environmentScene()->componentItem(QStringLiteral("backend"));
    QVERIFY(item->isSelected());
    QCOMPARE(canvas->environmentScene()->selectedItems().size(), 1);
    // Centred: the card's centre is in the middle of the viewport (to a few pixels, scroll
    // limits aside).
    const QPoint shown = canvas->mapFromScene(item->sceneBoundingRect().center());
    QVERIFY2(canvas->viewport()->rect().contains(shown), qPrintable(QString::number(shown.x())));
}

void TestProblemsDock::filtersBySeverityAndEnvironment()
{
    LiveTesting::editDeployment(
        *m_window->document(), QStringLiteral("staging"), QStringLiteral("backend"),
        [](Core::Deployment &d) { d.resources.cpuLimit = d.resources.cpuRequest / 2; });
    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("production"),
                                QStringLiteral("frontend"), [](Core::Deployment &d) {
                                    d.replicas = 1;
                                    d.autoscaling.enabled = false;
                                });
    settle();
    ProblemsFilter *filter = m_live->problemsDock()->filter();
    QCOMPARE(filter->rowCount(), 2);
    filter->setSeverityShown(Core::Severity::Warning, false);
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, ProblemsModel::RuleColumn).data().toString(),
             QStringLiteral("SD-REQUESTS-LIMITS"));
    filter->setSeverityShown(Core::Severity::Warning, true);
    filter->setEnvironment(QStringLiteral("production"));
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, ProblemsModel::RuleColumn).data().toString(),
             QStringLiteral("SD-PROD-REPLICAS"));
    filter->setEnvironment(QString());
    filter->sort(ProblemsModel::SeverityColumn, Qt::DescendingOrder);
    QCOMPARE(filter->index(0, ProblemsModel::SeverityColumn).data(ProblemsModel::SeverityRole),
             QVariant(int(Core::Severity::Error)));
}

void TestProblemsDock::onlyTheEditedEnvironmentIsRechecked()
{
    QSignalSpy spy(m_live->analysis(), &DesignAnalysis::problemsChanged);
    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("staging"),
                                QStringLiteral("backend"),
                                [](Core::Deployment &d) { d.replicas = 2; });
    // Several edits in one event-loop turn are analysed together, once.
    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("staging"),
                                QStringLiteral("frontend"),
                                [](Core::Deployment &d) { d.replicas = 2; });
    settle();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toStringList(), QStringList {QStringLiteral("staging")});
}

// An edit's costs are announced as soon as they are priced, while the same environment is still
// being validated (the analysis is not current yet), then its problems.
void TestProblemsDock::costsComeBeforeProblems()
{
    DesignAnalysis *analysis = m_live->analysis();
    QStringList order;
    bool currentAtCosts = true;
    double stagingTotal = 0;
    connect(analysis, &DesignAnalysis::costsChanged, this, [&](const QStringList &ids) {
        order << QStringLiteral("costs ") + ids.join(QLatin1Char(','));
        currentAtCosts = analysis->isCurrent();
        stagingTotal = analysis->cost(QStringLiteral("staging"))->total();
    });
    connect(analysis, &DesignAnalysis::problemsChanged, this, [&](const QStringList &ids) {
        order << QStringLiteral("problems ") + ids.join(QLatin1Char(','));
    });
    const double before = analysis->cost(QStringLiteral("staging"))->total();
    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("staging"),
                                QStringLiteral("backend"),
                                [](Core::Deployment &d) { d.replicas = 6; });
    settle();
    QCOMPARE(order,
             (QStringList {QStringLiteral("costs staging"), QStringLiteral("problems staging")}));
    QVERIFY(!currentAtCosts);
    QVERIFY2(stagingTotal > before,
             qPrintable(QStringLiteral("%1 → %2").arg(before).arg(stagingTotal)));
}

// A shown window draws a project just opened before the whole-project analysis runs; an analysis
// held is still marked, and runs once released.
void TestProblemsDock::openingWaitsForTheFirstPaint()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    settle();
    DesignAnalysis *analysis = m_live->analysis();
    QSignalSpy spy(analysis, &DesignAnalysis::problemsChanged);
    QVERIFY(m_window->loadFile(LiveTesting::example("webot-chatflow")));
    QVERIFY(!analysis->isCurrent());
    QCoreApplication::processEvents(); // the zero timer fires: held, nothing starts
    QCOMPARE(spy.size(), 0);
    settle(); // the canvas paints, the hold ends, the analysis runs
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toStringList().size(),
             m_window->document()->project().environments.size());

    analysis->hold();
    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("staging"),
                                QStringLiteral("backend"),
                                [](Core::Deployment &d) { d.replicas = 2; });
    QTest::qWait(50);
    QCOMPARE(spy.size(), 1);
    QVERIFY(!analysis->isCurrent());
    analysis->release();
    settle();
    QCOMPARE(spy.size(), 2);
}

QTEST_MAIN(TestProblemsDock)
#include "tst_problemsdock.moc"
