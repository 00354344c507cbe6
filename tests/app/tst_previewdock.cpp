#include "app/live/backgroundjob.h"
#include "app/live/codeview.h"
#include "app/live/designanalysis.h"
#include "app/live/livepanels.h"
#include "app/live/previewdock.h"
#include "app/live/previewfiles.h"
#include "app/mainwindow.h"
#include "core/catalog/catalog.h"
#include "livetesting.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

using namespace Stackdraft;
using namespace Stackdraft::App;

class TestPreviewDock final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_window.reset(); }
    void treeByFormatEnvironmentFile();
    void showsTheChangedLineAfterAnEdit();
    void waitsForTheAnalysisOfAnEdit();
    void environmentToEnvironmentDiff();
    void exportThenDiffAgainstDisk();
    void environmentOfPaths_data();
    void environmentOfPaths();
    void longWorkLeavesQtsPoolToPainting();

private:
    PreviewDock *dock() const { return m_live->previewDock(); }
    void settle() { QTRY_VERIFY(dock()->isCurrent()); }
    QString shown() const { return dock()->codeView()->toPlainText(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    LivePanels *m_live = nullptr;
    QString m_file;
};

void TestPreviewDock::init()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("webot.stackdraft.yaml"));
    QFile::remove(m_file);
    QVERIFY(QFile::copy(LiveTesting::example("webot-chatflow"), m_file));
    m_window = std::make_unique<MainWindow>(Core::Catalog::standard());
    m_live = m_window->findChild<LivePanels *>();
    QVERIFY(m_live);
    QVERIFY(m_window->loadFile(m_file));
    settle();
}

void TestPreviewDock::treeByFormatEnvironmentFile()
{
    QTreeWidget *tree = dock()->tree();
    QStringList formats;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        formats << tree->topLevelItem(i)->text(0);
    QVERIFY2(formats.size() >= 4, qPrintable(formats.join(QLatin1String(", "))));
    // Kubernetes: the shared base, then staging and production.
    QTreeWidgetItem *k8s = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
            QTreeWidgetItem *environment = tree->topLevelItem(i)->child(j);
            if (environment->childCount() > 0
                && environment->child(0)->text(0).startsWith(QLatin1String("deploy/k8s/")))
                k8s = tree->topLevelItem(i);
        }
    }
    QVERIFY(k8s);
    QStringList environments;
    for (int j = 0; j < k8s->childCount(); ++j)
        environments << k8s->child(j)->text(0);
    QCOMPARE(environments,
             (QStringList {QStringLiteral("All environments"), QStringLiteral("Staging"),
                           QStringLiteral("Production")}));
    // With nothing chosen, the first file is shown, highlighted.
    QVERIFY(!dock()->selectedFile().isEmpty());
    QVERIFY(!shown().isEmpty());
}

void TestPreviewDock::showsTheChangedLineAfterAnEdit()
{
    const QString path = QStringLiteral("deploy/k8s/overlays/production/patches/backend.yaml");
    QVERIFY(dock()->selectFile(path));
    settle();
    QVERIFY2(shown().contains(QLatin1String("  replicas: 3\n")), qPrintable(shown()));
    QCOMPARE(dock()->codeView()->fileName(), path);

    QSignalSpy shownSpy(dock(), &PreviewDock::fileShown);
    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("production"),
                                QStringLiteral("backend"), [](Core::Deployment &d) {
                                    d.replicas = 5;
                                    d.autoscaling.minReplicas = 5;
                                });
    QVERIFY(shownSpy.wait());
    settle();
    QVERIFY2(shown().contains(QLatin1String("  replicas: 5\n")), qPrintable(shown()));
    QVERIFY(!shown().contains(QLatin1String("  replicas: 3\n")));
    QCOMPARE(dock()->selectedFile(), path); // the tree refresh kept the selection
}

// The generators wait while the edit's analysis runs (on two cores they took its core), and
// the file is regenerated as soon as it is current.
void TestPreviewDock::waitsForTheAnalysisOfAnEdit()
{
    const QString path = QStringLiteral("deploy/k8s/overlays/production/patches/backend.yaml");
    QVERIFY(dock()->selectFile(path));
    settle();
    DesignAnalysis *analysis = m_live->analysis();
    QStringList order;
    connect(analysis, &DesignAnalysis::current, this,
            [&order] { order << QStringLiteral("analysis"); });
    connect(dock(), &PreviewDock::fileShown, this,
            [&order] { order << QStringLiteral("preview"); });
    analysis->hold(); // keeps the analysis from catching up, however fast the machine
    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("production"),
                                QStringLiteral("backend"), [](Core::Deployment &d) {
                                    d.replicas = 4;
                                    d.autoscaling.minReplicas = 4;
                                });
    QTest::qWait(100);
    QVERIFY(!dock()->isCurrent());
    QVERIFY(order.isEmpty());
    analysis->release();
    settle();
    QCOMPARE(order, (QStringList {QStringLiteral("analysis"), QStringLiteral("preview")}));
    QVERIFY2(shown().contains(QLatin1String("  replicas: 4\n")), qPrintable(shown()));

    // A file the user picks meanwhile is not held back.
    analysis->hold();
    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("production"),
                                QStringLiteral("backend"),
                                [](Core::Deployment &d) { d.replicas = 5; });
    QCoreApplication::processEvents();
    QVERIFY(
        dock()->selectFile(QStringLiteral("deploy/k8s/overlays/staging/patches/frontend.yaml")));
    QTRY_VERIFY(dock()->codeView()->fileName().endsWith(QLatin1String("frontend.yaml")));
    analysis->release();
    settle();
}

void TestPreviewDock::environmentToEnvironmentDiff()
{
    QVERIFY(
        dock()->selectFile(QStringLiteral("deploy/k8s/overlays/staging/patches/frontend.yaml")));
    dock()->setView(PreviewRenderer::View::AgainstEnvironment, QStringLiteral("production"));
    settle();
    const QString diff = shown();
    QVERIFY2(diff.startsWith(QLatin1String("--- deploy/k8s/overlays/staging/patches/frontend.yaml\n"
                                           "+++ deploy/k8s/overlays/production/patches/"
                                           "frontend.yaml\n")),
             qPrintable(diff));
    QVERIFY(diff.contains(QLatin1String("\n+  replicas: 2\n")));
    QCOMPARE(dock()->codeView()->fileName(), QStringLiteral("changes.diff"));

    // An edit of staging shows up in the comparison.
    LiveTesting::editDeployment(
        *m_window->document(), QStringLiteral("staging"), QStringLiteral("frontend"),
        [](Core::Deployment &d) { d.resources.memoryLimit = 1024LL * 1024 * 1024; });
    QTRY_VERIFY(shown().contains(QLatin1String("\n-              memory: 1Gi\n")));
}

void TestPreviewDock::exportThenDiffAgainstDisk()
{
    const QString out = m_dir.path();
    QSignalSpy finished(dock(), &PreviewDock::exportFinished);
    dock()->exportTo(out);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QString path = QStringLiteral("deploy/compose/docker-compose.yml");
    QVERIFY(QFile::exists(QDir(out).filePath(path)));

    QVERIFY(dock()->selectFile(path));
    dock()->setView(PreviewRenderer::View::AgainstDisk);
    settle();
    QCOMPARE(shown(), QString());
    QVERIFY2(dock()->noteText().contains(QLatin1String("up to date")),
             qPrintable(dock()->noteText()));

    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("development"),
                                QStringLiteral("backend"),
                                [](Core::Deployment &d) { d.resources.cpuRequest = 750; });
    QTRY_VERIFY(shown().contains(QLatin1String("\n+")));
    QVERIFY2(shown().contains(QLatin1String("0.75")) || shown().contains(QLatin1String("750m")),
             qPrintable(shown()));
}

void TestPreviewDock::environmentOfPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("environments");
    QTest::addColumn<QString>("owner");
    const QStringList k8s {QStringLiteral("staging"), QStringLiteral("production")};
    QTest::addRow("overlay") << "deploy/k8s/overlays/staging/hpa.yaml" << k8s << "staging";
    QTest::addRow("base") << "deploy/k8s/base/api.yaml" << k8s << "";
    QTest::addRow("file named like an environment") << "deploy/k8s/base/staging" << k8s << "";
    QTest::addRow("one compose environment")
        << "deploy/compose/docker-compose.yml" << QStringList {QStringLiteral("development")}
        << "development";
    QTest::addRow("terraform") << "deploy/terraform/production/main.tf" << k8s << "production";
}

void TestPreviewDock::environmentOfPaths()
{
    QFETCH(QString, path);
    QFETCH(QStringList, environments);
    QFETCH(QString, owner);
    QCOMPARE(PreviewFiles::environmentOf(path, environments), owner);
}

// Qt's raster engine splits a large fill into tasks on Qt's global pool and the UI thread waits
// for them: a generator holding that pool's threads would stall every paint until it ended.
void TestPreviewDock::longWorkLeavesQtsPoolToPainting()
{
    QSemaphore started;
    QSemaphore release;
    BackgroundJob generator; // the pool the preview's, export's and git's jobs get by default
    bool finished = false;
    generator.start<int>(
        [&](QPromise<int> &) {
            started.release();
            release.acquire();
            return 1;
        },
        [&](int) { finished = true; });
    QVERIFY(started.tryAcquire(1, 5000));
    const int busyInQtsPool = QThreadPool::globalInstance()->activeThreadCount();
    release.release(); // before any check can return: the worker must not wait for ever
    QCOMPARE(busyInQtsPool, 0);
    QTRY_VERIFY(finished);
}

QTEST_MAIN(TestPreviewDock)
#include "tst_previewdock.moc"
