#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "document/commands/addcomponentcommand.h"
#include "document/commands/setcomponentfieldcommand.h"
#include "document/commands/setdeploymentcommand.h"
#include "document/projectdocument.h"
#include "sampleproject.h"
#include "testcatalog.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Stackdraft;
using Document::ProjectDocument;

class TestProjectDocument final : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty();
    void resetReplacesEverything();
    void resetGivesConnectionsIds();
    void editsSignalOnlyRealChanges();
    void refusedCommandLeavesNoTrace();
    void changedOncePerCommand();
    void refusalKeepsTheRedoHistory();
    void modifiedFollowsTheUndoStack();
    void failedLoadKeepsTheDocument();
    void saveWritesAndMarksClean();
    void saveAsMovesTheDocument();
    void failedSaveKeepsTheEdits();
    void saveWithoutAFileIsRefused();

private:
    const Core::Catalog m_catalog = contractCatalog();
};

void TestProjectDocument::startsEmpty()
{
    const ProjectDocument document(m_catalog);
    QVERIFY(!document.hasProject());
    QVERIFY(!document.isModified());
    QVERIFY(document.filePath().isEmpty());
    QVERIFY(document.project().environments.isEmpty());
}

void TestProjectDocument::resetReplacesEverything()
{
    ProjectDocument document(m_catalog);
    QSignalSpy reset(&document, &ProjectDocument::projectReset);
    QSignalSpy path(&document, &ProjectDocument::filePathChanged);
    QSignalSpy changed(&document, &ProjectDocument::changed);
    document.reset(SampleProject::make(), QStringLiteral("/projects/shop.stackdraft.yaml"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(path.count(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(document.hasProject());
    QCOMPARE(document.project(), SampleProject::make());
    QCOMPARE(document.filePath(), QStringLiteral("/projects/shop.stackdraft.yaml"));
}

void TestProjectDocument::resetGivesConnectionsIds()
{
    // An imported project, built in code, has no connection ids; the document gives them.
    Core::Project project = SampleProject::make();
    for (Core::Connection &c : project.connections)
        c.id.clear();
    ProjectDocument document(m_catalog);
    document.reset(project);
    QCOMPARE(document.project().connections.size(), 5);
    QCOMPARE(document.project().connections[0].id, QStringLiteral("users->web"));
    QCOMPARE(document.project().connections[2].id, QStringLiteral("api->web"));
}

void TestProjectDocument::editsSignalOnlyRealChanges()
{
    ProjectDocument document(m_catalog);
    document.reset(SampleProject::make());
    QSignalSpy deploymentChanged(&document, &ProjectDocument::deploymentChanged);
    QSignalSpy changed(&document, &ProjectDocument::changed);
    const QString production = QStringLiteral("production");

    Core::Deployment api
        = *document.project().environment(production)->deployment(QStringLiteral("api"));
    QVERIFY(document.push(new Document::SetDeploymentCommand(&document, production, api)));
    QCOMPARE(deploymentChanged.count(), 0); // same value: nothing to redraw
    QCOMPARE(changed.count(), 0);

    api.replicas = 7;
    QVERIFY(document.push(new Document::SetDeploymentCommand(&document, production, api)));
    QCOMPARE(deploymentChanged.count(), 1);
    QCOMPARE(deploymentChanged.at(0).at(0).toString(), production);
    QCOMPARE(deploymentChanged.at(0).at(1).toString(), QStringLiteral("api"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(
        document.project().environment(production)->deployment(QStringLiteral("api"))->replicas, 7);
}

void TestProjectDocument::refusedCommandLeavesNoTrace()
{
    ProjectDocument document(m_catalog);
    document.reset(SampleProject::make());
    QSignalSpy changed(&document, &ProjectDocument::changed);
    // cache is not deployed in development.
    const Core::Status refused = document.push(new Document::SetDeploymentCommand(
        &document, QStringLiteral("development"), {.component = QStringLiteral("cache")}));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("not deployed")),
             qPrintable(refused.error().message));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(document.project(), SampleProject::make());

    // A component added and deployed at once: the deployment is refused (unknown environment),
    // so the component is not left behind either.
    Core::Component queue {.id = QStringLiteral("queue"), .type = QStringLiteral("rabbitmq")};
    QVERIFY(!document.push(
        new Document::AddComponentCommand(&document, queue, QStringLiteral("qa"), {})));
    QCOMPARE(document.project(), SampleProject::make());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestProjectDocument::refusalKeepsTheRedoHistory()
{
    ProjectDocument document(m_catalog);
    document.reset(SampleProject::make());
    QVERIFY(document.push(new Document::SetComponentFieldCommand(
        &document, QStringLiteral("web"), Core::Edit::ComponentField::Label, QStringLiteral("W"))));
    document.undoStack()->undo();
    QVERIFY(document.undoStack()->canRedo());
    Core::Component taken {.id = QStringLiteral("api"), .type = QStringLiteral("worker")};
    QVERIFY(!document.push(new Document::AddComponentCommand(&document, taken)));
    QVERIFY(document.undoStack()->canRedo());
    document.undoStack()->redo();
    QCOMPARE(document.project().component(QStringLiteral("web"))->label, QStringLiteral("W"));
}

void TestProjectDocument::changedOncePerCommand()
{
    ProjectDocument document(m_catalog);
    document.reset(SampleProject::make());
    QSignalSpy changed(&document, &ProjectDocument::changed);
    QSignalSpy added(&document, &ProjectDocument::componentAdded);
    QSignalSpy deployed(&document, &ProjectDocument::deploymentAdded);
    Core::Component queue {.id = QStringLiteral("queue"), .type = QStringLiteral("rabbitmq")};
    QVERIFY(document.push(new Document::AddComponentCommand(
        &document, queue, QStringLiteral("production"), {.position = QPointF(10, 20)})));
    QCOMPARE(added.count(), 1);
    QCOMPARE(deployed.count(), 1);
    QCOMPARE(changed.count(), 1);
    document.undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    document.undoStack()->redo();
    QCOMPARE(changed.count(), 3);
}

void TestProjectDocument::modifiedFollowsTheUndoStack()
{
    ProjectDocument document(m_catalog);
    document.reset(SampleProject::make());
    QSignalSpy modified(&document, &ProjectDocument::modifiedChanged);
    QVERIFY(document.push(new Document::SetComponentFieldCommand(
        &document, QStringLiteral("web"), Core::Edit::ComponentField::Image,
        QStringLiteral("node:20-alpine"))));
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(modified.count(), 2);
    // A reset (opening another file) starts a clean history.
    document.undoStack()->redo();
    document.reset(SampleProject::make());
    QVERIFY(!document.isModified());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestProjectDocument::failedLoadKeepsTheDocument()
{
    ProjectDocument document(m_catalog);
    document.reset(SampleProject::make(), QStringLiteral("/projects/shop.stackdraft.yaml"));
    QSignalSpy reset(&document, &ProjectDocument::projectReset);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.stackdraft.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("stackdraft: 1\nname: [\n");
    file.close();

    const Core::Status loaded = document.load(path);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().toString().contains(QStringLiteral("broken.stackdraft.yaml")));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(document.project(), SampleProject::make());
    QCOMPARE(document.filePath(), QStringLiteral("/projects/shop.stackdraft.yaml"));
}

void TestProjectDocument::saveWritesAndMarksClean()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
    QVERIFY(Core::ProjectWriter::writeFile(SampleProject::make(), path));
    ProjectDocument document(m_catalog);
    QVERIFY(document.load(path));
    QVERIFY(document.push(new Document::SetComponentFieldCommand(&document, QStringLiteral("api"),
                                                                 Core::Edit::ComponentField::Label,
                                                                 QStringLiteral("Orders API v2"))));
    QVERIFY(document.isModified());
    QVERIFY(document.save());
    QVERIFY(!document.isModified());
    const Core::Result<Core::Project> reread = Core::ProjectReader::readFile(path, m_catalog);
    QVERIFY(reread.ok());
    QCOMPARE(reread.value(), document.project());
    // Undoing past the save point makes the document modified again.
    document.undoStack()->undo();
    QVERIFY(document.isModified());
}

void TestProjectDocument::saveAsMovesTheDocument()
{
    QTemporaryDir dir;
    ProjectDocument document(m_catalog);
    document.reset(SampleProject::make());
    QSignalSpy path(&document, &ProjectDocument::filePathChanged);
    const QString target = dir.filePath(QStringLiteral("copy.stackdraft.yaml"));
    QVERIFY(document.saveAs(target));
    QCOMPARE(document.filePath(), target);
    QCOMPARE(path.count(), 1);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), Core::ProjectWriter::toBytes(document.project()));
}

void TestProjectDocument::failedSaveKeepsTheEdits()
{
    QTemporaryDir dir;
    ProjectDocument document(m_catalog);
    document.reset(SampleProject::make(), dir.filePath(QStringLiteral("shop.stackdraft.yaml")));
    QVERIFY(document.push(new Document::SetComponentFieldCommand(&document, QStringLiteral("api"),
                                                                 Core::Edit::ComponentField::Label,
                                                                 QStringLiteral("Orders API v2"))));
    const Core::Project edited = document.project();
    // A directory that does not exist cannot hold the file (root may write into read-only ones).
    const QString nowhere = dir.filePath(QStringLiteral("missing/shop.stackdraft.yaml"));
    const Core::Status saved = document.saveAs(nowhere);
    QVERIFY(!saved.ok());
    QVERIFY(!saved.error().message.isEmpty());
    QCOMPARE(saved.error().file, nowhere);
    QVERIFY(document.isModified());
    QCOMPARE(document.project(), edited);
    QCOMPARE(document.filePath(), dir.filePath(QStringLiteral("shop.stackdraft.yaml")));
}

void TestProjectDocument::saveWithoutAFileIsRefused()
{
    ProjectDocument document(m_catalog);
    document.reset(SampleProject::make());
    const Core::Status saved = document.save();
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().message.contains(QStringLiteral("no file")));
}

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
