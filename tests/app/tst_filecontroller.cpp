#include "app/files/autosaver.h"
#include "app/files/externalchangewatcher.h"
#include "app/files/filecontroller.h"
#include "app/mainwindow.h"
#include "core/catalog/catalog.h"
#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "dialoghelper.h"
#include "document/commands/setdeploymentcommand.h"
#include "document/projectdocument.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Stackdraft;
using namespace Stackdraft::App;

class TestFileController final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void saveIsByteStable_data();
    void saveIsByteStable();
    void newProjectSavesAndReloads();
    void newFromBundledExample();
    void titleNamesTheFileAndMarksChanges();
    void unsavedChangesPromptCanCancel();
    void failedSaveKeepsEditsAndRecoveryFile();
    void autosaveRestoresAfterCrash();
    void corruptRecoveryIsSetAside();
    void externalChangeOffersReload();
    void externalChangeCanBeKept();
    void ownSaveIsNotAnExternalChange();
    void revertReloadsTheFile();

private:
    QString copyExample(const QString &name);
    // Changes backend's replicas in production: one undoable edit.
    static void edit(ProjectDocument &document, int replicas);
    static QByteArray read(const QString &path);

    QTemporaryDir m_dir;
};

void TestFileController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFileController::init()
{
    QSettings().clear();
    QDir(RecoveryStore::defaultDirectory()).removeRecursively();
}

QString TestFileController::copyExample(const QString &name)
{
    const QString target = QDir(m_dir.path()).filePath(name);
    QFile::remove(target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    if (!QFile::copy(QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/") + name, target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

void TestFileController::edit(ProjectDocument &document, int replicas)
{
    Core::Deployment deployment = *document.project()
                                       .environment(QStringLiteral("production"))
                                       ->deployment(QStringLiteral("backend"));
    deployment.replicas = replicas;
    QVERIFY(document
                .push(new Document::SetDeploymentCommand(&document, QStringLiteral("production"),
                                                         deployment))
                .ok());
}

QByteArray TestFileController::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestFileController::saveIsByteStable_data()
{
    QTest::addColumn<QString>("name");
    const QDir examples(QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples"));
    for (const QString &name : examples.entryList({QStringLiteral("*.stackdraft.yaml")}))
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestFileController::saveIsByteStable()
{
    QFETCH(QString, name);
    const QString path = copyExample(name);
    const QByteArray original = read(path);
    MainWindow window(Core::Catalog::standard());
    QVERIFY(window.openFile(path));
    QVERIFY(window.files()->saveTo(path));
    QCOMPARE(read(path), original);
}

void TestFileController::newProjectSavesAndReloads()
{
    MainWindow window(Core::Catalog::standard());
    window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    QVERIFY(window.document()->hasProject());
    QVERIFY(window.document()->filePath().isEmpty());
    QCOMPARE(window.environmentCount(), 1);
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("new.stackdraft.yaml"));
    QVERIFY(window.files()->saveTo(path));
    QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
    const auto reread = Core::ProjectReader::readFile(path, Core::Catalog::standard());
    QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().toString()));
    QCOMPARE(reread.value(), window.document()->project());
    QCOMPARE(MainWindow::recentFiles().value(0), QFileInfo(path).absoluteFilePath());
}

void TestFileController::newFromBundledExample()
{
    const QStringList examples = FileController::bundledExamples();
    QVERIFY(examples.size() >= 3);
    MainWindow window(Core::Catalog::standard());
    QVERIFY(window.files()->newFromExample(examples.first()));
    QVERIFY(window.document()->filePath().isEmpty()); // a copy: Save asks where
    QVERIFY(!window.document()->project().components.isEmpty());
}

void TestFileController::titleNamesTheFileAndMarksChanges()
{
    const QString path = copyExample(QStringLiteral("webot-chatflow.stackdraft.yaml"));
    MainWindow window(Core::Catalog::standard());
    QVERIFY(window.openFile(path));
    QVERIFY(window.windowTitle().contains(QStringLiteral("webot-chatflow.stackdraft.yaml")));
    QVERIFY(!window.isWindowModified());
    edit(*window.document(), 5);
    QVERIFY(window.isWindowModified());
    window.document()->undoStack()->undo();
    QVERIFY(!window.isWindowModified());
}

void TestFileController::unsavedChangesPromptCanCancel()
{
    const QString path = copyExample(QStringLiteral("webot-chatflow.stackdraft.yaml"));
    MainWindow window(Core::Catalog::standard());
    QVERIFY(window.openFile(path));
    edit(*window.document(), 5);
    const Core::Project edited = window.document()->project();

    DialogHelper::clickMessageBoxButton(QMessageBox::Cancel);
    window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    QCOMPARE(window.document()->project(), edited); // cancelled: nothing replaced

    DialogHelper::clickMessageBoxButton(QMessageBox::Discard);
    window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    QCOMPARE(window.document()->project(), FileController::emptyProject());
    QCOMPARE(
        read(path),
        read(QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/webot-chatflow.stackdraft.yaml")));
}

void TestFileController::failedSaveKeepsEditsAndRecoveryFile()
{
    const QString path = copyExample(QStringLiteral("webot-chatflow.stackdraft.yaml"));
    MainWindow window(Core::Catalog::standard());
    QVERIFY(window.openFile(path));
    edit(*window.document(), 7);
    const Core::Project edited = window.document()->project();
    // A directory that cannot exist: its parent is a file (permissions do not stop root).
    const QString impossible = path + QStringLiteral("/inside/project.stackdraft.yaml");
    const Core::Status saved = window.files()->saveTo(impossible);
    QVERIFY(!saved);
    QVERIFY(!saved.error().message.isEmpty());
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->project(), edited);
    QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
    // ...and the edit is in the recovery file already.
    const QByteArray recovered = read(window.files()->autosaver()->store().recoveryPath());
    QCOMPARE(recovered, Core::ProjectWriter::toBytes(edited));
}

void TestFileController::autosaveRestoresAfterCrash()
{
    const QString path = copyExample(QStringLiteral("webot-chatflow.stackdraft.yaml"));
    QByteArray autosaved;
    Core::Project edited;
    {
        MainWindow window(Core::Catalog::standard());
        QCOMPARE(window.files()->autosaver()->interval(), 60 * 1000);
        QVERIFY(window.openFile(path));
        edit(*window.document(), 9);
        edited = window.document()->project();
        // The timer's work, without waiting a minute.
        QVERIFY(window.files()->autosaver()->saveNow().isEmpty());
        autosaved = read(window.files()->autosaver()->store().recoveryPath());
        QVERIFY(!autosaved.isEmpty());
        // A crash leaves the files behind, unlocked: copy them under a key no process holds.
        const QDir dir(RecoveryStore::defaultDirectory());
        QVERIFY(QFile::copy(window.files()->autosaver()->store().recoveryPath(),
                            dir.filePath(QStringLiteral("crashed.stackdraft.yaml"))));
        QFile source(dir.filePath(QStringLiteral("crashed.source")));
        QVERIFY(source.open(QIODevice::WriteOnly));
        source.write(QFileInfo(path).absoluteFilePath().toUtf8());
    }
    MainWindow window(Core::Catalog::standard());
    QCOMPARE(window.files()->autosaver()->store().orphans().size(), 1);
    DialogHelper::clickMessageBoxRole(QMessageBox::AcceptRole); // "Restore"
    window.files()->offerRecovery();
    QCOMPARE(window.document()->project(), edited);
    QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.document()->isModified());
    QVERIFY(window.files()->autosaver()->store().orphans().isEmpty());
    // Saving writes the restored edits where they belong.
    QVERIFY(window.files()->saveTo(path));
    QCOMPARE(read(path), autosaved);
}

void TestFileController::corruptRecoveryIsSetAside()
{
    const QDir dir(RecoveryStore::defaultDirectory());
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    QFile broken(dir.filePath(QStringLiteral("broken.stackdraft.yaml")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("stackdraft: 1\ncomponents: [unclosed\n");
    broken.close();
    MainWindow window(Core::Catalog::standard());
    const QList<RecoveryStore::Entry> orphans = window.files()->autosaver()->store().orphans();
    QCOMPARE(orphans.size(), 1);
    const Core::Status restored = window.files()->restore(orphans.first());
    QVERIFY(!restored);
    QVERIFY2(restored.error().message.contains(QStringLiteral("corrupt")),
             qPrintable(restored.error().message));
    QVERIFY(!window.document()->hasProject()); // the window is as it was
    QVERIFY(window.files()->autosaver()->store().orphans().isEmpty());
    QCOMPARE(QDir(dir.filePath(QStringLiteral("corrupt"))).entryList(QDir::Files).size(), 1);
}

void TestFileController::externalChangeOffersReload()
{
    const QString path = copyExample(QStringLiteral("webot-chatflow.stackdraft.yaml"));
    MainWindow window(Core::Catalog::standard());
    QVERIFY(window.openFile(path));
    // Another program (git pull) writes a different design.
    QByteArray bytes = read(path);
    bytes.replace("title: WeBot-ChatFLOW", "title: WeBot after pull");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = window.findChild<QMessageBox *>(QStringLiteral("externalChangeBox"))), 5000);
    box->findChild<QAbstractButton *>(QStringLiteral("reloadButton"))->click();
    QCOMPARE(window.document()->project().title, QStringLiteral("WeBot after pull"));
    QVERIFY(!window.document()->isModified());
}

void TestFileController::externalChangeCanBeKept()
{
    const QString path = copyExample(QStringLiteral("webot-chatflow.stackdraft.yaml"));
    MainWindow window(Core::Catalog::standard());
    QVERIFY(window.openFile(path));
    const Core::Project mine = window.document()->project();
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("# touched by someone else\n");
    file.close();
    window.files()->watcher()->check();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("externalChangeBox"));
    QVERIFY(box);
    box->findChild<QAbstractButton *>(QStringLiteral("keepButton"))->click();
    QCOMPARE(window.document()->project(), mine);
    QVERIFY(window.document()->isModified()); // the disk no longer holds what is shown
}

void TestFileController::ownSaveIsNotAnExternalChange()
{
    const QString path = copyExample(QStringLiteral("webot-chatflow.stackdraft.yaml"));
    MainWindow window(Core::Catalog::standard());
    QVERIFY(window.openFile(path));
    edit(*window.document(), 4);
    QVERIFY(window.files()->saveTo(path));
    QSignalSpy changed(window.files()->watcher(), &ExternalChangeWatcher::changedOnDisk);
    window.files()->watcher()->check();
    QTest::qWait(400); // the watcher's debounce, had it fired
    QCOMPARE(changed.count(), 0);
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("externalChangeBox")));
}

void TestFileController::revertReloadsTheFile()
{
    const QString path = copyExample(QStringLiteral("webot-chatflow.stackdraft.yaml"));
    MainWindow window(Core::Catalog::standard());
    QVERIFY(window.openFile(path));
    const Core::Project original = window.document()->project();
    edit(*window.document(), 6);
    DialogHelper::clickMessageBoxButton(QMessageBox::Discard);
    QVERIFY(window.files()->revert());
    QCOMPARE(window.document()->project(), original);
    QVERIFY(!window.document()->isModified());
}

QTEST_MAIN(TestFileController)
#include "tst_filecontroller.moc"
