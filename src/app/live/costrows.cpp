#include "app/live/costrows.h"

#include "app/live/costdock.h"
#include "app/live/environmentcomparison.h"
#include "core/cost/costreport.h"
#include "core/model/quantity.h"

#include <QHash>
#include <QLocale>

namespace Stackdraft::App {
namespace {

// The same line before and after an edit, whatever the interface language.
QString lineKey(const Core::CostLine &line)
{
    return line.component + QLatin1Char('\x1f') + line.resource.toString(nullptr);
}

QString componentTitle(const QString &component)
{
    return component.isEmpty() ? CostDock::tr("Environment") : component;
}

} // namespace

QString CostRows::money(double usd)
{
    return EnvironmentComparison::money(usd);
}

QString CostRows::signedMoney(double usd)
{
    if (qAbs(usd) < 0.005)
        return {};
    return usd > 0 ? CostDock::tr("+%1").arg(money(usd)) : CostDock::tr("−%1").arg(money(-usd));
}

QList<SnapshotRow> CostRows::lines(const Core::CostReport &report, const Core::CostReport *saved)
{
    using Column = CostDock::LineColumn;
    QHash<QString, const Core::CostLine *> savedLines;
    if (saved) {
        savedLines.reserve(saved->lines.size());
        for (const Core::CostLine &line : saved->lines)
            savedLines.insert(lineKey(line), &line);
    }

    // One group per component (environment-level lines last), with its subtotal and delta.
    QList<SnapshotRow> groups;
    QHash<QString, qsizetype> groupIndex;
    auto group = [&](const QString &component) -> SnapshotRow & {
        auto found = groupIndex.constFind(component);
        if (found != groupIndex.cend())
            return groups[*found];
        groupIndex.insert(component, groups.size());
        SnapshotRow row;
        row.key = component;
        row.data = component;
        row.cells.resize(CostDock::LineColumnCount);
        row.cells[Column::ItemColumn].text = componentTitle(component);
        row.cells[Column::ItemColumn].bold = true;
        row.cells[Column::AmountColumn].bold = true;
        groups << std::move(row);
        return groups.last();
    };
    QHash<QString, double> deltas;
    for (const QString &component : report.components())
        group(component);
    for (const Core::CostLine &line : report.lines) {
        SnapshotRow row;
        row.key = lineKey(line);
        row.cells.resize(CostDock::LineColumnCount);
        QString resource = line.resource.toString();
        if (!line.priced)
            resource = CostDock::tr("%1 (unpriced)").arg(resource);
        else if (line.usageDependent)
            resource = CostDock::tr("%1 (usage-dependent)").arg(resource);
        row.cells[Column::ItemColumn].text = resource;
        row.cells[Column::QuantityColumn].text
            = CostDock::tr("%1 %2").arg(QLocale().toString(line.quantity, 'g', 6)).arg(line.unit);
        row.cells[Column::UnitPriceColumn].text = line.priced
            ? CostDock::tr("%1/%2").arg(QLocale().toString(line.unitPrice, 'g', 6)).arg(line.unit)
            : QString();
        row.cells[Column::AmountColumn].text
            = line.priced ? money(line.amount) : CostDock::tr("unpriced");
        row.cells[Column::KeyColumn].text = line.priceKey;
        row.cells[Column::ItemColumn].toolTip = line.note.toString();
        row.cells[Column::KeyColumn].toolTip = CostDock::tr("%1, %2").arg(line.source, line.date);
        if (!line.priced)
            row.cells[Column::AmountColumn].foreground = QColor(0xb4, 0x53, 0x09);
        if (saved) {
            const Core::CostLine *before = savedLines.take(row.key);
            const double delta = line.amount - (before ? before->amount : 0.0);
            row.cells[Column::DeltaColumn].text = signedMoney(delta);
            deltas[line.component] += delta;
        }
        group(line.component).children << std::move(row);
    }
    for (const Core::CostLine *removed : std::as_const(savedLines)) { // lines the edit removed
        const Core::CostLine &gone = *removed;
        SnapshotRow row;
        row.key = QStringLiteral("removed:") + lineKey(gone);
        row.cells.resize(CostDock::LineColumnCount);
        row.cells[Column::ItemColumn].text
            = CostDock::tr("%1 (removed)").arg(gone.resource.toString());
        row.cells[Column::DeltaColumn].text = signedMoney(-gone.amount);
        deltas[gone.component] -= gone.amount;
        group(gone.component).children << std::move(row);
    }
    const QHash<QString, double> totals = report.componentTotals();
    for (SnapshotRow &row : groups) {
        const QString component = row.data.toString();
        row.cells[Column::AmountColumn].text = money(totals.value(component));
        row.cells[Column::DeltaColumn].text = signedMoney(deltas.value(component));
    }
    return groups;
}

CostRows::Table CostRows::comparison(const EnvironmentComparison &table)
{
    const int perEnvironment = 4;
    const int columns = 1 + int(table.environments.size()) * perEnvironment;
    Table result;
    result.headers << CostDock::tr("Component");
    for (const QString &name : table.environmentNames)
        result.headers << CostDock::tr("%1\nreplicas").arg(name)
                       << CostDock::tr("%1\nCPU").arg(name) << CostDock::tr("%1\nmemory").arg(name)
                       << CostDock::tr("%1\n$/month").arg(name);
    QList<SnapshotRow> &rows = result.rows;
    rows.resize(table.rows.size() + 2);
    for (SnapshotRow &row : rows)
        row.cells.resize(columns);
    auto put = [&rows](int row, int column, const QString &text, bool bold = false) {
        RowCell &cell = rows[row].cells[column];
        cell.text = text;
        cell.bold = bold;
        cell.alignment
            = column == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter;
    };
    auto putCells = [&](int row, const EnvironmentComparison::Cell &cell, int e, bool budget) {
        const int base = 1 + e * perEnvironment;
        if (!cell.deployed)
            return;
        const bool bold = budget || row == int(table.rows.size());
        if (!budget)
            put(row, base, QString::number(cell.replicas), bold);
        put(row, base + 1, cell.cpu || !budget ? Core::Quantity::humanCpu(cell.cpu) : QString(),
            bold);
        put(row, base + 2,
            cell.memory || !budget ? Core::Quantity::humanMemory(cell.memory) : QString(), bold);
        put(row, base + 3, cell.cost > 0 || !budget ? money(cell.cost) : QString(), bold);
    };
    for (int r = 0; r < table.rows.size(); ++r) {
        rows[r].key = table.rows.at(r).component;
        put(r, 0, table.rows.at(r).component);
        for (int e = 0; e < table.environments.size(); ++e)
            putCells(r, table.rows.at(r).cells.at(e), e, false);
    }
    const int totalRow = int(table.rows.size());
    // Keys no component id can take (ids are DNS labels).
    rows[totalRow].key = QStringLiteral(" total");
    rows[totalRow + 1].key = QStringLiteral(" budget");
    put(totalRow, 0, CostDock::tr("Total"), true);
    put(totalRow + 1, 0, CostDock::tr("Budget"), true);
    for (int e = 0; e < table.environments.size(); ++e) {
        putCells(totalRow, table.totals.at(e), e, false);
        putCells(totalRow + 1, table.budgets.at(e), e, true);
    }
    return result;
}

} // namespace Stackdraft::App
