#include "cli/exportcommand.h"

#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "core/export/exportwriter.h"
#include "core/io/projectreader.h"
#include "core/model/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace Stackdraft::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("generate compose, Kubernetes, Terraform, diagrams and docs from a project");
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    using namespace Stackdraft::Core;
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("the project file (*.stackdraft.yaml)"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("directory to write into (required)"), tr("DIR"));
    const QCommandLineOption envOption(QStringLiteral("env"), tr("only this environment"),
                                       tr("ENV"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("only this format (repeatable, or comma-separated): %1")
            .arg(ExporterRegistry::standard().ids().join(QLatin1String(", "))),
        tr("FORMAT"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("language of documents: en (default) or pt_BR"),
                                            tr("LANG"), QStringLiteral("en"));
    parser.addOptions({outOption, envOption, formatOption, languageOption});

    if (!parser.parse(QStringList {QStringLiteral("stackdraft export")} + arguments)) {
        err << tr("stackdraft export: %1").arg(parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << Qt::flush;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << tr("stackdraft export: give exactly one project file") << Qt::endl;
        return 2;
    }
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty()) {
        err << tr("stackdraft export: --out DIR is required") << Qt::endl;
        return 2;
    }
    const QString language = parser.value(languageOption);
    if (language != QLatin1String("en") && language != QLatin1String("pt_BR")) {
        err << tr("stackdraft export: --language must be en or pt_BR, not '%1'").arg(language)
            << Qt::endl;
        return 2;
    }
    QStringList formats;
    for (const QString &value : parser.values(formatOption))
        formats += value.split(QLatin1Char(','), Qt::SkipEmptyParts);

    const Catalog &catalog = Catalog::standard();
    const Result<Project> project = ProjectReader::readFile(positional.first(), catalog);
    if (!project) {
        err << project.error().toString() << Qt::endl;
        return 2;
    }

    ExporterRegistry &registry = ExporterRegistry::standard();
    for (const Error &problem : registry.errors())
        err << tr("warning: %1").arg(problem.toString()) << Qt::endl;
    if (registry.exporters().isEmpty()) {
        err << tr("stackdraft export: no exporter plugins found in %1")
                   .arg(ExporterRegistry::standardDirectories().join(QLatin1String(", ")))
            << Qt::endl;
        return 2;
    }

    const ExportRequest request {.catalog = &catalog,
                                 .priceBooks = &PriceBooks::standard(),
                                 .environment = parser.value(envOption),
                                 .language = language};
    const Result<ExportSet> set = registry.generate(*project, request, formats);
    if (!set) {
        err << tr("stackdraft export: %1").arg(set.error().toString()) << Qt::endl;
        return 2;
    }
    if (set->isEmpty()) {
        // Not an error: asking every example for every format is how the conformance tests run.
        err << tr("stackdraft export: nothing to write (no environment uses the formats asked for)")
            << Qt::endl;
        return 0;
    }
    const QString outDir = parser.value(outOption);
    const Status written = ExportWriter::write(*set, outDir);
    if (!written) {
        err << tr("stackdraft export: %1").arg(written.error().toString()) << Qt::endl;
        return 2;
    }
    for (const QString &path : set->paths())
        out << QDir::cleanPath(QDir(outDir).filePath(path)) << '\n';
    out.flush();
    return 0;
}

} // namespace Stackdraft::Cli
