#include "cli/infocommand.h"

#include "cli/output.h"
#include "core/catalog/catalog.h"
#include "core/derived/effectivedeployment.h"
#include "core/derived/environmenttotals.h"
#include "core/derived/realisation.h"
#include "core/echo.h"
#include "core/io/projectreader.h"
#include "core/model/quantity.h"

#include <QCoreApplication>

namespace Stackdraft::Cli {
namespace {

using namespace Stackdraft::Core;

struct Row
{
    QString component;
    QString type;
    QString replicas;
    QString cpu;
    QString memory;
};

void printTable(QStringList &out, const QList<Row> &rows)
{
    const Row header {QCoreApplication::translate("Stackdraft::Cli::InfoCommand", "COMPONENT"),
                      QCoreApplication::translate("Stackdraft::Cli::InfoCommand", "TYPE"),
                      QCoreApplication::translate("Stackdraft::Cli::InfoCommand", "REPLICAS"),
                      QCoreApplication::translate("Stackdraft::Cli::InfoCommand", "CPU"),
                      QCoreApplication::translate("Stackdraft::Cli::InfoCommand", "MEMORY")};
    qsizetype widths[4]
        = {header.component.size(), header.type.size(), header.replicas.size(), header.cpu.size()};
    for (const Row &row : rows) {
        widths[0] = std::max(widths[0], row.component.size());
        widths[1] = std::max(widths[1], row.type.size());
        widths[2] = std::max(widths[2], row.replicas.size());
        widths[3] = std::max(widths[3], row.cpu.size());
    }
    auto print = [&](const Row &row) {
        out << QStringLiteral("  %1  %2  %3  %4  %5")
                   .arg(row.component.leftJustified(widths[0]), row.type.leftJustified(widths[1]),
                        row.replicas.rightJustified(widths[2]), row.cpu.rightJustified(widths[3]),
                        row.memory);
    };
    print(header);
    for (const Row &row : rows)
        print(row);
}

// One entry per line (Output::lines writes each as one line).
void printEnvironment(QStringList &out, const Project &project, const Environment &env,
                      const Catalog &catalog)
{
    QString title = env.id;
    if (!env.label.isEmpty() && env.label != env.id)
        title += QStringLiteral(" (%1)").arg(Echo::cut(env.label));
    title += QStringLiteral(" — ") + platformId(env.platform);
    if (!env.region.isEmpty())
        title += QStringLiteral(", ") + Echo::cut(env.region);
    out << QString() << title;
    QList<Row> rows;
    bool usedDefaults = false;
    for (const auto &[component, deployment] : project.deployments(env)) {
        const ComponentType type = catalog.type(component->type);
        const Realisation how = Realisation::of(type, env, *deployment);
        Row row {component->id, component->type, QStringLiteral("-"), QStringLiteral("-"), {}};
        if (!how.runsContainers()) {
            row.memory = QCoreApplication::translate("Stackdraft::Cli::InfoCommand", "(%1)")
                             .arg(how.kind == Realisation::Kind::External
                                      ? QCoreApplication::translate("Stackdraft::Cli::InfoCommand",
                                                                    "external")
                                      : how.name().isEmpty() ? QCoreApplication::translate(
                                            "Stackdraft::Cli::InfoCommand", "not deployed")
                                                             : how.name());
            rows.append(row);
            continue;
        }
        // What the file leaves out is the catalog's default, as the exporters write it.
        const EffectiveDeployment e = EffectiveDeployment::of(type, *deployment);
        usedDefaults = usedDefaults || e.cpuFromCatalog || e.memoryFromCatalog;
        const QString mark = QStringLiteral("*");
        row.replicas = QString::number(e.replicas);
        if (deployment->autoscaling.enabled)
            row.replicas += QCoreApplication::translate("Stackdraft::Cli::InfoCommand", " (%1-%2)")
                                .arg(deployment->autoscaling.minReplicas)
                                .arg(deployment->autoscaling.maxReplicas);
        row.cpu = Quantity::formatCpu(e.cpu()) + (e.cpuFromCatalog ? mark : QString());
        row.memory = Quantity::formatMemory(e.memory()) + (e.memoryFromCatalog ? mark : QString());
        rows.append(row);
    }
    if (rows.isEmpty()) {
        out << QStringLiteral("  ")
                + QCoreApplication::translate("Stackdraft::Cli::InfoCommand", "nothing deployed");
        return;
    }
    printTable(out, rows);
    const EnvironmentTotals totals = EnvironmentTotals::of(project, env, catalog);
    out << QStringLiteral("  ")
            + QCoreApplication::translate(
                  "Stackdraft::Cli::InfoCommand",
                  "total: %1 components run as containers, %2 replicas at rest, %3, %4 (requests × "
                  "replicas)")
                  .arg(totals.components)
                  .arg(totals.replicas)
                  .arg(Quantity::humanCpu(totals.cpu), Quantity::humanMemory(totals.memory));
    if (usedDefaults)
        out << QStringLiteral("  ")
                + QCoreApplication::translate("Stackdraft::Cli::InfoCommand",
                                              "* no resources set: the catalog's defaults");
    const Budget &budget = env.budget;
    QStringList limits;
    if (budget.cpu > 0)
        limits << Quantity::humanCpu(budget.cpu);
    if (budget.memory > 0)
        limits << Quantity::humanMemory(budget.memory);
    if (budget.monthlyCost > 0)
        limits << QCoreApplication::translate("Stackdraft::Cli::InfoCommand", "$%1/month")
                      .arg(budget.monthlyCost);
    if (!limits.isEmpty())
        out << QStringLiteral("  ")
                + QCoreApplication::translate("Stackdraft::Cli::InfoCommand", "budget: %1")
                      .arg(limits.join(QLatin1String(", ")));
}

} // namespace

QString InfoCommand::name() const
{
    return QStringLiteral("info");
}

QString InfoCommand::summary() const
{
    return QCoreApplication::translate(
        "Stackdraft::Cli::InfoCommand",
        "per-environment summary: platform, components, replicas, CPU and memory");
}

int InfoCommand::run(const QStringList &arguments, Output &out, Output &err)
{
    const QString usage = QCoreApplication::translate("Stackdraft::Cli::InfoCommand",
                                                      "Usage: stackdraft info FILE");
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out.lines({usage, summary()});
        return 0;
    }
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        err.line(usage);
        return 2;
    }
    const Catalog &catalog = Catalog::standard();
    const Result<Project> loaded = ProjectReader::readFile(arguments.first(), catalog);
    if (!loaded) {
        err.line(QCoreApplication::translate("Stackdraft::Cli::InfoCommand", "stackdraft info: %1")
                     .arg(loaded.error().toString()));
        return 2;
    }
    const Project &project = loaded.value();
    QString title = Echo::cut(project.displayTitle());
    if (project.displayTitle() != project.name)
        title += QStringLiteral(" (%1)").arg(Echo::cut(project.name));
    QStringList lines {
        title,
        QCoreApplication::translate("Stackdraft::Cli::InfoCommand",
                                    "%1 components, %2 connections, %3 groups, %4 environments")
            .arg(project.components.size())
            .arg(project.connections.size())
            .arg(project.groups.size())
            .arg(project.environments.size())};
    for (const Environment &env : project.environments)
        printEnvironment(lines, project, env, catalog);
    out.lines(lines);
    out.flush();
    return 0;
}

} // namespace Stackdraft::Cli
