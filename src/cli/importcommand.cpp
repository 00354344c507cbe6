#include "cli/importcommand.h"

#include "core/catalog/catalog.h"
#include "core/import/importerregistry.h"
#include "core/import/importmerge.h"
#include "core/import/importsources.h"
#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "core/model/naming.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTextStream>

namespace Stackdraft::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

// Compose reads .env from the project directory, and the shell's variables win over it.
QMap<QString, QString> composeVariables(const QString &firstPath)
{
    const QFileInfo info(firstPath);
    const QDir dir = info.isDir() ? QDir(firstPath) : info.dir();
    QMap<QString, QString> vars = Core::ImportSources::readDotEnv(dir.filePath(QStringLiteral(".env")));
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
        return Core::Naming::toDnsLabel(info.fileName());
    return {};
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("build a project from docker-compose, Kubernetes manifests or a Mermaid flowchart");
}

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    using namespace Stackdraft::Core;
    const ImporterRegistry &registry = ImporterRegistry::standard();
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("compose files (merged in order), manifest files or "
                                    "directories, Mermaid or Markdown files"),
                                 tr("FILE|DIR..."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("project file to write (required)"), tr("FILE"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        tr("what the input is: %1 (default: recognised from the first file)")
            .arg(registry.ids().join(QLatin1String(", "))),
        tr("FORMAT"));
    const QCommandLineOption intoOption(QStringLiteral("into"),
                                        tr("add the import as a new environment of this project"),
                                        tr("FILE"));
    const QCommandLineOption envOption(QStringLiteral("env"),
                                       tr("id of the imported environment"), tr("NAME"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("compose profile to activate (repeatable)"),
                                           tr("PROFILE"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("replace --out when it already exists"));
    parser.addOptions({outOption, fromOption, intoOption, envOption, profileOption, forceOption});
    if (!parser.parse(QStringList {QStringLiteral("stackdraft import")} + arguments)) {
        err << tr("stackdraft import: %1").arg(parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << Qt::flush;
        return 0;
    }
    const QStringList inputs = parser.positionalArguments();
    const QString outPath = parser.value(outOption);
    if (inputs.isEmpty()) {
        err << tr("stackdraft import: give at least one file or directory to import") << Qt::endl;
        return 2;
    }
    if (outPath.isEmpty()) {
        err << tr("stackdraft import: --out FILE is required") << Qt::endl;
        return 2;
    }
    const QString intoPath = parser.value(intoOption);
    const bool replacingInto = !intoPath.isEmpty()
        && QFileInfo(intoPath).absoluteFilePath() == QFileInfo(outPath).absoluteFilePath();
    if (QFileInfo::exists(outPath) && !replacingInto && !parser.isSet(forceOption)) {
        err << tr("stackdraft import: %1 exists; nothing written (use --force to replace it, or "
                  "--into %1 --out %1 to add an environment to it)")
                   .arg(outPath)
            << Qt::endl;
        return 2;
    }
    QString from = parser.value(fromOption);
    if (!from.isEmpty() && !registry.importer(from)) {
        err << tr("stackdraft import: --from must be one of %1, not '%2'")
                   .arg(registry.ids().join(QLatin1String(", ")), from)
            << Qt::endl;
        return 2;
    }

    const Result<QList<ImportFile>> files = ImportSources::read(inputs, from);
    if (!files) {
        err << files.error().toString() << Qt::endl;
        return 2;
    }
    const Importer *importer = from.isEmpty() ? registry.detect(files->first()) : registry.importer(from);
    if (!importer) {
        err << tr("%1: not a compose file, Kubernetes manifest or Mermaid flowchart Stackdraft "
                  "recognises; name the format with --from")
                   .arg(files->first().path)
            << Qt::endl;
        return 2;
    }

    const Catalog &catalog = Catalog::standard();
    ImportRequest request;
    request.catalog = &catalog;
    request.files = files.value();
    request.profiles = parser.values(profileOption);
    request.environment = parser.value(envOption);
    if (request.environment.isEmpty())
        request.environment = overlayName(inputs.first());
    if (importer->id() == QLatin1String("compose"))
        request.variables = composeVariables(inputs.first());
    if (!request.environment.isEmpty() && !Naming::isDnsLabel(request.environment)) {
        err << tr("stackdraft import: --env must be a DNS label (lower-case letters, digits, '-'), "
                  "not '%1'")
                   .arg(request.environment)
            << Qt::endl;
        return 2;
    }
    Result<ImportResult> imported = importer->import(request);
    if (!imported) {
        err << imported.error().toString() << Qt::endl;
        return 2;
    }
    ImportReport report = imported->report;
    Project project = imported->project;
    if (project.components.isEmpty()) {
        for (const QString &line : report.lines())
            err << line << '\n';
        err << tr("stackdraft import: nothing imported; nothing written") << Qt::endl;
        return 2;
    }
    if (!intoPath.isEmpty()) {
        const Result<Project> existing = ProjectReader::readFile(intoPath, catalog);
        if (!existing) {
            err << existing.error().toString() << Qt::endl;
            return 2;
        }
        const QString envId = project.environments.first().id;
        Result<Project> merged = ImportMerge::addEnvironment(*existing, project, envId, report);
        if (!merged) {
            err << tr("stackdraft import: %1: %2").arg(intoPath, merged.error().message) << Qt::endl;
            return 2;
        }
        project = merged.value();
    }
    // What is written must load: a project the reader refuses is a bug here, not a file to leave.
    const QByteArray bytes = ProjectWriter::toBytes(project);
    if (const Result<Project> check = ProjectReader::read(bytes, outPath, catalog); !check) {
        err << tr("stackdraft import: internal error, the imported project does not load: %1")
                   .arg(check.error().toString())
            << Qt::endl;
        return 2;
    }
    if (const Status written = ProjectWriter::writeFile(project, outPath); !written) {
        err << tr("stackdraft import: %1").arg(written.error().toString()) << Qt::endl;
        return 2;
    }
    const Environment &env = project.environments.last();
    out << tr("%1: %2 component(s), %3 connection(s); environment %4 (%5), from %6")
               .arg(outPath)
               .arg(project.components.size())
               .arg(project.connections.size())
               .arg(env.id, platformId(env.platform), importer->name())
        << '\n';
    if (!report.isEmpty()) {
        out << tr("Import report: what was left out, changed or guessed (%1):").arg(report.notes().size()) << '\n';
        for (const QString &line : report.lines())
            out << "  " << line << '\n';
    }
    out.flush();
    return report.hasLosses() ? 1 : 0;
}

} // namespace Stackdraft::Cli
