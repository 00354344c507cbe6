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

namespace {

// Amounts as the dock writes them, with their templates translated once per computation.
struct MoneyTexts
{
    QLocale locale;
    QString dollars = EnvironmentComparison::tr("$%1");
    QString plus = CostDock::tr("+%1");
    QString minus = CostDock::tr("−%1");

    QString money(double usd) const { return dollars.arg(locale.toString(usd, 'f', 2)); }
    // Empty when it rounds to zero.
    QString signedMoney(double usd) const
    {
        if (qAbs(usd) < 0.005)
            return {};
        return usd > 0 ? plus.arg(money(usd)) : minus.arg(money(-usd));
    }
};

} // namespace

QString CostRows::money(double usd)
{
    return MoneyTexts().money(usd);
}

QString CostRows::signedMoney(double usd)
{
    return MoneyTexts().signedMoney(usd);
}

namespace {

// The texts of one computation of the rows, translated once: a translation lookup takes a lock
// and hashes its source, and four of them per line were half of the rows' time.
struct LineTexts : MoneyTexts
{
    QString unpricedResource = CostDock::tr("%1 (unpriced)");
    QString usageResource = CostDock::tr("%1 (usage-dependent)");
    QString removedResource = CostDock::tr("%1 (removed)");
    QString quantity = CostDock::tr("%1 %2");
    QString unitPrice = CostDock::tr("%1/%2");
    QString unpriced = CostDock::tr("unpriced");
    QString source = CostDock::tr("%1, %2");
};

using Column = CostDock::LineColumn;

// A line's cells, but for its change since saved.
QList<RowCell> lineCells(const Core::CostLine &line, const LineTexts &texts)
{
    QList<RowCell> cells(CostDock::LineColumnCount);
    QString resource = line.resource.toString();
    if (!line.priced)
        resource = texts.unpricedResource.arg(resource);
    else if (line.usageDependent)
        resource = texts.usageResource.arg(resource);
    cells[Column::ItemColumn].text = resource;
    cells[Column::QuantityColumn].text
        = texts.quantity.arg(texts.locale.toString(line.quantity, 'g', 6), line.unit);
    if (line.priced)
        cells[Column::UnitPriceColumn].text
            = texts.unitPrice.arg(texts.locale.toString(line.unitPrice, 'g', 6), line.unit);
    cells[Column::AmountColumn].text = line.priced ? texts.money(line.amount) : texts.unpriced;
    cells[Column::KeyColumn].text = line.priceKey;
    cells[Column::ItemColumn].toolTip = line.note.toString();
    cells[Column::KeyColumn].toolTip = texts.source.arg(line.source, line.date);
    if (!line.priced)
        cells[Column::AmountColumn].foreground = QColor(0xb4, 0x53, 0x09);
    return cells;
}

} // namespace

// What one computation of the Cost dock's lines leaves for the next (CostRows::lines).
class CostLineMemo
{
public:
    struct Entry
    {
        Core::CostLine line;
        QList<RowCell> cells;
    };
    // The texts were made in this language and locale (the memo of another is not used).
    QLocale locale;
    QString unpriced;
    QHash<QString, Entry> rows; // by line key
    QList<Core::CostLine> savedLines; // the saved report's lines that savedIndex indexes
    QHash<QString, qsizetype> savedIndex; // line key → first position in savedLines
    QList<qsizetype> nextSameKey; // per saved line: the next one with its key, or -1
};

CostRows::Lines CostRows::lines(const Core::CostReport &report, const Core::CostReport *saved,
                                const std::shared_ptr<const CostLineMemo> &previous)
{
    const LineTexts texts;
    auto memo = std::make_shared<CostLineMemo>();
    memo->locale = texts.locale;
    memo->unpriced = texts.unpriced;
    const CostLineMemo *before
        = previous && previous->locale == texts.locale && previous->unpriced == texts.unpriced
        ? previous.get()
        : nullptr;
    memo->rows.reserve(report.lines.size());
    if (saved) {
        // The saved report changes on a save only: its index is kept while it is the same list.
        if (before && before->savedLines.isSharedWith(saved->lines)) {
            memo->savedLines = before->savedLines;
            memo->savedIndex = before->savedIndex;
            memo->nextSameKey = before->nextSameKey;
        } else {
            memo->savedLines = saved->lines;
            memo->savedIndex.reserve(saved->lines.size());
            memo->nextSameKey.fill(-1, saved->lines.size());
            for (qsizetype i = saved->lines.size() - 1; i >= 0; --i) { // the first one is kept
                const QString key = lineKey(saved->lines.at(i));
                auto first = memo->savedIndex.find(key);
                if (first == memo->savedIndex.end()) {
                    memo->savedIndex.insert(key, i);
                } else {
                    memo->nextSameKey[i] = *first;
                    *first = i;
                }
            }
        }
    }
    QList<bool> savedMatched(memo->savedLines.size(), false);

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
        const CostLineMemo::Entry *known = nullptr;
        if (before) {
            auto it = before->rows.constFind(row.key);
            if (it != before->rows.cend() && it->line == line)
                known = &*it;
        }
        row.cells = known ? known->cells : lineCells(line, texts);
        if (saved) {
            qsizetype at = memo->savedIndex.value(row.key, -1);
            while (at >= 0 && savedMatched.at(at)) // the same key twice: matched in order
                at = memo->nextSameKey.at(at);
            const bool matched = at >= 0;
            if (matched)
                savedMatched[at] = true;
            const double delta = line.amount - (matched ? memo->savedLines.at(at).amount : 0.0);
            QString deltaText = texts.signedMoney(delta);
            if (row.cells.at(Column::DeltaColumn).text != deltaText) // keeps the cells shared
                row.cells[Column::DeltaColumn].text = std::move(deltaText);
            deltas[line.component] += delta;
        }
        memo->rows.insert(row.key, {line, row.cells});
        group(line.component).children << std::move(row);
    }
    for (qsizetype i = 0; i < savedMatched.size(); ++i) { // lines the edit removed
        if (savedMatched.at(i))
            continue;
        const Core::CostLine &gone = memo->savedLines.at(i);
        SnapshotRow row;
        row.key = QStringLiteral("removed:") + lineKey(gone);
        row.cells.resize(CostDock::LineColumnCount);
        row.cells[Column::ItemColumn].text = texts.removedResource.arg(gone.resource.toString());
        row.cells[Column::DeltaColumn].text = texts.signedMoney(-gone.amount);
        deltas[gone.component] -= gone.amount;
        group(gone.component).children << std::move(row);
    }
    const QHash<QString, double> totals = report.componentTotals();
    for (SnapshotRow &row : groups) {
        const QString component = row.data.toString();
        row.cells[Column::AmountColumn].text = texts.money(totals.value(component));
        row.cells[Column::DeltaColumn].text = texts.signedMoney(deltas.value(component));
    }
    return {groups, memo};
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
