#include "cli/importcommand.h"

#include "cli/output.h"
#include "core/catalog/catalog.h"
#include "core/import/importerregistry.h"
#include "core/import/importjob.h"
#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace Stackdraft::Cli {
namespace {

// The command's options, added to `parser` with the FILE argument.
struct Options
{
    const QCommandLineOption out;
    const QCommandLineOption from;
    const QCommandLineOption into;
    const QCommandLineOption env;
    const QCommandLineOption profile;
    const QCommandLineOption force;

    Options(QCommandLineParser &parser, const Core::ImporterRegistry &registry)
        : out(QStringLiteral("out"),
              QCoreApplication::translate("ImportCommand", "project file to write (required)"),
              QCoreApplication::translate("ImportCommand", "FILE"))
        , from(QStringLiteral("from"),
               QCoreApplication::translate(
                   "ImportCommand",
                   "what the input is: %1 (default: recognised from the first file)")
                   .arg(registry.ids().join(QLatin1String(", "))),
               QCoreApplication::translate("ImportCommand", "FORMAT"))
        , into(QStringLiteral("into"),
               QCoreApplication::translate("ImportCommand",
                                           "add the import as a new environment of this project"),
               QCoreApplication::translate("ImportCommand", "FILE"))
        , env(QStringLiteral("env"),
              QCoreApplication::translate("ImportCommand", "id of the imported environment"),
              QCoreApplication::translate("ImportCommand", "NAME"))
        , profile(QStringLiteral("profile"),
                  QCoreApplication::translate("ImportCommand",
                                              "compose profile to activate (repeatable)"),
                  QCoreApplication::translate("ImportCommand", "PROFILE"))
        , force(
              QStringLiteral("force"),
              QCoreApplication::translate("ImportCommand", "replace --out when it already exists"))
    {
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QCoreApplication::translate("ImportCommand",
                                        "compose files (merged in order), manifest files or "
                                        "directories, Mermaid or Markdown files"),
            QCoreApplication::translate("ImportCommand", "FILE|DIR..."));
        parser.addOptions({out, from, into, env, profile, force});
    }
};

// Writes `project` to `outPath` once it is known to load back; false, with the reason on `err`,
// when it is not written.
bool writeProject(const Core::Project &project, const QString &outPath,
                  const Core::Catalog &catalog, Output &err)
{
    using namespace Stackdraft::Core;
    // What is written must load: a project the reader refuses is a bug here, not a file to leave.
    const QByteArray bytes = ProjectWriter::toBytes(project);
    if (const Result<Project> check = ProjectReader::read(bytes, outPath, catalog); !check) {
        err.line(QCoreApplication::translate(
                     "ImportCommand",
                     "stackdraft import: internal error, the imported project does not load: %1")
                     .arg(check.error().toString()));
        return false;
    }
    if (const Status written = ProjectWriter::writeFile(project, outPath); !written) {
        err.line(QCoreApplication::translate("ImportCommand", "stackdraft import: %1")
                     .arg(written.error().toString()));
        return false;
    }
    return true;
}

} // namespace

QString ImportCommand::summary() const
{
    return QCoreApplication::translate(
        "ImportCommand",
        "build a project from docker-compose, Kubernetes manifests or a Mermaid flowchart");
}

int ImportCommand::run(const QStringList &arguments, Output &out, Output &err)
{
    using namespace Stackdraft::Core;
    const ImporterRegistry &registry = ImporterRegistry::standard();
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const Options options(parser, registry);
    if (!parser.parse(QStringList {QStringLiteral("stackdraft import")} + arguments)) {
        err.line(QCoreApplication::translate("ImportCommand", "stackdraft import: %1"),
                 parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out.text(parser.helpText());
        return 0;
    }
    const QStringList inputs = parser.positionalArguments();
    const QString outPath = parser.value(options.out);
    if (inputs.isEmpty()) {
        err.line(QCoreApplication::translate(
            "ImportCommand", "stackdraft import: give at least one file or directory to import"));
        return 2;
    }
    if (outPath.isEmpty()) {
        err.line(QCoreApplication::translate("ImportCommand",
                                             "stackdraft import: --out FILE is required"));
        return 2;
    }
    const QString intoPath = parser.value(options.into);
    const bool replacingInto = !intoPath.isEmpty()
        && QFileInfo(intoPath).absoluteFilePath() == QFileInfo(outPath).absoluteFilePath();
    if (QFileInfo::exists(outPath) && !replacingInto && !parser.isSet(options.force)) {
        err.line(QCoreApplication::translate(
                     "ImportCommand",
                     "stackdraft import: %1 exists; nothing written (use --force to replace it, or "
                     "--into %1 --out %1 to add an environment to it)"),
                 outPath);
        return 2;
    }
    const Catalog &catalog = Catalog::standard();
    Result<Project> existing = Project {};
    if (!intoPath.isEmpty()) {
        existing = ProjectReader::readFile(intoPath, catalog);
        if (!existing) {
            err.line(existing.error().toString());
            return 2;
        }
    }
    ImportJob job;
    job.paths = inputs;
    job.format = parser.value(options.from);
    job.environment = parser.value(options.env);
    job.profiles = parser.values(options.profile);
    job.into = intoPath.isEmpty() ? nullptr : &existing.value();
    job.catalog = &catalog;
    const Result<ImportJob::Outcome> outcome = job.run();
    if (!outcome) {
        err.line(outcome.error().toString());
        return 2;
    }
    const ImportReport &report = outcome->report;
    if (outcome->components == 0) {
        err.lines(report.lines());
        err.line(QCoreApplication::translate(
            "ImportCommand", "stackdraft import: nothing imported; nothing written"));
        return 2;
    }
    const Project &project = outcome->project;
    if (!writeProject(project, outPath, catalog, err))
        return 2;
    const Environment &env = project.environments.last();
    out.line(
        QCoreApplication::translate(
            "ImportCommand", "%1: %2 component(s), %3 connection(s); environment %4 (%5), from %6"),
        outPath, project.components.size(), project.connections.size(), env.id,
        platformId(env.platform), outcome->importerName);
    if (!report.isEmpty()) {
        out.line(QCoreApplication::translate(
                     "ImportCommand", "Import report: what was left out, changed or guessed (%1):"),
                 report.notes().size());
        // A note quotes the imported files (values, keys, paths): one line each, whatever it holds.
        QStringList notes;
        for (const QString &line : report.lines())
            notes << QStringLiteral("  ") + line;
        out.lines(notes);
    }
    out.flush();
    return report.hasLosses() ? 1 : 0;
}

} // namespace Stackdraft::Cli
