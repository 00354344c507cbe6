#include "app/live/costdock.h"

#include "app/live/assumptionstab.h"
#include "app/live/designanalysis.h"
#include "app/live/environmentcomparison.h"
#include "app/live/itemrows.h"
#include "core/cost/costreport.h"
#include "core/model/quantity.h"
#include "document/projectdocument.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Stackdraft::App {
namespace {

// How many rows (besides those in view) fit a column to its contents: every row of a 1,000-row
// table was measured on each refresh.
constexpr int MeasuredRows = 200;

QString money(double usd)
{
    return EnvironmentComparison::money(usd);
}

QString signedMoney(double usd)
{
    if (qAbs(usd) < 0.005)
        return {};
    return usd > 0 ? CostDock::tr("+%1").arg(money(usd)) : CostDock::tr("−%1").arg(money(-usd));
}

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

CostDock::CostDock(ProjectDocument &document, const DesignAnalysis &analysis, QWidget *parent)
    : QDockWidget(tr("Cost"), parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_environments(new QComboBox(this))
    , m_total(new QLabel(this))
    , m_budget(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_lines(new QTreeWidget(this))
    , m_assumptions(new AssumptionsTab(document, this))
    , m_comparison(new QTableWidget(this))
{
    setObjectName(QStringLiteral("costDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_environments->setObjectName(QStringLiteral("costEnvironment"));
    top->addWidget(m_environments);
    m_total->setObjectName(QStringLiteral("costTotal"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_total, 1);
    layout->addLayout(top);
    m_budget->setObjectName(QStringLiteral("costBudget"));
    m_budget->setTextVisible(true);
    layout->addWidget(m_budget);

    m_tabs->setObjectName(QStringLiteral("costTabs"));
    m_lines->setObjectName(QStringLiteral("costLines"));
    m_lines->setColumnCount(LineColumnCount);
    m_lines->setHeaderLabels({tr("Component / resource"), tr("Quantity"), tr("Unit price"),
                              tr("Amount"), tr("Since saved"), tr("Price key")});
    m_lines->setUniformRowHeights(true);
    m_lines->setAlternatingRowColors(true);
    m_lines->header()->setSectionResizeMode(ItemColumn, QHeaderView::ResizeToContents);
    m_lines->header()->setResizeContentsPrecision(MeasuredRows);
    m_tabs->addTab(m_lines, tr("Lines"));
    m_tabs->addTab(m_assumptions, tr("Assumptions"));

    auto *compare = new QWidget(this);
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    m_comparison->setObjectName(QStringLiteral("costComparison"));
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setAlternatingRowColors(true);
    m_comparison->verticalHeader()->hide();
    m_comparison->horizontalHeader()->setResizeContentsPrecision(MeasuredRows);
    compareLayout->addWidget(m_comparison);
    auto *copy = new QPushButton(tr("Copy as Markdown"), compare);
    copy->setObjectName(QStringLiteral("copyComparison"));
    connect(copy, &QPushButton::clicked, this, &CostDock::copyMarkdown);
    compareLayout->addWidget(copy, 0, Qt::AlignRight);
    m_tabs->addTab(compare, tr("Compare environments"));
    m_compareTab = compare;
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_comparisonDirty && m_tabs->currentWidget() == m_compareTab)
            refreshComparison();
    });
    layout->addWidget(m_tabs);
    setWidget(content);

    connect(m_environments, &QComboBox::currentIndexChanged, this, &CostDock::onEnvironmentChosen);
    connect(&document, &ProjectDocument::projectReset, this, &CostDock::refreshEnvironments);
    // The environment picker follows environments added, removed, renamed or reordered.
    connect(&document, &ProjectDocument::environmentAdded, this, &CostDock::refreshEnvironments);
    connect(&document, &ProjectDocument::environmentRemoved, this, &CostDock::refreshEnvironments);
    connect(&document, &ProjectDocument::environmentRenamed, this, &CostDock::refreshEnvironments);
    connect(&document, &ProjectDocument::environmentChanged, this, &CostDock::refreshEnvironments);
    connect(&document, &ProjectDocument::environmentsReordered, this,
            &CostDock::refreshEnvironments);
    // The lines show one environment: results for others only change the comparison.
    connect(&analysis, &DesignAnalysis::costsChanged, this,
            [this](const QStringList &environments) {
                if (environments.contains(environment())) {
                    refresh();
                    return;
                }
                m_comparisonDirty = true;
                if (m_tabs->currentWidget() == m_compareTab)
                    refreshComparison();
            });
    connect(&analysis, &DesignAnalysis::savedCostsChanged, this, &CostDock::refreshLines);
    refreshEnvironments();
}

QString CostDock::environment() const
{
    return m_environments->currentData().toString();
}

void CostDock::setEnvironment(const QString &environmentId)
{
    const int index = m_environments->findData(environmentId);
    if (index >= 0)
        m_environments->setCurrentIndex(index);
}

QString CostDock::totalText() const
{
    return m_total->text();
}

CostDock::Level CostDock::budgetLevel(double total, double budget)
{
    if (budget <= 0)
        return Level::Normal;
    if (total > budget + 0.005)
        return Level::Over;
    return total >= 0.8 * budget ? Level::Near : Level::Normal;
}

void CostDock::refreshEnvironments()
{
    const QString current = environment();
    {
        const QSignalBlocker blocker(m_environments);
        m_environments->clear();
        for (const Core::Environment &env : m_document.project().environments)
            m_environments->addItem(env.displayName(), env.id);
        const int index = m_environments->findData(current);
        m_environments->setCurrentIndex(index < 0 ? m_environments->count() - 1 : index);
    }
    m_assumptions->setEnvironment(environment());
    refresh();
}

void CostDock::onEnvironmentChosen()
{
    m_assumptions->setEnvironment(environment());
    refreshLines();
}

void CostDock::refresh()
{
    refreshLines();
    // The comparison covers every environment: filled when its tab is shown, not after every edit
    // while nobody looks at it.
    m_comparisonDirty = true;
    if (m_tabs->currentWidget() == m_compareTab)
        refreshComparison();
}

void CostDock::refreshLines()
{
    const Core::CostReport *report = m_analysis.cost(environment());
    if (!report) {
        m_lines->clear();
        m_total->clear();
        m_budget->setRange(0, 1);
        m_budget->setValue(0);
        m_budget->setFormat(tr("No estimate yet"));
        return;
    }
    const Core::CostReport *saved = m_analysis.savedCost(environment());
    QHash<QString, const Core::CostLine *> savedLines;
    if (saved) {
        savedLines.reserve(saved->lines.size());
        for (const Core::CostLine &line : saved->lines)
            savedLines.insert(lineKey(line), &line);
    }

    // One group per component (environment-level lines last), with its subtotal and delta.
    QList<ItemRows::TreeRow> groups;
    QHash<QString, qsizetype> groupIndex;
    auto group = [&](const QString &component) -> ItemRows::TreeRow & {
        auto found = groupIndex.constFind(component);
        if (found != groupIndex.cend())
            return groups[*found];
        groupIndex.insert(component, groups.size());
        ItemRows::TreeRow row;
        row.key = component;
        row.data = component;
        row.cells.resize(LineColumnCount);
        row.cells[ItemColumn].text = componentTitle(component);
        row.cells[ItemColumn].bold = true;
        row.cells[AmountColumn].bold = true;
        groups << std::move(row);
        return groups.last();
    };
    QHash<QString, double> deltas;
    for (const QString &component : report->components())
        group(component);
    for (const Core::CostLine &line : report->lines) {
        ItemRows::TreeRow row;
        row.key = lineKey(line);
        row.cells.resize(LineColumnCount);
        QString resource = line.resource.toString();
        if (!line.priced)
            resource = tr("%1 (unpriced)").arg(resource);
        else if (line.usageDependent)
            resource = tr("%1 (usage-dependent)").arg(resource);
        row.cells[ItemColumn].text = resource;
        row.cells[QuantityColumn].text
            = tr("%1 %2").arg(QLocale().toString(line.quantity, 'g', 6)).arg(line.unit);
        row.cells[UnitPriceColumn].text = line.priced
            ? tr("%1/%2").arg(QLocale().toString(line.unitPrice, 'g', 6)).arg(line.unit)
            : QString();
        row.cells[AmountColumn].text = line.priced ? money(line.amount) : tr("unpriced");
        row.cells[KeyColumn].text = line.priceKey;
        row.cells[ItemColumn].toolTip = line.note.toString();
        row.cells[KeyColumn].toolTip = tr("%1, %2").arg(line.source, line.date);
        if (!line.priced)
            row.cells[AmountColumn].foreground = QColor(0xb4, 0x53, 0x09);
        if (saved) {
            const Core::CostLine *before = savedLines.take(row.key);
            const double delta = line.amount - (before ? before->amount : 0.0);
            row.cells[DeltaColumn].text = signedMoney(delta);
            deltas[line.component] += delta;
        }
        group(line.component).children << std::move(row);
    }
    for (const Core::CostLine *removed : std::as_const(savedLines)) { // lines the edit removed
        const Core::CostLine &gone = *removed;
        ItemRows::TreeRow row;
        row.key = QStringLiteral("removed:") + lineKey(gone);
        row.cells.resize(LineColumnCount);
        row.cells[ItemColumn].text = tr("%1 (removed)").arg(gone.resource.toString());
        row.cells[DeltaColumn].text = signedMoney(-gone.amount);
        deltas[gone.component] -= gone.amount;
        group(gone.component).children << std::move(row);
    }
    const QHash<QString, double> totals = report->componentTotals();
    for (ItemRows::TreeRow &row : groups) {
        const QString component = row.data.toString();
        row.cells[AmountColumn].text = money(totals.value(component));
        row.cells[DeltaColumn].text = signedMoney(deltas.value(component));
    }
    // Rebuilt only when lines come or go; otherwise the changed cells are rewritten in place and
    // what the user collapsed stays collapsed.
    if (ItemRows::writeTree(m_lines, groups))
        m_lines->expandAll();

    const double total = report->total();
    QString text = tr("Total: %1/month").arg(money(total));
    if (report->hasDisplayCurrency()) {
        text = tr("Total: %1/month (%2 %3)")
                   .arg(money(total), report->display.display,
                        QLocale().toString(report->inDisplayCurrency(total), 'f', 2));
    }
    if (saved && qAbs(total - saved->total()) >= 0.005)
        text = tr("%1 · %2 since saved").arg(text, signedMoney(total - saved->total()));
    m_total->setText(text);

    const double budget = report->budget;
    const Level level = budgetLevel(total, budget);
    if (budget > 0) {
        m_budget->setRange(0, 1000);
        m_budget->setValue(int(qMin(1.0, total / budget) * 1000));
        m_budget->setFormat(tr("%1 of the %2 budget (%3 %)")
                                .arg(money(total), money(budget))
                                .arg(qRound(100 * total / budget)));
    } else {
        m_budget->setRange(0, 1);
        m_budget->setValue(0);
        m_budget->setFormat(tr("No monthly budget set"));
    }
    static const char *const colors[] = {"#16a34a", "#f59e0b", "#dc2626"};
    const QString sheet = QStringLiteral("QProgressBar::chunk { background: %1; }")
                              .arg(QLatin1String(colors[int(level)]));
    if (m_budget->styleSheet() != sheet) // a new style sheet re-polishes the bar
        m_budget->setStyleSheet(sheet);
    m_budget->setProperty("level", int(level));
}

void CostDock::refreshComparison()
{
    QHash<QString, const Core::CostReport *> costs;
    for (const Core::Environment &env : m_document.project().environments)
        costs.insert(env.id, m_analysis.cost(env.id));
    const EnvironmentComparison table
        = EnvironmentComparison::compute(m_document.project(), m_document.catalog(), costs);
    const int perEnvironment = 4;
    const int columns = 1 + int(table.environments.size()) * perEnvironment;
    QStringList headers {tr("Component")};
    for (const QString &name : table.environmentNames)
        headers << tr("%1\nreplicas").arg(name) << tr("%1\nCPU").arg(name)
                << tr("%1\nmemory").arg(name) << tr("%1\n$/month").arg(name);
    QList<QList<ItemRows::Cell>> rows(table.rows.size() + 2, QList<ItemRows::Cell>(columns));
    auto put = [&rows](int row, int column, const QString &text, bool bold = false) {
        ItemRows::Cell &cell = rows[row][column];
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
        put(r, 0, table.rows.at(r).component);
        for (int e = 0; e < table.environments.size(); ++e)
            putCells(r, table.rows.at(r).cells.at(e), e, false);
    }
    const int totalRow = int(table.rows.size());
    put(totalRow, 0, tr("Total"), true);
    put(totalRow + 1, 0, tr("Budget"), true);
    for (int e = 0; e < table.environments.size(); ++e) {
        putCells(totalRow, table.totals.at(e), e, false);
        putCells(totalRow + 1, table.budgets.at(e), e, true);
    }
    if (ItemRows::writeTable(m_comparison, headers, rows))
        fitComparisonColumns();
    m_comparisonDirty = false;
}

void CostDock::fitComparisonColumns()
{
    // Measured on the first rows and those in view (the header's precision) and on the total and
    // budget rows, the widest numbers: measuring every cell of a 1,000-row table took longer
    // than a frame.
    m_comparison->resizeColumnsToContents();
    const int rows = m_comparison->rowCount();
    for (int column = 0; column < m_comparison->columnCount(); ++column) {
        int width = m_comparison->columnWidth(column);
        for (int row = std::max(0, rows - 2); row < rows; ++row)
            width = std::max(
                width,
                m_comparison->sizeHintForIndex(m_comparison->model()->index(row, column)).width());
        m_comparison->setColumnWidth(column, width);
    }
}

QString CostDock::comparisonMarkdown() const
{
    QHash<QString, const Core::CostReport *> costs;
    for (const Core::Environment &env : m_document.project().environments)
        costs.insert(env.id, m_analysis.cost(env.id));
    return EnvironmentComparison::compute(m_document.project(), m_document.catalog(), costs)
        .toMarkdown();
}

void CostDock::copyMarkdown()
{
    QApplication::clipboard()->setText(comparisonMarkdown());
}

} // namespace Stackdraft::App
