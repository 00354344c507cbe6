#include "appopen.h"

#include "app/environmentcanvas.h"
#include "app/live/designanalysis.h"
#include "app/live/livepanels.h"
#include "app/live/previewdock.h"
#include "app/mainwindow.h"
#include "core/catalog/catalog.h"
#include "generator/projectgenerator.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeWidget>

#include <functional>

namespace Stackdraft::Bench::AppOpen {
namespace {

qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// Notes the first paint event a widget receives.
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QWidget *widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

bool waitUntil(const std::function<bool()> &done, int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int run(int components)
{
    QStandardPaths::setTestModeEnabled(true); // no window state or recent files of the user's
    QTextStream out(stdout);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("platform.stackdraft.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ProjectGenerator::yaml(components)) < 0) {
        out << "cannot write " << path << Qt::endl;
        return 1;
    }
    file.close();

    // From the window's construction, as `stackdraft FILE` starts, to the first paint of the
    // canvas showing the project.
    QElapsedTimer clock;
    clock.start();
    App::MainWindow window(Core::Catalog::standard());
    window.resize(1600, 1000);
    window.show();
    if (!window.loadFile(path) || !window.currentCanvas()) {
        out << "cannot open " << path << Qt::endl;
        return 1;
    }
    FirstPaint canvas(window.currentCanvas()->viewport());
    if (!waitUntil([&] { return canvas.painted; }, 120'000)) {
        out << "the canvas never painted" << Qt::endl;
        return 1;
    }
    const double firstPaint = clock.nsecsElapsed() / 1e6;
    const qint64 peakAtPaint = peakResidentKb();

    const App::LivePanels *live = window.findChild<App::LivePanels *>();
    const bool current = live
        && waitUntil(
                             [&] {
                                 return live->analysis()->isCurrent()
                                     && live->previewDock()->isCurrent()
                                     && live->previewDock()->tree()->topLevelItemCount() > 0;
                             },
                             600'000);
    const double docks = current ? clock.nsecsElapsed() / 1e6 : -1;
    out << firstPaint << ' ' << docks << ' ' << peakAtPaint << ' ' << peakResidentKb() << Qt::endl;
    return 0;
}

QString table(int components)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--app"), QString::number(components)});
    process.waitForFinished(-1);
    const QByteArray output = process.readAllStandardOutput().trimmed();
    const QList<QByteArray> fields = output.split(' ');
    if (process.exitCode() != 0 || fields.size() != 4)
        return QStringLiteral("app opening %1 components failed: %2\n")
            .arg(components)
            .arg(QString::fromLocal8Bit(output));
    const double docks = fields.at(1).toDouble();
    QString table;
    QTextStream rows(&table);
    rows << "| the app opening " << components
         << " components (main window, 3 environments, docks) | |\n|---|---:|\n"
         << "| first painted frame of the canvas (ms) | "
         << QString::number(fields.at(0).toDouble(), 'f', 0) << " |\n"
         << "| Problems, Cost and Preview current (ms) | "
         << (docks < 0 ? QStringLiteral("not within 10 min") : QString::number(docks, 'f', 0))
         << " |\n"
         << "| peak resident memory at the first paint (MB) | " << fields.at(2).toLongLong() / 1024
         << " |\n"
         << "| peak resident memory, docks current (MB) | " << fields.at(3).toLongLong() / 1024
         << " |\n";
    return table;
}

} // namespace Stackdraft::Bench::AppOpen
