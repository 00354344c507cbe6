// Edit → docks current: the generated 1,000-component project open in the main window (offscreen),
// one inspector-like edit (a staging deployment's CPU request, as a document command), and the time
// until the Problems analysis is current, the Cost dock shows the new total and the Preview dock
// shows the open file regenerated; meanwhile the longest the UI thread went without running a 1 ms
// timer (how long the window could not repaint or answer a key). Also Auto-layout of the whole
// environment, at once and on a worker, and dot's time at the sizes around the threshold below
// which Auto-layout stays synchronous. Not a test: it prints the README's tables.
//
//   build/bench/bench_live [COMPONENTS] [EDITS]      (default 1000 components, 5 edits)

#include "app/autolayoutjob.h"
#include "app/canvaseditor.h"
#include "app/environmentcanvas.h"
#include "app/environmentscene.h"
#include "app/live/backgroundjob.h"
#include "app/live/costdock.h"
#include "app/live/designanalysis.h"
#include "app/live/livepanels.h"
#include "app/live/previewdock.h"
#include "app/mainwindow.h"
#include "core/catalog/catalog.h"
#include "core/edit/deploymentfield.h"
#include "core/layout/environmentlayout.h"
#include "document/commands/setdeploymentfieldcommand.h"
#include "document/projectdocument.h"
#include "generator/projectgenerator.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <climits>
#include <ctime>
#include <functional>
#include <optional>
#include <vector>

using namespace Stackdraft;

namespace {

const QString EditedEnvironment = QStringLiteral("staging");

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double maximum(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

// The UI thread's CPU time so far (not wall time: on a loaded machine the thread also waits for a
// core, which no code of ours can shorten).
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// The longest gap between two runs of a 1 ms timer: while it runs the UI thread is only ever busy
// for that long at a stretch (give or take the interval). The gap before the first tick counts, so
// work started right after start() (a command pushed) is measured too. Not a 0 ms timer: re-armed
// at once, it kept the UI thread running for ever, and on two cores the workers it measures then
// shared the one core left (every dock looked twice as slow). Measured twice: in wall time (what a
// person waits, including the time the thread waited for a core on the shared machine) and in the
// UI thread's CPU time over the same gap (the work itself).
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }

    void start()
    {
        m_longest = 0;
        m_longestBusy = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }

    double stop()
    {
        tick();
        m_timer.stop();
        return m_longest;
    }
    double longestBusy() const { return m_longestBusy; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        m_longest = std::max(m_longest, (now - m_last) / 1e6);
        m_longestBusy = std::max(m_longestBusy, (cpu - m_lastCpu) / 1e6);
        m_last = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    double m_longest = 0;
    double m_longestBusy = 0;
};

// Runs the event loop until `done`; false after two minutes.
bool waitUntil(const std::function<bool()> &done)
{
    const QDeadlineTimer deadline(120'000);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

struct EditFigures
{
    std::vector<double> pushed, problems, cost, preview, stall, busy;
};

// One edit of `component`'s CPU request in staging, timed from just before the push.
bool timeEdit(App::MainWindow &window, const QString &component, qint64 cpu, EditFigures &figures)
{
    App::LivePanels *live = window.findChild<App::LivePanels *>();
    Document::ProjectDocument *document = window.document();
    std::optional<double> problems, cost, preview;
    QElapsedTimer clock;
    QObject context;
    QObject::connect(live->analysis(), &App::DesignAnalysis::current, &context,
                     [&] { problems = clock.nsecsElapsed() / 1e6; });
    // The dock computes its rows on a worker: current once it shows them.
    QObject::connect(live->costDock(), &App::CostDock::linesShown, &context,
                     [&](const QString &environment) {
                         if (environment == EditedEnvironment)
                             cost = clock.nsecsElapsed() / 1e6;
                     });
    QObject::connect(live->previewDock(), &App::PreviewDock::fileShown, &context,
                     [&] { preview = clock.nsecsElapsed() / 1e6; });

    StallMeter stalls;
    stalls.start();
    clock.start();
    const Core::Status pushed = document->push(new Document::SetDeploymentFieldCommand(
        document, EditedEnvironment, component, Core::Edit::DeploymentField::CpuRequest, cpu));
    figures.pushed.push_back(clock.nsecsElapsed() / 1e6);
    if (!pushed)
        return false;
    const bool done = waitUntil([&] {
        return problems && cost && preview && live->analysis()->isCurrent()
            && live->costDock()->isCurrent() && live->previewDock()->isCurrent();
    });
    figures.stall.push_back(stalls.stop());
    figures.busy.push_back(stalls.longestBusy());
    if (!done)
        return false;
    figures.problems.push_back(*problems);
    figures.cost.push_back(*cost);
    figures.preview.push_back(*preview);
    return true;
}

struct LayoutFigures
{
    double blocked = 0; // Auto-layout at once: the UI thread is busy throughout
    double total = 0; // on a worker: from the shortcut to the step on the undo stack
    double stall = 0; // on a worker: the longest the UI thread was busy meanwhile
    double busy = 0; // the same in the UI thread's CPU time
};

std::optional<LayoutFigures> timeAutoLayout(App::MainWindow &window)
{
    App::EnvironmentCanvas *canvas = window.currentCanvas();
    App::AutoLayoutJob *job = canvas->editor()->autoLayoutJob();
    QUndoStack *undo = window.document()->undoStack();
    LayoutFigures figures;
    StallMeter stalls;
    auto *live = window.findChild<App::LivePanels *>();
    const auto docksCurrent = [live] {
        return live->analysis()->isCurrent() && live->costDock()->isCurrent()
            && live->previewDock()->isCurrent();
    };
    if (!waitUntil(docksCurrent))
        return std::nullopt;

    job->setSynchronousLimit(INT_MAX);
    const int before = undo->index();
    QElapsedTimer clock;
    clock.start();
    canvas->editor()->autoLayout();
    QCoreApplication::processEvents(); // the repaint the move asked for
    figures.blocked = clock.nsecsElapsed() / 1e6;
    if (undo->index() != before + 1)
        return std::nullopt;
    undo->undo();
    // The docks answer the undo on the same pool: let them finish, so only the layout is timed.
    if (!waitUntil(docksCurrent))
        return std::nullopt;

    job->setSynchronousLimit(App::AutoLayoutJob::DefaultSynchronousLimit);
    stalls.start();
    clock.start();
    canvas->editor()->autoLayout();
    if (!job->isBusy() || !waitUntil([&] { return undo->index() == before + 1; }))
        return std::nullopt;
    QCoreApplication::processEvents();
    figures.total = clock.nsecsElapsed() / 1e6;
    figures.stall = stalls.stop();
    figures.busy = stalls.longestBusy();
    undo->undo();
    return figures;
}

// dot alone on the generated project's staging environment of `components`, median of 3 runs.
double dotTime(int components)
{
    const Core::Project project = Bench::ProjectGenerator::generate(components);
    const Core::Environment *environment = project.environment(EditedEnvironment);
    std::vector<double> times;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer clock;
        clock.start();
        const auto positions = Core::EnvironmentLayout::layout(
            project, *environment, App::EnvironmentScene::layoutOptions());
        times.push_back(clock.nsecsElapsed() / 1e6);
        if (!positions)
            return -1;
    }
    return median(times);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 100 ? 1 : 0);
}

} // namespace

int main(int argc, char *argv[])
{
    Stackdraft::App::BackgroundJob::shareOneHeap(); // as the app does, before any thread starts
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no recent-files list or window state of the user's
    const QStringList arguments = app.arguments().mid(1);
    const int components = arguments.value(0, QStringLiteral("1000")).toInt();
    const int edits = arguments.value(1, QStringLiteral("5")).toInt();
    QTextStream out(stdout);

    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("platform.stackdraft.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(Bench::ProjectGenerator::yaml(components)) < 0) {
        out << "bench_live: cannot write " << path << '\n';
        return 1;
    }
    file.close();

    App::MainWindow window(Core::Catalog::standard());
    window.resize(1600, 1000);
    window.show();
    auto *live = window.findChild<App::LivePanels *>();
    QElapsedTimer clock;
    clock.start();
    if (!window.loadFile(path) || !window.selectEnvironment(EditedEnvironment)) {
        out << "bench_live: cannot open the generated project\n";
        return 1;
    }
    const double loaded = clock.nsecsElapsed() / 1e6;
    if (!waitUntil([&] {
            return live->analysis()->isCurrent() && live->costDock()->isCurrent()
                && live->previewDock()->isCurrent()
                && live->previewDock()->tree()->topLevelItemCount() > 0;
        })) {
        out << "bench_live: the docks never became current after opening\n";
        return 1;
    }
    const double settled = clock.nsecsElapsed() / 1e6;

    const int cell = components / Bench::ProjectGenerator::CellSize / 2;
    const QString component = QStringLiteral("api-%1").arg(cell);
    const QString previewPath = QStringLiteral("deploy/k8s/overlays/%1/patches/%2.yaml")
                                    .arg(EditedEnvironment, component);
    if (!live->previewDock()->selectFile(previewPath)
        || !waitUntil([&] { return live->previewDock()->isCurrent(); })) {
        out << "bench_live: the preview has no " << previewPath << '\n';
        return 1;
    }

    out << "bench_live: " << components << " components, 3 environments; window 1600x1000 "
        << "offscreen; the edit: " << EditedEnvironment << " / " << component
        << " CPU request; preview open on " << previewPath << "; times in ms\n\n";
    out << "| open | ms |\n|---|---:|\n"
        << "| load + tabs built | " << ms(loaded) << " |\n"
        << "| … + problems, cost and preview tree current | " << ms(settled) << " |\n\n";
    out.flush();

    EditFigures figures;
    for (int edit = 0; edit < edits; ++edit) {
        const qint64 cpu = 550 + 50 * (edit % 9); // millicores; each differs from the last
        if (!timeEdit(window, component, cpu, figures)) {
            out << "bench_live: edit " << edit << " did not reach every dock\n";
            return 1;
        }
    }
    out << "| after one edit (" << edits << " edits) | median | max |\n|---|---:|---:|\n";
    auto row = [&](const char *step, const std::vector<double> &values) {
        out << "| " << step << " | " << ms(median(values)) << " | " << ms(maximum(values))
            << " |\n";
    };
    row("command pushed (synchronous: canvas, inspector, signals)", figures.pushed);
    row("Problems analysis current", figures.problems);
    row("Cost dock current", figures.cost);
    row("Preview file regenerated", figures.preview);
    row("longest UI-thread stall meanwhile (wall time)", figures.stall);
    row("… of which the UI thread's own CPU time", figures.busy);
    out << '\n';
    out.flush();

    const std::optional<LayoutFigures> layout = timeAutoLayout(window);
    if (!layout) {
        out << "bench_live: Auto-layout did not apply\n";
        return 1;
    }
    out << "| Auto-layout of " << components << " components | ms |\n|---|---:|\n"
        << "| at once: UI thread blocked | " << ms(layout->blocked) << " |\n"
        << "| on a worker: until applied | " << ms(layout->total) << " |\n"
        << "| on a worker: longest UI-thread stall | " << ms(layout->stall) << " |\n"
        << "| … of which the UI thread's own CPU time | " << ms(layout->busy) << " |\n\n";
    out << "| dot alone, components | ms (median of 3) |\n|---|---:|\n";
    for (int size : {25, 50, 100, 200, 400})
        out << "| " << size << " | " << ms(dotTime(size)) << " |\n";
    return 0;
}
