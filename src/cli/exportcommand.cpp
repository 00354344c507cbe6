#include "cli/exportcommand.h"

#include "cli/output.h"
#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "core/export/exportwriter.h"
#include "core/io/projectreader.h"
#include "core/model/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace Stackdraft::Cli {
namespace {

// The command's options, added to `parser` with the FILE argument.
struct Options
{
    const QCommandLineOption out;
    const QCommandLineOption env;
    const QCommandLineOption format;
    const QCommandLineOption language;

    explicit Options(QCommandLineParser &parser)
        : out(QStringLiteral("out"),
              QCoreApplication::translate("Stackdraft::Cli::ExportCommand",
                                          "directory to write into (required)"),
              QCoreApplication::translate("Stackdraft::Cli::ExportCommand", "DIR"))
        , env(QStringLiteral("env"),
              QCoreApplication::translate("Stackdraft::Cli::ExportCommand",
                                          "only this environment"),
              QCoreApplication::translate("Stackdraft::Cli::ExportCommand", "ENV"))
        , format(
              QStringLiteral("format"),
              QCoreApplication::translate("Stackdraft::Cli::ExportCommand",
                                          "only this format (repeatable, or comma-separated): %1")
                  .arg(Core::ExporterRegistry::standard().ids().join(QLatin1String(", "))),
              QCoreApplication::translate("Stackdraft::Cli::ExportCommand", "FORMAT"))
        , language(QStringLiteral("language"),
                   QCoreApplication::translate("Stackdraft::Cli::ExportCommand",
                                               "language of documents: en (default) or pt_BR"),
                   QCoreApplication::translate("Stackdraft::Cli::ExportCommand", "LANG"),
                   QStringLiteral("en"))
    {
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QCoreApplication::translate("Stackdraft::Cli::ExportCommand",
                                        "the project file (*.stackdraft.yaml)"));
        parser.addOptions({out, env, format, language});
    }
};

// Warns about plugins that did not load; false, saying where it looked, when none did.
bool hasExporters(const Core::ExporterRegistry &registry, Output &err)
{
    using namespace Stackdraft::Core;
    for (const Error &problem : registry.errors())
        err.line(QCoreApplication::translate("Stackdraft::Cli::ExportCommand", "warning: %1")
                     .arg(problem.toString()));
    if (registry.exporters().isEmpty()) {
        err.line(QCoreApplication::translate("Stackdraft::Cli::ExportCommand",
                                             "stackdraft export: no exporter plugins found in %1")
                     .arg(ExporterRegistry::standardDirectories().join(QLatin1String(", "))));
        return false;
    }
    return true;
}

} // namespace

QString ExportCommand::summary() const
{
    return QCoreApplication::translate(
        "Stackdraft::Cli::ExportCommand",
        "generate compose, Kubernetes, Terraform, diagrams and docs from a project");
}

int ExportCommand::run(const QStringList &arguments, Output &out, Output &err)
{
    using namespace Stackdraft::Core;
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const Options options(parser);

    if (!parser.parse(QStringList {QStringLiteral("stackdraft export")} + arguments)) {
        err.line(
            QCoreApplication::translate("Stackdraft::Cli::ExportCommand", "stackdraft export: %1"),
            parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out.text(parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err.line(QCoreApplication::translate("Stackdraft::Cli::ExportCommand",
                                             "stackdraft export: give exactly one project file"));
        return 2;
    }
    if (!parser.isSet(options.out) || parser.value(options.out).isEmpty()) {
        err.line(QCoreApplication::translate("Stackdraft::Cli::ExportCommand",
                                             "stackdraft export: --out DIR is required"));
        return 2;
    }
    const QString language = parser.value(options.language);
    if (language != QLatin1String("en") && language != QLatin1String("pt_BR")) {
        err.line(QCoreApplication::translate(
                     "Stackdraft::Cli::ExportCommand",
                     "stackdraft export: --language must be en or pt_BR, not '%1'"),
                 language);
        return 2;
    }
    QStringList formats;
    for (const QString &value : parser.values(options.format))
        formats += value.split(QLatin1Char(','), Qt::SkipEmptyParts);

    const Catalog &catalog = Catalog::standard();
    const Result<Project> project = ProjectReader::readFile(positional.first(), catalog);
    if (!project) {
        err.line(project.error().toString());
        return 2;
    }

    ExporterRegistry &registry = ExporterRegistry::standard();
    if (!hasExporters(registry, err))
        return 2;

    const ExportRequest request {.catalog = &catalog,
                                 .priceBooks = &PriceBooks::standard(),
                                 .environment = parser.value(options.env),
                                 .language = language};
    const Result<ExportSet> set = registry.generate(*project, request, formats);
    if (!set) {
        err.line(
            QCoreApplication::translate("Stackdraft::Cli::ExportCommand", "stackdraft export: %1")
                .arg(set.error().toString()));
        return 2;
    }
    if (set->isEmpty()) {
        // Not an error: asking every example for every format is how the conformance tests run.
        err.line(QCoreApplication::translate(
            "Stackdraft::Cli::ExportCommand",
            "stackdraft export: nothing to write (no environment uses the formats asked for)"));
        return 0;
    }
    const QString outDir = parser.value(options.out);
    const Status written = ExportWriter::write(*set, outDir);
    if (!written) {
        err.line(
            QCoreApplication::translate("Stackdraft::Cli::ExportCommand", "stackdraft export: %1")
                .arg(written.error().toString()));
        return 2;
    }
    // Whole paths, never cut: scripts read this list.
    for (const QString &path : set->paths())
        out.line(QDir::cleanPath(QDir(outDir).filePath(path)));
    out.flush();
    return 0;
}

} // namespace Stackdraft::Cli
