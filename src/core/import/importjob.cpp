#include "core/import/importjob.h"

#include "core/import/importerregistry.h"
#include "core/import/importmerge.h"
#include "core/import/importsources.h"
#include "core/layout/environmentlayout.h"
#include "core/model/naming.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace Stackdraft::Core {
namespace {

// Compose reads .env from the project directory, and the shell's variables win over it.
QMap<QString, QString> composeVariables(const QString &firstPath)
{
    const QFileInfo info(firstPath);
    const QDir dir = info.isDir() ? QDir(firstPath) : info.dir();
    QMap<QString, QString> vars = ImportSources::readDotEnv(dir.filePath(QStringLiteral(".env")));
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &key : system.keys())
        vars.insert(key, system.value(key));
    return vars;
}

// The environment a Kustomize overlay stands for: its directory's name under overlays/.
QString overlayName(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() && info.dir().dirName() == QLatin1String("overlays"))
        return Naming::toDnsLabel(info.fileName());
    return {};
}

Error plain(const QString &message, const QString &file = {})
{
    return Error {message, file, 0, 0, {}};
}

} // namespace

Result<ImportJob::Outcome> ImportJob::run() const
{
    const ImporterRegistry &registry = ImporterRegistry::standard();
    if (paths.isEmpty())
        return plain(QCoreApplication::translate("Import", "no file or directory to import"));
    if (!format.isEmpty() && !registry.importer(format)) {
        return plain(QCoreApplication::translate("Import", "unknown format '%1' (use %2)")
                         .arg(format, registry.ids().join(QLatin1String(", "))));
    }
    const Result<QList<ImportFile>> files = ImportSources::read(paths, format);
    if (!files)
        return files.error();
    const Importer *importer
        = format.isEmpty() ? registry.detect(files->first()) : registry.importer(format);
    if (!importer) {
        return plain(QCoreApplication::translate(
                         "Import",
                         "not a compose file, Kubernetes manifest or Mermaid flowchart Stackdraft "
                         "recognises; name the format"),
                     files->first().path);
    }
    ImportRequest request;
    request.catalog = catalog;
    request.files = files.value();
    request.profiles = profiles;
    request.environment = environment.isEmpty() ? overlayName(paths.first()) : environment;
    if (!request.environment.isEmpty() && !Naming::isDnsLabel(request.environment)) {
        return plain(QCoreApplication::translate(
                         "Import",
                         "the environment id must be a DNS label (lower-case letters, digits, "
                         "'-'), not '%1'")
                         .arg(request.environment));
    }
    if (importer->id() == QLatin1String("compose"))
        request.variables = variables ? *variables : composeVariables(paths.first());
    Result<ImportResult> imported = importer->import(request);
    if (!imported)
        return imported.error();
    // The imported environment laid out the way the canvas draws it (Graphviz); the importers'
    // own columns stay when Graphviz fails.
    Environment &env = imported->project.environments.first();
    if (const auto positions = EnvironmentLayout::layout(imported->project, env)) {
        for (Deployment &deployment : env.deployments)
            deployment.position = positions->value(deployment.component, deployment.position);
    }
    Outcome outcome;
    outcome.report = imported->report;
    outcome.importerName = importer->name();
    outcome.components = int(imported->project.components.size());
    outcome.environment = imported->project.environments.first().id;
    if (!into || outcome.components == 0) { // nothing imported: the caller shows the report
        outcome.project = std::move(imported->project);
        return outcome;
    }
    Result<Project> merged = ImportMerge::addEnvironment(*into, imported->project,
                                                         outcome.environment, outcome.report);
    if (!merged)
        return merged.error();
    outcome.project = std::move(merged.value());
    return outcome;
}

} // namespace Stackdraft::Core
