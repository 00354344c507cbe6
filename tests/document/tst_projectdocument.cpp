#include "app/projectdocument.h"
#include "core/catalog/catalog.h"
#include "sampleproject.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Stackdraft;
using namespace Stackdraft::App;

class TestProjectDocument final : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty();
    void resetReplacesEverything();
    void replaceDeploymentSignalsOnlyRealChanges();
    void replaceComponentSignalsOnlyRealChanges();
    void modifiedFollowsTheUndoStack();
    void failedLoadKeepsTheDocument();
};

void TestProjectDocument::startsEmpty()
{
    const ProjectDocument document(Core::Catalog::standard());
    QVERIFY(!document.hasProject());
    QVERIFY(!document.isModified());
    QVERIFY(document.filePath().isEmpty());
    QVERIFY(document.project().environments.isEmpty());
}

void TestProjectDocument::resetReplacesEverything()
{
    ProjectDocument document(Core::Catalog::standard());
    QSignalSpy reset(&document, &ProjectDocument::projectReset);
    QSignalSpy path(&document, &ProjectDocument::filePathChanged);
    document.reset(SampleProject::make(), QStringLiteral("/projects/shop.stackdraft.yaml"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(path.count(), 1);
    QVERIFY(document.hasProject());
    QCOMPARE(document.project(), SampleProject::make());
    QCOMPARE(document.filePath(), QStringLiteral("/projects/shop.stackdraft.yaml"));
}

void TestProjectDocument::replaceDeploymentSignalsOnlyRealChanges()
{
    ProjectDocument document(Core::Catalog::standard());
    document.reset(SampleProject::make());
    QSignalSpy changed(&document, &ProjectDocument::deploymentChanged);

    Core::Deployment api = *document.project()
                                .environment(QStringLiteral("production"))
                                ->deployment(QStringLiteral("api"));
    QVERIFY(document.replaceDeployment(QStringLiteral("production"), api));
    QCOMPARE(changed.count(), 0); // same value: nothing to redraw

    api.replicas = 7;
    QVERIFY(document.replaceDeployment(QStringLiteral("production"), api));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("production"));
    QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("api"));
    QCOMPARE(document.project()
                 .environment(QStringLiteral("production"))
                 ->deployment(QStringLiteral("api"))
                 ->replicas,
             7);

    // cache is not deployed in development, and there is no environment "qa".
    Core::Deployment cache {.component = QStringLiteral("cache")};
    QVERIFY(!document.replaceDeployment(QStringLiteral("development"), cache));
    QVERIFY(!document.replaceDeployment(QStringLiteral("qa"), api));
    QCOMPARE(changed.count(), 1);
}

void TestProjectDocument::replaceComponentSignalsOnlyRealChanges()
{
    ProjectDocument document(Core::Catalog::standard());
    document.reset(SampleProject::make());
    QSignalSpy changed(&document, &ProjectDocument::componentChanged);
    Core::Component web = *document.project().component(QStringLiteral("web"));
    web.image = QStringLiteral("node:20-alpine");
    QVERIFY(document.replaceComponent(web));
    QVERIFY(document.replaceComponent(web));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(document.project().component(QStringLiteral("web"))->image,
             QStringLiteral("node:20-alpine"));
    QVERIFY(!document.replaceComponent(Core::Component {.id = QStringLiteral("ghost")}));
}

void TestProjectDocument::modifiedFollowsTheUndoStack()
{
    ProjectDocument document(Core::Catalog::standard());
    document.reset(SampleProject::make());
    QSignalSpy modified(&document, &ProjectDocument::modifiedChanged);
    document.undoStack()->push(new QUndoCommand(QStringLiteral("edit")));
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    document.undoStack()->setClean();
    QVERIFY(!document.isModified());
    // A reset (opening another file) starts a clean history.
    document.undoStack()->push(new QUndoCommand(QStringLiteral("edit")));
    document.reset(SampleProject::make());
    QVERIFY(!document.isModified());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestProjectDocument::failedLoadKeepsTheDocument()
{
    ProjectDocument document(Core::Catalog::standard());
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

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
