#include "app/files/filecontroller.h"
#include "app/live/backgroundjob.h"
#include "app/localization.h"
#include "app/mainwindow.h"
#include "app/preferences.h"
#include "app/rendercommand.h"
#include "app/uiprobe.h"
#include "cli/commandline.h"
#include "core/catalog/catalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Stackdraft"));
    QCoreApplication::setApplicationName(QStringLiteral("stackdraft"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STACKDRAFT_VERSION));
}

// Renders the window into `path` and quits: for documentation and visual checks (works on the
// offscreen platform, so no display is needed).
int saveScreenshot(Stackdraft::App::MainWindow &window, const QString &path,
                   const QString &environment)
{
    QTextStream err(stderr);
    if (!environment.isEmpty() && !window.selectEnvironment(environment)) {
        err << QCoreApplication::translate("Main", "stackdraft: no environment '%1' in the project")
                   .arg(environment)
            << Qt::endl;
        return 2;
    }
    QCoreApplication::processEvents();
    window.fitToWindow();
    QCoreApplication::processEvents();
    if (!window.grab().save(path)) {
        err << QCoreApplication::translate("Main", "stackdraft: cannot write the screenshot %1")
                   .arg(path)
            << Qt::endl;
        return 2;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    Stackdraft::Cli::addCommand(std::make_unique<Stackdraft::App::RenderCommand>());
    // Headless commands never need a display (CI): most run under a QCoreApplication; those that
    // draw run under a QApplication on Qt's offscreen platform.
    if (Stackdraft::Cli::isCommand(arguments)) {
        std::unique_ptr<QCoreApplication> app;
        if (Stackdraft::Cli::needsGui(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        Stackdraft::App::Localization::installTranslators(*app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Stackdraft::Cli::run(arguments, out, err);
    }

    Stackdraft::App::BackgroundJob::shareOneHeap(); // before Qt starts a thread
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Stackdraft"));
    // The language chosen in Preferences wins over the system's; Localization reads $LANGUAGE
    // first.
    if (const QString language = Stackdraft::App::Preferences::load().language; !language.isEmpty())
        qputenv("LANGUAGE", language.toUtf8());
    Stackdraft::App::Localization::installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Main", "Stackdraft desktop app"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("Main", "The project to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("Main", "Save a picture of the window to PATH and exit."),
        QStringLiteral("PATH"));
    const QCommandLineOption environmentOption(
        QStringLiteral("environment"),
        QCoreApplication::translate("Main", "Show environment ID first."), QStringLiteral("ID"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QCoreApplication::translate("Main", "Window size for --screenshot, e.g. 1600x1000."),
        QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1600x1000"));
    parser.addOptions({screenshotOption, environmentOption, sizeOption});
    parser.process(app);

    Stackdraft::App::MainWindow window(Stackdraft::Core::Catalog::standard());
    // For tests/app/smoke.sh: where things are on screen (only when $STACKDRAFT_UI_PROBE is set).
    Stackdraft::App::UiProbe::install(&window);
    const QString file = parser.positionalArguments().value(0);
    const bool screenshot = parser.isSet(screenshotOption);
    if (screenshot) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1600,
                      size.value(1).toInt() > 0 ? size.value(1).toInt() : 1000);
    }
    window.show();
    if (!file.isEmpty()) {
        if (screenshot) {
            // No message box to wait for: report on stderr and fail.
            const Stackdraft::Core::Status loaded = window.loadFile(file);
            if (!loaded) {
                QTextStream(stderr) << loaded.error().toString() << Qt::endl;
                return 2;
            }
        } else {
            window.openFile(file);
        }
    }
    if (screenshot)
        return saveScreenshot(window, parser.value(screenshotOption),
                              parser.value(environmentOption));
    if (parser.isSet(environmentOption))
        window.selectEnvironment(parser.value(environmentOption));
    // Once the window is up: what a crash left unsaved is offered back.
    QTimer::singleShot(0, &window, [&window] { window.files()->offerRecovery(); });
    return app.exec();
}
