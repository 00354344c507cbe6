#include "app/mainwindow.h"
#include "cli/commandline.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Stackdraft"));
    QCoreApplication::setApplicationName(QStringLiteral("stackdraft"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STACKDRAFT_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Headless commands never create a QGuiApplication, so they run with no display (CI).
    if (Stackdraft::Cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Stackdraft::Cli::run(arguments, out, err);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Stackdraft"));
    Stackdraft::App::MainWindow window;
    window.show();
    return app.exec();
}
