#include "app/componentitem.h"
#include "app/connectionitem.h"
#include "app/environmentcanvas.h"
#include "app/environmentscene.h"
#include "app/mainwindow.h"
#include "core/catalog/catalog.h"
#include "core/io/projectreader.h"
#include "document/commands/setdeploymentcommand.h"
#include "document/projectdocument.h"
#include "sampleproject.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace Stackdraft;
using namespace Stackdraft::App;

// Counts the show events of the widgets it watches.
class ShowCounter final : public QObject
{
public:
    int shown = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            ++shown;
        return false;
    }
};

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void startsOnTheWelcomePage();
    void examplesExist();
    void opensEachExample_data();
    void opensEachExample();
    void badFileShowsErrorAndKeepsProject_data();
    void badFileShowsErrorAndKeepsProject();
    void zoomSteps();
    void ctrlWheelZooms();
    void zoomShortcuts();
    void fitShowsEveryItem();
    void statusBarSummarisesCurrentEnvironment();
    void geometryIsSavedOnClose();
    void tabsAreDrawnWhenFirstShown();
    void closingTabsDrawsNoneOfThem();
    void tabDraggedAcrossTabs();

private:
    static QStringList examples();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

QStringList TestMainWindow::examples()
{
    const QDir dir(QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples"));
    QStringList paths;
    for (const QString &name :
         dir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

void TestMainWindow::startsOnTheWelcomePage()
{
    MainWindow window(Core::Catalog::standard());
    QCOMPARE(window.environmentCount(), 0);
    QCOMPARE(window.findChild<QStackedWidget *>()->currentIndex(), 0);
    QVERIFY(window.summaryText().isEmpty());
}

void TestMainWindow::examplesExist()
{
    QVERIFY2(!examples().isEmpty(), "no examples/*.stackdraft.yaml");
}

void TestMainWindow::opensEachExample_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : examples())
        QTest::addRow("%s", qPrintable(QFileInfo(path).fileName())) << path;
}

void TestMainWindow::opensEachExample()
{
    if (!QTest::currentDataTag())
        QSKIP("no examples: examplesExist() fails");
    QFETCH(QString, path);
    const auto expected = Core::ProjectReader::readFile(path, Core::Catalog::standard());
    QVERIFY2(expected.ok(), qPrintable(expected.ok() ? QString() : expected.error().toString()));
    const Core::Project &project = expected.value();

    MainWindow window(Core::Catalog::standard());
    QVERIFY(window.openFile(path));
    QCOMPARE(window.findChild<QStackedWidget *>()->currentIndex(), 1);
    QVERIFY(window.windowTitle().contains(project.displayTitle()));
    QCOMPARE(MainWindow::recentFiles().value(0), QFileInfo(path).absoluteFilePath());

    QCOMPARE(window.environmentCount(), project.environments.size());
    for (int i = 0; i < window.environmentCount(); ++i) {
        const Core::Environment &environment = project.environments.at(i);
        const EnvironmentScene *scene = window.canvas(i)->environmentScene();
        QCOMPARE(scene->environmentId(), environment.id);
        QCOMPARE(scene->componentItems().size(), project.deployedComponents(environment).size());
        QCOMPARE(scene->connectionItems().size(), project.activeConnections(environment).size());
        for (const ComponentItem *item : scene->componentItems()) {
            const QPointF stored = environment.deployment(item->componentId())->position;
            QVERIFY2(item->pos() == stored,
                     qPrintable(QStringLiteral("%1/%2").arg(environment.id, item->componentId())));
        }
        // A laid-out example never hides one card under another.
        const QList<ComponentItem *> items = scene->componentItems();
        for (qsizetype a = 0; a < items.size(); ++a) {
            for (qsizetype b = a + 1; b < items.size(); ++b) {
                QVERIFY2(!items[a]
                              ->mapRectToScene(items[a]->cardRect())
                              .intersects(items[b]->mapRectToScene(items[b]->cardRect())),
                         qPrintable(QStringLiteral("%1: %2 overlaps %3")
                                        .arg(environment.id, items[a]->componentId(),
                                             items[b]->componentId())));
            }
        }
    }
}

void TestMainWindow::badFileShowsErrorAndKeepsProject_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<bool>("hasLine");
    QTest::addRow("missing file") << QByteArray() << false;
    QTest::addRow("not yaml") << QByteArray("stackdraft: 1\nname: [unclosed\n") << true;
    QTest::addRow("unknown type") << QByteArray("stackdraft: 1\nname: shop\ncomponents:\n  api:\n"
                                                "    type: no-such-type\n")
                                  << true;
}

void TestMainWindow::badFileShowsErrorAndKeepsProject()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, hasLine);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.stackdraft.yaml"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    MainWindow window(Core::Catalog::standard());
    window.document()->reset(SampleProject::make(), QStringLiteral("/tmp/shop.stackdraft.yaml"));
    window.show();
    QVERIFY(!window.openFile(path));

    auto *box = window.findChild<QMessageBox *>(QStringLiteral("openErrorBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QVERIFY(box->text().contains(QStringLiteral("bad.stackdraft.yaml")));
    QVERIFY(box->informativeText().contains(QStringLiteral("bad.stackdraft.yaml")));
    if (hasLine)
        QVERIFY2(box->informativeText().contains(
                     QRegularExpression(QStringLiteral(R"(yaml:\d+:\d+: )"))),
                 qPrintable(box->informativeText()));

    // The window still shows the project it had.
    QCOMPARE(window.document()->filePath(), QStringLiteral("/tmp/shop.stackdraft.yaml"));
    QCOMPARE(window.environmentCount(), SampleProject::make().environments.size());
    box->close();
    QVERIFY(MainWindow::recentFiles().isEmpty());
}

void TestMainWindow::zoomSteps()
{
    MainWindow window(Core::Catalog::standard());
    window.document()->reset(SampleProject::make());
    EnvironmentCanvas *canvas = window.currentCanvas();
    QVERIFY(canvas);
    canvas->resetZoom();
    QCOMPARE(canvas->zoom(), 1.0);
    window.zoomIn();
    QCOMPARE(canvas->zoom(), EnvironmentCanvas::ZoomStep);
    QCOMPARE(canvas->transform().m11(), EnvironmentCanvas::ZoomStep);
    window.zoomOut();
    window.zoomOut();
    QCOMPARE(canvas->zoom(), 1.0 / EnvironmentCanvas::ZoomStep);
    for (int i = 0; i < 50; ++i)
        window.zoomIn();
    QCOMPARE(canvas->zoom(), EnvironmentCanvas::MaximumZoom);
    for (int i = 0; i < 80; ++i)
        window.zoomOut();
    QCOMPARE(canvas->zoom(), EnvironmentCanvas::MinimumZoom);
    window.resetZoom();
    QCOMPARE(canvas->zoom(), 1.0);
}

void TestMainWindow::ctrlWheelZooms()
{
    MainWindow window(Core::Catalog::standard());
    window.document()->reset(SampleProject::make());
    window.show();
    EnvironmentCanvas *canvas = window.currentCanvas();
    canvas->resetZoom();
    const QPointF centre = canvas->viewport()->rect().center();
    auto wheel = [&](Qt::KeyboardModifiers modifiers, int delta) {
        QWheelEvent event(centre, canvas->viewport()->mapToGlobal(centre), QPoint(),
                          QPoint(0, delta), Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(canvas->viewport(), &event);
    };
    wheel(Qt::NoModifier, 120);
    QCOMPARE(canvas->zoom(), 1.0);
    wheel(Qt::ControlModifier, 120);
    QCOMPARE(canvas->zoom(), EnvironmentCanvas::ZoomStep);
    wheel(Qt::ControlModifier, -240);
    QVERIFY(qFuzzyCompare(canvas->zoom(), 1.0 / EnvironmentCanvas::ZoomStep));
}

void TestMainWindow::zoomShortcuts()
{
    MainWindow window(Core::Catalog::standard());
    auto actionWith = [&](const QKeySequence &key) -> QAction * {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcuts().contains(key))
                return action;
        }
        return nullptr;
    };
    QAction *zoomIn = actionWith(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    QAction *zoomOut = actionWith(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    QVERIFY(zoomIn);
    QVERIFY(zoomOut);
    QVERIFY(actionWith(QKeySequence::Open));
    QVERIFY(!zoomIn->isEnabled()); // nothing to zoom before a project is open

    window.document()->reset(SampleProject::make());
    QVERIFY(zoomIn->isEnabled());
    window.currentCanvas()->resetZoom();
    zoomIn->trigger();
    QCOMPARE(window.currentCanvas()->zoom(), EnvironmentCanvas::ZoomStep);
    zoomOut->trigger();
    QCOMPARE(window.currentCanvas()->zoom(), 1.0);
}

void TestMainWindow::fitShowsEveryItem()
{
    MainWindow window(Core::Catalog::standard());
    window.resize(900, 600);
    window.document()->reset(SampleProject::make());
    window.show();
    QVERIFY(window.selectEnvironment(QStringLiteral("production")));
    EnvironmentCanvas *canvas = window.currentCanvas();
    canvas->setZoom(3.0);
    window.fitToWindow();
    QVERIFY(canvas->zoom() < 1.0);
    const QRect viewport = canvas->viewport()->rect();
    for (QGraphicsItem *item : canvas->scene()->items()) {
        const QRect onScreen = canvas->mapFromScene(item->sceneBoundingRect()).boundingRect();
        QVERIFY2(viewport.contains(onScreen),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(onScreen.x())
                                .arg(onScreen.y())
                                .arg(onScreen.width())
                                .arg(onScreen.height())));
    }
}

void TestMainWindow::statusBarSummarisesCurrentEnvironment()
{
    MainWindow window(Core::Catalog::standard());
    window.document()->reset(SampleProject::make());
    QVERIFY(window.selectEnvironment(QStringLiteral("production")));
    const QString production = window.summaryText();
    QVERIFY(production.contains(QStringLiteral("Kubernetes")));
    QVERIFY(production.contains(QStringLiteral("of 8 vCPU")));
    QVERIFY(window.selectEnvironment(QStringLiteral("development")));
    QVERIFY(window.summaryText().contains(QStringLiteral("Docker Compose")));
    QVERIFY(!window.selectEnvironment(QStringLiteral("nowhere")));
}

void TestMainWindow::geometryIsSavedOnClose()
{
    {
        MainWindow window(Core::Catalog::standard());
        window.resize(1000, 700);
        window.show();
        window.close();
    }
    QVERIFY(!QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    MainWindow restored(Core::Catalog::standard());
    QCOMPARE(restored.size(), QSize(1000, 700));
}

// Opening a project draws the environment on screen only; another tab is drawn when first shown,
// from the model as it is then (edits made meanwhile included), with the badges it was given.
void TestMainWindow::tabsAreDrawnWhenFirstShown()
{
    MainWindow window(Core::Catalog::standard());
    window.document()->reset(SampleProject::make());
    QCOMPARE(window.currentEnvironmentId(), QStringLiteral("development"));
    QVERIFY(window.canvas(0)->environmentScene()->isBuilt());
    EnvironmentScene *production = window.canvas(2)->environmentScene();
    QVERIFY(!production->isBuilt());
    QVERIFY(production->items().isEmpty());

    Core::Deployment changed = *window.document()
                                    ->project()
                                    .environment(QStringLiteral("production"))
                                    ->deployment(QStringLiteral("api"));
    changed.replicas = 5;
    QVERIFY(window.document()->push(new Document::SetDeploymentCommand(
        window.document(), QStringLiteral("production"), changed)));
    production->setProblemSeverities({{QStringLiteral("api"), Core::Severity::Error}});
    QVERIFY(!production->isBuilt()); // neither an edit nor a badge draws a hidden tab

    QVERIFY(window.selectEnvironment(QStringLiteral("production")));
    QVERIFY(production->isBuilt());
    const ComponentItem *api = production->componentItem(QStringLiteral("api"));
    QVERIFY(api);
    QCOMPARE(api->resourcesText(), QStringLiteral("5 × 500m / 512Mi"));
    QCOMPARE(api->problemSeverity(), std::optional<Core::Severity>(Core::Severity::Error));
    QVERIFY(!window.canvas(1)->environmentScene()->isBuilt());
}

// Tabs go away when a project replaces another and when the window closes: none of the hidden
// ones is shown on the way (a tab first shown draws its scene, seconds at 10,000 components).
void TestMainWindow::closingTabsDrawsNoneOfThem()
{
    ShowCounter hiddenTabs;
    {
        MainWindow window(Core::Catalog::standard());
        window.resize(1000, 700);
        window.show();
        window.document()->reset(SampleProject::make());
        QVERIFY(window.selectEnvironment(QStringLiteral("staging")));
        QCOMPARE(window.environmentCount(), 3);
        window.canvas(0)->installEventFilter(&hiddenTabs);
        window.canvas(2)->installEventFilter(&hiddenTabs);
        window.document()->reset(SampleProject::make());
        QCOMPARE(hiddenTabs.shown, 0);
        QCOMPARE(window.currentEnvironmentId(), QStringLiteral("staging"));
        QVERIFY(!window.canvas(0)->environmentScene()->isBuilt());
        QVERIFY(!window.canvas(2)->environmentScene()->isBuilt());
        window.canvas(0)->installEventFilter(&hiddenTabs);
        window.canvas(2)->installEventFilter(&hiddenTabs);
    }
    QCOMPARE(hiddenTabs.shown, 0);
}

// A tab dragged over two others moves its environment twice while the tab bar is still dragging
// it; the tabs stay (rebuilding them under the drag crashed the tab bar), and undo puts it back.
void TestMainWindow::tabDraggedAcrossTabs()
{
    MainWindow window(Core::Catalog::standard());
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.document()->reset(SampleProject::make());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("environmentTabs"));
    QVERIFY(tabs);
    QTabBar *bar = tabs->tabBar();
    auto order = [&] {
        QStringList ids;
        for (const Core::Environment &environment : window.document()->project().environments)
            ids << environment.id;
        return ids;
    };
    const QStringList before = order();
    QCOMPARE(before, QStringList({"development", "staging", "production"}));
    QWidget *production = window.canvas(2);

    // Sent whole (QTest::mouseMove carries no button, and the tab bar drags only with one held).
    auto send = [bar](QEvent::Type type, const QPoint &at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, bar->mapToGlobal(at), Qt::LeftButton, buttons, {});
        QApplication::sendEvent(bar, &event);
    };
    const int y = bar->tabRect(2).center().y();
    send(QEvent::MouseButtonPress, bar->tabRect(2).center(), Qt::LeftButton);
    for (int x = bar->tabRect(2).center().x(); x >= bar->tabRect(0).left() + 2; x -= 4)
        send(QEvent::MouseMove, QPoint(x, y), Qt::LeftButton);
    send(QEvent::MouseButtonRelease, QPoint(bar->tabRect(0).left() + 2, y), Qt::NoButton);
    QCOMPARE(order(), QStringList({"production", "development", "staging"}));
    QCOMPARE(window.canvas(0), production); // the same tab, moved
    QCOMPARE(window.currentEnvironmentId(), QStringLiteral("production"));

    while (window.document()->undoStack()->canUndo())
        window.document()->undoStack()->undo();
    QCOMPARE(order(), before);
    for (int i = 0; i < window.environmentCount(); ++i)
        QCOMPARE(window.canvas(i)->environmentScene()->environmentId(), before.at(i));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
