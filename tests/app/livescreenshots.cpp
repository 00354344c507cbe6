// Takes the screenshots of the live docks and dialogs shown in the README (docs/screenshots/).
// Run under Xvfb with the real X platform, not as a test:
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/tests/app/live_screenshots docs/screenshots

#include "app/live/assumptionstab.h"
#include "app/live/commitdialog.h"
#include "app/live/costdock.h"
#include "app/live/designanalysis.h"
#include "app/live/livepanels.h"
#include "app/live/previewdock.h"
#include "app/live/problemsdock.h"
#include "app/live/promotedialog.h"
#include "app/mainwindow.h"
#include "core/catalog/catalog.h"
#include "livetesting.h"

#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Stackdraft;

namespace {

void save(QWidget *widget, const QString &directory, const char *name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(directory).filePath(QLatin1String(name));
    if (!widget->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
}

void git(const QString &directory, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral("git"), arguments);
    process.waitForFinished();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QTemporaryDir scratch;
    const QString repo = scratch.path();
    git(repo,
        {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
         QStringLiteral("main")});
    git(repo,
        {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ada Architect")});
    git(repo,
        {QStringLiteral("config"), QStringLiteral("user.email"),
         QStringLiteral("ada@example.org")});
    const QString file = QDir(repo).filePath(QStringLiteral("webot-chatflow.stackdraft.yaml"));
    QFile::copy(LiveTesting::example("webot-chatflow"), file);
    git(repo, {QStringLiteral("add"), QStringLiteral(".")});
    git(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Design")});

    App::MainWindow window(Core::Catalog::standard());
    window.resize(1500, 950);
    auto *live = window.findChild<App::LivePanels *>();
    if (!window.loadFile(file))
        qFatal("cannot open %s", qPrintable(file));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
    // Two edits an architect might make: a limit below its request, and more backend replicas.
    LiveTesting::editDeployment(*window.document(), QStringLiteral("production"),
                                QStringLiteral("frontend"),
                                [](Core::Deployment &d) { d.resources.cpuLimit = 100; });
    LiveTesting::editDeployment(*window.document(), QStringLiteral("production"),
                                QStringLiteral("backend"), [](Core::Deployment &d) {
                                    d.replicas = 5;
                                    d.autoscaling.minReplicas = 5;
                                });
    if (!window.selectEnvironment(QStringLiteral("production")))
        qFatal("no production environment");
    if (!QTest::qWaitFor(
            [&] { return live->analysis()->isCurrent() && live->costDock()->isCurrent(); }, 20000))
        qFatal("timed out");
    live->problemsDock()->raise();
    QTest::qWait(300);
    save(&window, out, "live-window.png");
    save(live->problemsDock(), out, "live-problems.png");
    save(live->costDock(), out, "live-cost.png");
    // The Assumptions tab, after typing 500 GB out a month over the example's 50.
    auto *costTabs = live->costDock()->findChild<QTabWidget *>(QStringLiteral("costTabs"));
    costTabs->setCurrentWidget(live->costDock()->assumptions());
    auto *transfer = live->costDock()->assumptions()->findChild<QDoubleSpinBox *>(
        QStringLiteral("dataTransferOutGb"));
    transfer->setFocus();
    transfer->selectAll();
    QTest::keyClicks(transfer, QStringLiteral("500"));
    if (!QTest::qWaitFor(
            [&] { return live->analysis()->isCurrent() && live->costDock()->isCurrent(); }, 20000))
        qFatal("timed out");
    QTest::qWait(300);
    save(live->costDock(), out, "live-cost-assumptions.png");
    window.document()->undoStack()->undo();
    costTabs->setCurrentIndex(0);

    live->previewDock()->raise();
    live->previewDock()->selectFile(
        QStringLiteral("deploy/k8s/overlays/staging/patches/frontend.yaml"));
    live->previewDock()->setView(App::PreviewRenderer::View::AgainstEnvironment,
                                 QStringLiteral("production"));
    if (!QTest::qWaitFor([&] { return live->previewDock()->isCurrent(); }, 20000))
        qFatal("timed out");
    QTest::qWait(300);
    save(live->previewDock(), out, "live-preview-environments.png");
    live->previewDock()->selectFile(
        QStringLiteral("deploy/k8s/overlays/production/patches/backend.yaml"));
    live->previewDock()->setView(App::PreviewRenderer::View::File);
    if (!QTest::qWaitFor([&] { return live->previewDock()->isCurrent(); }, 20000))
        qFatal("timed out");
    QTest::qWait(300);
    save(live->previewDock(), out, "live-preview-file.png");

    auto [source, target] = App::PromoteDialog::defaultPair(window.document()->project());
    App::PromoteDialog promote(window.document()->project(), source, target, &window);
    promote.setChosen(QStringLiteral("backend"), true);
    promote.show();
    QTest::qWait(300);
    save(&promote, out, "live-promote.png");
    promote.close();

    App::CommitDialog *commit = live->openCommitDialog();
    if (!QTest::qWaitFor([&] { return commit->plan().has_value(); }, 20000))
        qFatal("timed out");
    commit->showFile(QStringLiteral("deploy/k8s/overlays/production/patches/backend.yaml"));
    QTest::qWait(300);
    save(commit, out, "live-commit.png");
    return 0;
}
