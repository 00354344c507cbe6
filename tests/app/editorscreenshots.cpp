// Takes the editor's screenshots shown in the README's tour (docs/screenshots/editor-*.png): each
// example open on its last environment, with the palette, the inspector and a selected card. Run
// under Xvfb with the real X platform, once per language, not as a test:
//
//   LANGUAGE=en xvfb-run -a -s "-screen 0 1600x1000x24" build/tests/app/editor_screenshots
//   docs/screenshots en LANGUAGE=pt_BR xvfb-run -a -s "-screen 0 1600x1000x24"
//   build/tests/app/editor_screenshots docs/screenshots pt_BR

#include "app/canvaseditor.h"
#include "app/componentitem.h"
#include "app/environmentcanvas.h"
#include "app/environmentscene.h"
#include "app/localization.h"
#include "app/mainwindow.h"
#include "core/catalog/catalog.h"
#include "document/projectdocument.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Stackdraft;

namespace {

// The card worth showing in the inspector: the component with the most connections.
QString busiestComponent(const Core::Project &project, const Core::Environment &environment)
{
    QString best;
    qsizetype most = -1;
    for (const Core::Deployment &deployment : environment.deployments) {
        const qsizetype count = std::count_if(
            project.connections.cbegin(), project.connections.cend(),
            [&](const Core::Connection &c) {
                return c.from == deployment.component || c.to == deployment.component;
            });
        if (count > most) {
            most = count;
            best = deployment.component;
        }
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the screenshots never show the user's settings
    QSettings().clear();
    App::Localization::installTranslators(app);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const QString suffix = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en");
    const QDir examples(QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples"));
    for (const QString &name :
         examples.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name)) {
        App::MainWindow window(Core::Catalog::standard());
        window.resize(1600, 1000);
        if (!window.loadFile(examples.filePath(name)))
            qFatal("cannot open %s", qPrintable(name));
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("the window was not shown");
        const Core::Project &project = window.document()->project();
        const Core::Environment &last = project.environments.constLast();
        window.selectEnvironment(last.id);
        App::EnvironmentCanvas *canvas = window.currentCanvas();
        canvas->fitToWindow();
        canvas->editor()->select({busiestComponent(project, last)});
        QTest::qWait(500);
        const QString base = name.section(QLatin1Char('.'), 0, 0);
        const QString path
            = QDir(out).filePath(QStringLiteral("editor-%1-%2.png").arg(base, suffix));
        if (!window.grab().save(path))
            qFatal("cannot write %s", qPrintable(path));
    }
    return 0;
}
