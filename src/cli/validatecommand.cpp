#include "cli/validatecommand.h"

#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/echo.h"
#include "core/io/projectreader.h"
#include "core/validation/validationengine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Stackdraft::Cli {
namespace {

using namespace Stackdraft::Core;

QString usage()
{
    return QCoreApplication::translate(
        "Stackdraft::Cli::ValidateCommand",
        "Usage: stackdraft validate FILE [--env ENVIRONMENT] [--format text|json] [--strict]");
}

struct Options
{
    QString file;
    QString environment;
    QString format = QStringLiteral("text");
    bool strict = false;
};

// Returns an error message, or an empty string when the arguments are fine.
QString parse(const QStringList &arguments, Options &options)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--strict")) {
            options.strict = true;
        } else if (a == QLatin1String("--env") || a == QLatin1String("--format")) {
            if (i + 1 >= arguments.size())
                return QCoreApplication::translate("Stackdraft::Cli::ValidateCommand",
                                                   "%1 needs a value")
                    .arg(a);
            (a == QLatin1String("--env") ? options.environment : options.format)
                = arguments.at(++i);
        } else if (a.startsWith(QLatin1Char('-'))) {
            return QCoreApplication::translate("Stackdraft::Cli::ValidateCommand",
                                               "unknown option '%1'")
                .arg(a);
        } else if (options.file.isEmpty()) {
            options.file = a;
        } else {
            return QCoreApplication::translate("Stackdraft::Cli::ValidateCommand",
                                               "only one FILE, please");
        }
    }
    if (options.file.isEmpty())
        return QCoreApplication::translate("Stackdraft::Cli::ValidateCommand", "FILE is missing");
    if (options.format != QLatin1String("text") && options.format != QLatin1String("json"))
        return QCoreApplication::translate("Stackdraft::Cli::ValidateCommand",
                                           "unknown format '%1' (use text or json)")
            .arg(options.format);
    return {};
}

// "field" is the file's path ("environments[2].deployments.backend.memory"), as it always was.
QJsonObject toJson(const Problem &p, const Project &project)
{
    return QJsonObject {{QStringLiteral("severity"), severityId(p.severity)},
                        {QStringLiteral("rule"), p.ruleId},
                        {QStringLiteral("environment"), p.location.environment},
                        {QStringLiteral("component"), p.location.component},
                        {QStringLiteral("field"), p.location.modelPath(project)},
                        {QStringLiteral("message"), p.message.toString()},
                        {QStringLiteral("fix"), p.fix.toString()}};
}

} // namespace

QString ValidateCommand::name() const
{
    return QStringLiteral("validate");
}

QString ValidateCommand::summary() const
{
    return QCoreApplication::translate(
        "Stackdraft::Cli::ValidateCommand",
        "check a project: structure, budgets, minimums, secrets, production readiness");
}

int ValidateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out << usage() << '\n'
            << summary() << '\n'
            << QCoreApplication::translate(
                   "Stackdraft::Cli::ValidateCommand",
                   "Exit codes: 0 clean, 1 errors (or the file does not load), 2 warnings under "
                   "--strict.")
            << '\n';
        return 0;
    }
    Options options;
    if (const QString problem = parse(arguments, options); !problem.isEmpty()) {
        err << QCoreApplication::translate("Stackdraft::Cli::ValidateCommand",
                                           "stackdraft validate: %1")
                   .arg(problem)
            << '\n'
            << usage() << '\n';
        return 2;
    }
    const Catalog &catalog = Catalog::standard();
    const Result<Project> loaded = ProjectReader::readFile(options.file, catalog);
    if (!loaded) {
        // A file that does not load is the worst kind of invalid design: exit 1 like any error.
        err << loaded.error().toString() << '\n';
        return 1;
    }
    const Project &project = loaded.value();
    if (!options.environment.isEmpty() && !project.environment(options.environment)) {
        err << QCoreApplication::translate("Stackdraft::Cli::ValidateCommand",
                                           "stackdraft validate: no environment '%1' in %2")
                   .arg(options.environment, options.file)
            << '\n';
        return 2;
    }
    const ValidationEngine &engine = ValidationEngine::standard();
    const QList<Problem> problems = options.environment.isEmpty()
        ? engine.check(project, catalog, PriceBooks::standard())
        : engine.checkEnvironment(project, options.environment, catalog, PriceBooks::standard());
    int errors = 0;
    int warnings = 0;
    for (const Problem &p : problems) {
        errors += p.severity == Severity::Error ? 1 : 0;
        warnings += p.severity == Severity::Warning ? 1 : 0;
    }
    const QString shown = QFileInfo(options.file).filePath();
    if (options.format == QLatin1String("json")) {
        QJsonArray list;
        for (const Problem &p : problems)
            list.append(toJson(p, project));
        const QJsonObject root {{QStringLiteral("file"), shown},
                                {QStringLiteral("errors"), errors},
                                {QStringLiteral("warnings"), warnings},
                                {QStringLiteral("problems"), list}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const Problem &p : problems) {
            const ProblemLocation &at = p.location;
            const QString where = at.component.isEmpty()
                ? at.environment
                : at.environment + QLatin1Char('/') + at.component;
            // A message may quote the file (hosts, images, paths): one line each, whatever it
            // holds.
            out << Echo::escaped(shown) << ": " << where << ": " << severityText(p.severity) << ": "
                << Echo::escaped(p.message.toString()) << " [" << p.ruleId << "]\n";
            if (!p.fix.isEmpty())
                out << "    "
                    << QCoreApplication::translate("Stackdraft::Cli::ValidateCommand", "fix: %1")
                           .arg(Echo::escaped(p.fix.toString()))
                    << '\n';
        }
        out << QCoreApplication::translate("Stackdraft::Cli::ValidateCommand",
                                           "%1: %2 error(s), %3 warning(s)")
                   .arg(Echo::escaped(shown))
                   .arg(errors)
                   .arg(warnings)
            << '\n';
    }
    out.flush();
    if (errors > 0)
        return 1;
    return options.strict && warnings > 0 ? 2 : 0;
}

} // namespace Stackdraft::Cli
