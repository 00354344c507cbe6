#include "cli/validatecommand.h"

#include "cli/output.h"
#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/io/projectreader.h"
#include "core/validation/validationengine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

int ValidateCommand::run(const QStringList &arguments, Output &out, Output &err)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out.lines(
            {usage(), summary(),
             QCoreApplication::translate(
                 "Stackdraft::Cli::ValidateCommand",
                 "Exit codes: 0 clean, 1 errors (or the file does not load), 2 warnings under "
                 "--strict.")});
        return 0;
    }
    Options options;
    if (const QString problem = parse(arguments, options); !problem.isEmpty()) {
        err.line(QCoreApplication::translate("Stackdraft::Cli::ValidateCommand",
                                             "stackdraft validate: %1"),
                 problem);
        err.line(usage());
        return 2;
    }
    const Catalog &catalog = Catalog::standard();
    const Result<Project> loaded = ProjectReader::readFile(options.file, catalog);
    if (!loaded) {
        // A file that does not load is the worst kind of invalid design: exit 1 like any error.
        err.line(loaded.error().toString());
        return 1;
    }
    const Project &project = loaded.value();
    if (!options.environment.isEmpty() && !project.environment(options.environment)) {
        err.line(QCoreApplication::translate("Stackdraft::Cli::ValidateCommand",
                                             "stackdraft validate: no environment '%1' in %2"),
                 options.environment, options.file);
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
        out.json(QJsonDocument(root));
    } else {
        for (const Problem &p : problems) {
            const ProblemLocation &at = p.location;
            const QString where = at.component.isEmpty()
                ? at.environment
                : at.environment + QLatin1Char('/') + at.component;
            // The message is not cut: it is ours, quoting values already cut where it was made.
            out.line(QStringLiteral("%1: %2: %3: %4 [%5]")
                         .arg(Output::shown(shown), where, severityText(p.severity),
                              p.message.toString(), p.ruleId));
            if (!p.fix.isEmpty())
                out.line(
                    QStringLiteral("    ")
                    + QCoreApplication::translate("Stackdraft::Cli::ValidateCommand", "fix: %1")
                          .arg(p.fix.toString()));
        }
        out.line(QCoreApplication::translate("Stackdraft::Cli::ValidateCommand",
                                             "%1: %2 error(s), %3 warning(s)"),
                 shown, errors, warnings);
    }
    out.flush();
    if (errors > 0)
        return 1;
    return options.strict && warnings > 0 ? 2 : 0;
}

} // namespace Stackdraft::Cli
