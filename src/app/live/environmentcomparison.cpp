#include "app/live/environmentcomparison.h"

#include "core/cost/costreport.h"
#include "core/export/workload.h"
#include "core/model/project.h"
#include "core/model/quantity.h"
#include "core/model/saturating.h"

#include <QLocale>

namespace Stackdraft::App {

EnvironmentComparison
EnvironmentComparison::compute(const Core::Project &project, const Core::Catalog &catalog,
                               const QHash<QString, const Core::CostReport *> &costs)
{
    EnvironmentComparison table;
    const qsizetype columns = project.environments.size();
    QHash<QString, qsizetype> rowOf;
    for (const Core::Component &component : project.components) {
        rowOf.insert(component.id, table.rows.size());
        table.rows.append(Row {component.id, QList<Cell>(columns)});
    }
    table.totals = QList<Cell>(columns);
    table.budgets = QList<Cell>(columns);
    for (qsizetype e = 0; e < columns; ++e) {
        const Core::Environment &environment = project.environments.at(e);
        table.environments << environment.id;
        table.environmentNames << environment.displayName();
        for (const Core::Deployment &deployment : environment.deployments) {
            const qsizetype row = rowOf.value(deployment.component, -1);
            if (row >= 0)
                table.rows[row].cells[e].deployed = true;
        }
        // The same workloads (and catalog defaults) the exporters and the status bar use.
        for (const Core::Workload &workload : Core::Workload::list(project, environment, catalog)) {
            Cell &cell = table.rows[rowOf.value(workload.component->id)].cells[e];
            cell.replicas = workload.replicas;
            // Saturating, like every total of bounded quantities (core/model/saturating.h).
            cell.cpu
                = Core::Saturating::multiply(workload.replicas, workload.resources.effectiveCpu());
            cell.memory = Core::Saturating::multiply(workload.replicas,
                                                     workload.resources.effectiveMemory());
            table.totals[e].replicas += cell.replicas;
            table.totals[e].cpu = Core::Saturating::add(table.totals[e].cpu, cell.cpu);
            table.totals[e].memory = Core::Saturating::add(table.totals[e].memory, cell.memory);
        }
        if (const Core::CostReport *report = costs.value(environment.id)) {
            const QHash<QString, double> totals = report->componentTotals();
            for (Row &row : table.rows)
                row.cells[e].cost = totals.value(row.component);
            table.totals[e].cost = report->total();
        }
        table.totals[e].deployed = true;
        table.budgets[e] = Cell {true, 0, environment.budget.cpu, environment.budget.memory,
                                 environment.budget.monthlyCost};
    }
    table.rows.removeIf([](const Row &row) {
        return std::none_of(row.cells.cbegin(), row.cells.cend(),
                            [](const Cell &cell) { return cell.deployed; });
    });
    return table;
}

QString EnvironmentComparison::money(double usd)
{
    return tr("$%1").arg(QLocale().toString(usd, 'f', 2));
}

QString EnvironmentComparison::toMarkdown() const
{
    auto escape = [](QString text) { return text.replace(QLatin1Char('|'), QLatin1String("\\|")); };
    QStringList header {tr("Component")};
    QStringList rule {QStringLiteral("---")};
    for (const QString &name : environmentNames) {
        header << tr("%1 replicas").arg(escape(name)) << tr("%1 CPU").arg(escape(name))
               << tr("%1 memory").arg(escape(name)) << tr("%1 cost/month").arg(escape(name));
        rule << QStringLiteral("---:") << QStringLiteral("---:") << QStringLiteral("---:")
             << QStringLiteral("---:");
    }
    auto line = [](const QStringList &cells) {
        return QStringLiteral("| %1 |\n").arg(cells.join(QLatin1String(" | ")));
    };
    auto cells = [](const Cell &cell, bool budget) {
        if (!cell.deployed)
            return QStringList {QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—"),
                                QStringLiteral("—")};
        auto orDash
            = [](bool set, const QString &text) { return set ? text : QStringLiteral("—"); };
        return QStringList {
            budget ? QString() : QString::number(cell.replicas),
            orDash(cell.cpu > 0 || !budget, Core::Quantity::humanCpu(cell.cpu)),
            orDash(cell.memory > 0 || !budget, Core::Quantity::humanMemory(cell.memory)),
            orDash(cell.cost > 0 || !budget, money(cell.cost))};
    };
    QString out = line(header) + line(rule);
    for (const Row &row : rows) {
        QStringList values {QStringLiteral("`%1`").arg(row.component)};
        for (const Cell &cell : row.cells)
            values << cells(cell, false);
        out += line(values);
    }
    QStringList total {tr("**Total**")};
    QStringList budget {tr("**Budget**")};
    for (qsizetype e = 0; e < environments.size(); ++e) {
        total << cells(totals.at(e), false);
        budget << cells(budgets.at(e), true);
    }
    out += line(total) + line(budget);
    return out;
}

} // namespace Stackdraft::App
