#include "app/autolayoutjob.h"
#include "app/canvaseditor.h"
#include "app/componentitem.h"
#include "app/connectionitem.h"
#include "app/environmentcanvas.h"
#include "app/environmentscene.h"
#include "app/groupitem.h"
#include "app/live/backgroundjob.h"
#include "core/catalog/catalog.h"
#include "core/io/projectwriter.h"
#include "document/projectdocument.h"
#include "sampleproject.h"

#include <QApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

using namespace Stackdraft;
using namespace Stackdraft::App;

namespace {

void sendMouse(QWidget *viewport, QEvent::Type type, QPoint pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), button, buttons,
                      modifiers);
    QApplication::sendEvent(viewport, &event);
}

// A left-button drag in small steps, as a hand would make it.
void drag(QWidget *viewport, QPoint from, QPoint to)
{
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 8; ++step) {
        const QPoint at = from + (to - from) * step / 8;
        sendMouse(viewport, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
    }
    sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    QCoreApplication::processEvents(); // a drawn connection is handled once the drag is over
}

} // namespace

class TestCanvasEditing final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void connectTwoNodesByDragging();
    void impossibleConnectionIsRefused();
    void dragIsOneSnappedMove();
    void arrowKeysNudgeAndMerge();
    void groupAndUngroup();
    void rubberBandAndDelete();
    void shiftDeleteRemovesFromProject();
    void copyPasteIntoAnotherEnvironment();
    void duplicateMakesUniqueIds();
    void autoLayoutIsOneCommand_data();
    void autoLayoutIsOneCommand();
    void editDuringAutoLayoutDiscardsIt();

private:
    EnvironmentCanvas *open(const QString &environment);
    QPoint viewPoint(EnvironmentCanvas *canvas, const QString &component, QPointF inCard) const;
    QByteArray saved() const { return Core::ProjectWriter::toBytes(m_document->project()); }
    // Undo back to `before`, redo forward to `after`: byte for byte, as saved.
    void checkUndoRedo(const QByteArray &before, const QByteArray &after);

    std::unique_ptr<Document::ProjectDocument> m_document;
    std::vector<std::unique_ptr<EnvironmentCanvas>> m_canvases;
};

void TestCanvasEditing::init()
{
    m_document = std::make_unique<Document::ProjectDocument>(Core::Catalog::standard());
    m_document->reset(SampleProject::make());
}

void TestCanvasEditing::cleanup()
{
    m_canvases.clear();
    m_document.reset();
}

EnvironmentCanvas *TestCanvasEditing::open(const QString &environment)
{
    auto *scene = new EnvironmentScene(*m_document, environment);
    auto canvas = std::make_unique<EnvironmentCanvas>(scene);
    scene->setParent(canvas.get());
    canvas->resize(1400, 900);
    canvas->show();
    canvas->resetZoom();
    canvas->centerOn(scene->itemsBoundingRect().center());
    if (!QTest::qWaitForWindowExposed(canvas.get()))
        return nullptr;
    canvas->setFocus();
    m_canvases.push_back(std::move(canvas));
    return m_canvases.back().get();
}

QPoint TestCanvasEditing::viewPoint(EnvironmentCanvas *canvas, const QString &component,
                                    QPointF inCard) const
{
    const ComponentItem *item = canvas->environmentScene()->componentItem(component);
    return item ? canvas->mapFromScene(item->mapToScene(inCard)) : QPoint();
}

void TestCanvasEditing::checkUndoRedo(const QByteArray &before, const QByteArray &after)
{
    QUndoStack *stack = m_document->undoStack();
    QVERIFY(stack->canUndo());
    stack->undo();
    QCOMPARE(saved(), before);
    stack->redo();
    QCOMPARE(saved(), after);
}

void TestCanvasEditing::connectTwoNodesByDragging()
{
    EnvironmentCanvas *canvas = open(QStringLiteral("development"));
    QVERIFY(canvas);
    const QByteArray before = saved();
    const ComponentItem *web = canvas->environmentScene()->componentItem(QStringLiteral("web"));
    QVERIFY(web);
    // From web's handle (the disc on its right edge) to the middle of db's card.
    const QPointF handle = web->connectionHandleRect().center() - QPointF(3, 0);
    drag(canvas->viewport(), viewPoint(canvas, QStringLiteral("web"), handle),
         viewPoint(canvas, QStringLiteral("db"), web->cardRect().center()));

    // PostgreSQL offers DATABASE_URL, which web does not read yet: a menu offers it.
    auto *offer = canvas->findChild<QMenu *>(QStringLiteral("connectionOffer"));
    QVERIFY(offer);
    QVERIFY(offer->actions().first()->text().contains(QLatin1String("DATABASE_URL")));
    offer->actions().first()->trigger();

    const Core::Project &project = m_document->project();
    const auto added = std::find_if(
        project.connections.cbegin(), project.connections.cend(), [](const Core::Connection &c) {
            return c.from == QLatin1String("web") && c.to == QLatin1String("db");
        });
    QVERIFY(added != project.connections.cend());
    QCOMPARE(added->label, QStringLiteral("PostgreSQL"));
    const Core::EnvVar *url = project.component(QStringLiteral("web"))->envVar("DATABASE_URL");
    QVERIFY(url);
    QCOMPARE(*url, Core::EnvVar::reference("DATABASE_URL", "db"));
    QCOMPARE(m_document->undoStack()->count(), 1); // connection and variable: one step
    // The new arrow is on the canvas.
    QVERIFY(canvas->environmentScene()->connectionItem(added->id));
    checkUndoRedo(before, saved());
}

void TestCanvasEditing::impossibleConnectionIsRefused()
{
    EnvironmentCanvas *canvas = open(QStringLiteral("production"));
    QVERIFY(canvas);
    const QByteArray before = saved();
    const ComponentItem *db = canvas->environmentScene()->componentItem(QStringLiteral("db"));
    drag(canvas->viewport(),
         viewPoint(canvas, QStringLiteral("db"),
                   db->connectionHandleRect().center() - QPointF(3, 0)),
         viewPoint(canvas, QStringLiteral("lb"), db->cardRect().center()));
    QCOMPARE(saved(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY2(canvas->editor()->lastMessage().contains(QLatin1String("db")),
             qPrintable(canvas->editor()->lastMessage()));
}

void TestCanvasEditing::dragIsOneSnappedMove()
{
    EnvironmentCanvas *canvas = open(QStringLiteral("production"));
    QVERIFY(canvas);
    canvas->setGrid(24, true);
    const QByteArray before = saved();
    const QPointF middle(100, 50);
    const QPoint from = viewPoint(canvas, QStringLiteral("api"), middle);
    drag(canvas->viewport(), from, from + QPoint(131, 77));
    QCOMPARE(m_document->undoStack()->count(), 1);
    const QPointF moved
        = m_document->project().environment("production")->deployment("api")->position;
    QVERIFY(moved != QPointF(360, 120));
    QCOMPARE(std::fmod(moved.x(), 24.0), 0.0);
    QCOMPARE(std::fmod(moved.y(), 24.0), 0.0);
    QCOMPARE(canvas->environmentScene()->componentItem("api")->pos(), moved);
    checkUndoRedo(before, saved());
    m_document->undoStack()->undo();
    QCOMPARE(canvas->environmentScene()->componentItem("api")->pos(), QPointF(360, 120));
}

void TestCanvasEditing::arrowKeysNudgeAndMerge()
{
    EnvironmentCanvas *canvas = open(QStringLiteral("production"));
    QVERIFY(canvas);
    canvas->setGrid(24, true);
    canvas->editor()->select({QStringLiteral("api"), QStringLiteral("db")});
    const QByteArray before = saved();
    QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Down, Qt::ShiftModifier);
    const Core::Environment *production = m_document->project().environment("production");
    QCOMPARE(production->deployment("api")->position, QPointF(362, 144));
    QCOMPARE(production->deployment("db")->position, QPointF(722, 84));
    QCOMPARE(m_document->undoStack()->count(), 1); // consecutive nudges of the same cards merge
    checkUndoRedo(before, saved());
}

void TestCanvasEditing::groupAndUngroup()
{
    EnvironmentCanvas *canvas = open(QStringLiteral("production"));
    QVERIFY(canvas);
    const QByteArray before = saved();
    const qsizetype groups = m_document->project().groups.size();
    canvas->editor()->select({QStringLiteral("users"), QStringLiteral("lb")});
    QTest::keyClick(canvas, Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(m_document->project().groups.size(), groups + 1);
    const Core::Group group = m_document->project().groups.last();
    QCOMPARE(group.members, QStringList({"users", "lb"}));
    const GroupItem *frame = canvas->environmentScene()->groupItem(group.id);
    QVERIFY(frame);
    for (const ComponentItem *member : frame->members())
        QVERIFY(frame->frameRect().contains(member->sceneBoundingRect()));
    const QByteArray grouped = saved();
    checkUndoRedo(before, grouped);

    // Ungroup with the frame's members selected.
    canvas->editor()->select({QStringLiteral("users")});
    QTest::keyClick(canvas, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_document->project().groups.size(), groups);
    QVERIFY(!canvas->environmentScene()->groupItem(group.id));
    checkUndoRedo(grouped, saved());
}

void TestCanvasEditing::rubberBandAndDelete()
{
    EnvironmentCanvas *canvas = open(QStringLiteral("production"));
    QVERIFY(canvas);
    const QByteArray before = saved();
    // A band from empty canvas above-left of users to below-right of lb takes exactly those two.
    const EnvironmentScene *scene = canvas->environmentScene();
    const QRectF users = scene->componentItem("users")->sceneBoundingRect();
    const QRectF lb = scene->componentItem("lb")->sceneBoundingRect();
    const QPoint from = canvas->mapFromScene(users.topLeft() - QPointF(20, 20));
    const QPoint to = canvas->mapFromScene(lb.bottomRight() + QPointF(20, 20));
    drag(canvas->viewport(), from, to);
    QCOMPARE(canvas->editor()->selectedComponents(), QStringList({"users", "lb"}));
    QCOMPARE(m_document->undoStack()->count(), 0); // selecting is not an edit
    QTest::keyClick(canvas, Qt::Key_Delete);
    const Core::Project &project = m_document->project();
    QVERIFY(!project.environment("production")->deploys("users"));
    QVERIFY(!project.environment("production")->deploys("lb"));
    QVERIFY(project.component("lb")); // still in the project
    QVERIFY(!scene->componentItem("users"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    checkUndoRedo(before, saved());
}

void TestCanvasEditing::shiftDeleteRemovesFromProject()
{
    EnvironmentCanvas *canvas = open(QStringLiteral("production"));
    QVERIFY(canvas);
    const QByteArray before = saved();
    canvas->editor()->select({QStringLiteral("cache")});
    QTest::keyClick(canvas, Qt::Key_Delete, Qt::ShiftModifier);
    QVERIFY(!m_document->project().component("cache"));
    QVERIFY(!m_document->project().environment("staging")->deploys("cache"));
    checkUndoRedo(before, saved());
}

void TestCanvasEditing::copyPasteIntoAnotherEnvironment()
{
    EnvironmentCanvas *production = open(QStringLiteral("production"));
    EnvironmentCanvas *staging = open(QStringLiteral("staging"));
    QVERIFY(production && staging);
    const QByteArray before = saved();
    production->setFocus();
    production->editor()->select({QStringLiteral("lb"), QStringLiteral("users")});
    QTest::keyClick(production, Qt::Key_C, Qt::ControlModifier);
    staging->setFocus();
    QTest::keyClick(staging, Qt::Key_V, Qt::ControlModifier);

    // The same components, now deployed in staging with production's sizes and positions.
    const Core::Project &project = m_document->project();
    QCOMPARE(project.components.size(), SampleProject::make().components.size());
    const Core::Deployment *lb = project.environment("staging")->deployment("lb");
    QVERIFY(lb);
    QCOMPARE(lb->position, QPointF(-360, 300));
    QVERIFY(staging->environmentScene()->componentItem("lb"));
    QCOMPARE(staging->editor()->selectedComponents(), QStringList({"users", "lb"}));
    QCOMPARE(m_document->undoStack()->count(), 1);
    // Production's card shows its new badge for staging.
    QVERIFY(!production->environmentScene()->componentItem("lb")->otherEnvironments().isEmpty());
    checkUndoRedo(before, saved());
}

void TestCanvasEditing::duplicateMakesUniqueIds()
{
    EnvironmentCanvas *canvas = open(QStringLiteral("production"));
    QVERIFY(canvas);
    const QByteArray before = saved();
    canvas->editor()->select({QStringLiteral("api"), QStringLiteral("db")});
    QTest::keyClick(canvas, Qt::Key_D, Qt::ControlModifier);
    const Core::Project &project = m_document->project();
    QVERIFY(project.component("api-2"));
    QVERIFY(project.component("db-2"));
    // The copy of the api->db connection joins the copies.
    QVERIFY(
        std::any_of(project.connections.cbegin(), project.connections.cend(),
                    [](const Core::Connection &c) { return c.from == "api-2" && c.to == "db-2"; }));
    QCOMPARE(project.environment("production")->deployment("api-2")->position,
             project.environment("production")->deployment("api")->position + QPointF(48, 48));
    QCOMPARE(canvas->editor()->selectedComponents(), QStringList({"api-2", "db-2"}));
    checkUndoRedo(before, saved());
}

void TestCanvasEditing::autoLayoutIsOneCommand_data()
{
    struct Row
    {
        const char *name;
        int synchronousLimit;
    };
    QTest::addColumn<int>("synchronousLimit");
    for (const Row &row :
         {Row {"at once", AutoLayoutJob::DefaultSynchronousLimit}, Row {"on a worker", 0}})
        QTest::addRow("%s", row.name) << row.synchronousLimit;
}

void TestCanvasEditing::autoLayoutIsOneCommand()
{
    QFETCH(int, synchronousLimit);
    EnvironmentCanvas *canvas = open(QStringLiteral("production"));
    QVERIFY(canvas);
    AutoLayoutJob *job = canvas->editor()->autoLayoutJob();
    job->setSynchronousLimit(synchronousLimit);
    const QByteArray before = saved();
    canvas->editor()->autoLayout();
    const bool onWorker = synchronousLimit == 0;
    QCOMPARE(job->isBusy(), onWorker);
    if (onWorker) {
        QCOMPARE(canvas->cursor().shape(), Qt::BusyCursor);
        QVERIFY(canvas->editor()->lastMessage().startsWith(QLatin1String("Laying out")));
    }
    QTRY_VERIFY(!job->isBusy());
    QCOMPARE(canvas->cursor().shape(), Qt::ArrowCursor);
    QCOMPARE(m_document->undoStack()->count(), 1);
    const Core::Environment *production = m_document->project().environment("production");
    // Left to right: users before web before api before db.
    auto x = [&](const char *id) { return production->deployment(id)->position.x(); };
    QVERIFY(x("users") < x("web"));
    QVERIFY(x("web") < x("api"));
    QVERIFY(x("api") < x("db"));
    checkUndoRedo(before, saved());
}

void TestCanvasEditing::editDuringAutoLayoutDiscardsIt()
{
    EnvironmentCanvas *canvas = open(QStringLiteral("production"));
    QVERIFY(canvas);
    AutoLayoutJob *job = canvas->editor()->autoLayoutJob();
    job->setSynchronousLimit(0);
    QSignalSpy laidOut(job, &AutoLayoutJob::laidOut);
    QSignalSpy discarded(job, &AutoLayoutJob::discarded);
    canvas->editor()->autoLayout();
    QVERIFY(job->isBusy());

    // An edit before the worker's answer is delivered (it is queued to this thread, which has not
    // returned to its event loop yet): the layout, computed without it, is dropped.
    canvas->editor()->select({QStringLiteral("db")});
    canvas->editor()->nudge(1, 0, false);
    const QByteArray edited = saved();
    QCOMPARE(discarded.count(), 1);
    QVERIFY(!job->isBusy());
    QCOMPARE(canvas->cursor().shape(), Qt::ArrowCursor);
    QVERIFY(canvas->editor()->lastMessage().contains(QLatin1String("changed")));
    // Let dot finish and its answer arrive: it changes nothing.
    App::BackgroundJob::longWorkPool()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(laidOut.count(), 0);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(saved(), edited);

    // Laid out again, it includes the edit and is a step of its own.
    canvas->editor()->autoLayout();
    QTRY_COMPARE(laidOut.count(), 1);
    QCOMPARE(m_document->undoStack()->count(), 2);
    checkUndoRedo(edited, saved());
}

QTEST_MAIN(TestCanvasEditing)
#include "tst_canvasediting.moc"
