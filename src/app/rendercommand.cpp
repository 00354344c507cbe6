#include "app/rendercommand.h"

#include "app/canvaspicture.h"
#include "app/environmentscene.h"
#include "cli/output.h"
#include "core/catalog/catalog.h"
#include "core/model/project.h"
#include "document/projectdocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Stackdraft::App {

QString RenderCommand::summary() const
{
    return tr("draw an environment's canvas as an SVG or PNG picture");
}

int RenderCommand::run(const QStringList &arguments, Cli::Output &out, Cli::Output &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("the project file (*.stackdraft.yaml)"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("the picture to write: PATH.svg or PATH.png (required)"),
                                       tr("PATH"));
    const QCommandLineOption envOption(
        QStringLiteral("env"), tr("the environment to draw (default: the first one)"), tr("ENV"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         tr("pixels per canvas unit of a PNG (default 1)"), tr("N"),
                                         QStringLiteral("1"));
    parser.addOptions({outOption, envOption, scaleOption});
    if (!parser.parse(QStringList {QStringLiteral("stackdraft render")} + arguments)) {
        err.line(tr("stackdraft render: %1"), parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out.text(parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err.line(tr("stackdraft render: give exactly one project file"));
        return 2;
    }
    const QString path = parser.value(outOption);
    if (path.isEmpty()) {
        err.line(tr("stackdraft render: --out PATH.svg or PATH.png is required"));
        return 2;
    }
    if (!CanvasPicture::formatOf(path)) {
        err.line(tr("stackdraft render: %1 is neither a .svg nor a .png file"), path);
        return 2;
    }
    bool scaleOk = false;
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!scaleOk || !(scale > 0 && scale <= CanvasPicture::MaximumScale)) {
        err.line(tr("stackdraft render: --scale must be a number more than 0 and at most %1"),
                 CanvasPicture::MaximumScale);
        return 2;
    }

    ProjectDocument document(Core::Catalog::standard());
    const Core::Status loaded = document.load(positional.first());
    if (!loaded) {
        err.line(loaded.error().toString());
        return 2;
    }
    const Core::Project &project = document.project();
    if (project.environments.isEmpty()) {
        err.line(tr("stackdraft render: the project has no environment to draw"));
        return 2;
    }
    const QString environmentId
        = parser.isSet(envOption) ? parser.value(envOption) : project.environments.first().id;
    const Core::Environment *environment = project.environment(environmentId);
    if (!environment) {
        err.line(tr("stackdraft render: no environment '%1' in the project"), environmentId);
        return 2;
    }
    EnvironmentScene scene(document, environmentId);
    const QString title = tr("%1 — %2").arg(project.displayTitle(), environment->displayName());
    const Core::Status written = CanvasPicture::write(scene, path, scale, title);
    if (!written) {
        err.line(tr("stackdraft render: %1").arg(written.error().toString()));
        return 2;
    }
    out.line(path);
    out.flush();
    return 0;
}

} // namespace Stackdraft::App
