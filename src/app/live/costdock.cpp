#include "app/live/costdock.h"

#include "app/live/assumptionstab.h"
#include "app/live/backgroundjob.h"
#include "app/live/costrows.h"
#include "app/live/designanalysis.h"
#include "app/live/environmentcomparison.h"
#include "app/live/rowsmodel.h"
#include "core/cost/costreport.h"
#include "document/projectdocument.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace Stackdraft::App {
namespace {

// How many rows (besides those in view) fit a column to its contents: every row of a 1,000-row
// table was measured on each refresh.
constexpr int MeasuredRows = 200;

} // namespace

CostDock::CostDock(ProjectDocument &document, const DesignAnalysis &analysis, QWidget *parent)
    : QDockWidget(tr("Cost"), parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_environments(new QComboBox(this))
    , m_total(new QLabel(this))
    , m_budget(new QProgressBar(this))
    , m_budgetText(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_lines(new QTreeView(this))
    , m_linesModel(new RowsModel(this))
    , m_assumptions(new AssumptionsTab(document, this))
    , m_comparison(new QTableView(this))
    , m_comparisonModel(new RowsModel(this))
    , m_linesJob(new BackgroundJob(this, BackgroundJob::interactivePool()))
    , m_comparisonJob(new BackgroundJob(this, BackgroundJob::interactivePool()))
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
    // The verdict as text above a slim bar: text drawn over the bar's fill was black on green.
    m_budgetText->setObjectName(QStringLiteral("costBudgetText"));
    m_budgetText->setWordWrap(true); // "… within, N lines unpriced" wraps in a narrow dock
    layout->addWidget(m_budgetText);
    m_budget->setObjectName(QStringLiteral("costBudget"));
    m_budget->setTextVisible(false);
    m_budget->setFixedHeight(m_budget->fontMetrics().height() / 2);
    layout->addWidget(m_budget);

    m_tabs->setObjectName(QStringLiteral("costTabs"));
    m_lines->setObjectName(QStringLiteral("costLines"));
    m_linesModel->setContents({tr("Component / resource"), tr("Quantity"), tr("Unit price"),
                               tr("Amount"), tr("Since saved"), tr("Price key")},
                              {});
    m_lines->setModel(m_linesModel);
    m_lines->setUniformRowHeights(true);
    m_lines->setAlternatingRowColors(true);
    m_lines->header()->setSectionResizeMode(ItemColumn, QHeaderView::ResizeToContents);
    m_lines->header()->setResizeContentsPrecision(MeasuredRows);
    // Read as quantity × unit price = amount, but shown amount first: in a dock's width the
    // columns after the second are scrolled out of sight, and the amount is what is looked for.
    // A long resource name ("capacity units (usage-dependent)") would push them out again.
    m_lines->header()->setMaximumSectionSize(m_lines->fontMetrics().averageCharWidth() * 26);
    m_lines->header()->moveSection(AmountColumn, QuantityColumn);
    m_lines->header()->moveSection(DeltaColumn, QuantityColumn + 1);
    // Groups are shown open: all of them on a reset, new ones as they come; what the user
    // collapsed stays collapsed.
    connect(m_linesModel, &QAbstractItemModel::modelReset, m_lines, &QTreeView::expandAll);
    connect(m_linesModel, &QAbstractItemModel::rowsInserted, m_lines,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_lines->expand(m_linesModel->index(row, 0));
            });
    m_tabs->addTab(m_lines, tr("Lines"));
    m_tabs->addTab(m_assumptions, tr("Assumptions"));

    auto *compare = new QWidget(this);
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    m_comparison->setObjectName(QStringLiteral("costComparison"));
    m_comparison->setModel(m_comparisonModel);
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
    m_wanted = environmentId;
    const int index = m_environments->findData(environmentId);
    if (index >= 0)
        m_environments->setCurrentIndex(index);
}

QString CostDock::totalText() const
{
    return m_total->text();
}

QString CostDock::budgetText() const
{
    return m_budgetText->text();
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
        int index = m_environments->findData(current);
        if (index < 0)
            index = m_environments->findData(m_wanted);
        m_environments->setCurrentIndex(index < 0 ? 0 : index);
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

bool CostDock::isCurrent() const
{
    return !m_linesJob->isBusy() && !m_comparisonJob->isBusy();
}

void CostDock::refreshLines()
{
    const QString environmentId = environment();
    const Core::CostReport *report = m_analysis.cost(environmentId);
    if (!report) {
        m_linesJob->cancel();
        showNoEstimate();
        return;
    }
    // Copies of the reports (implicitly shared, O(1)): the worker owns its inputs.
    const Core::CostReport current = *report;
    std::optional<Core::CostReport> saved;
    if (const Core::CostReport *savedReport = m_analysis.savedCost(environmentId))
        saved = *savedReport;
    m_linesJob->start<CostRows::Lines>(
        [current, saved, memo = m_linesMemo](QPromise<CostRows::Lines> &) {
            return CostRows::lines(current, saved ? &*saved : nullptr, memo);
        },
        [this, environmentId, current, saved](const CostRows::Lines &lines) {
            m_linesMemo = lines.memo;
            m_linesModel->setRows(lines.rows);
            showSummary(current, saved ? &*saved : nullptr);
            emit linesShown(environmentId);
        });
}

void CostDock::showNoEstimate()
{
    m_linesModel->clear();
    m_total->clear();
    m_budget->setRange(0, 1);
    m_budget->setValue(0);
    m_budgetText->setText(tr("No estimate yet"));
}

void CostDock::showSummary(const Core::CostReport &report, const Core::CostReport *saved)
{
    const auto money = CostRows::money;
    const double total = report.total();
    QString text = tr("Total: %1/month").arg(money(total));
    if (report.hasDisplayCurrency()) {
        text = tr("Total: %1/month (%2 %3)")
                   .arg(money(total), report.display.display,
                        QLocale().toString(report.inDisplayCurrency(total), 'f', 2));
    }
    if (saved && qAbs(total - saved->total()) >= 0.005)
        text = tr("%1 · %2 since saved").arg(text, CostRows::signedMoney(total - saved->total()));
    m_total->setText(text);

    const double budget = report.budget;
    const Level level = budgetLevel(total, budget);
    if (budget > 0) {
        m_budget->setRange(0, 1000);
        m_budget->setValue(int(qMin(1.0, total / budget) * 1000));
        QString text = tr("%1 of the %2 budget (%3 %)")
                           .arg(money(total), money(budget))
                           .arg(qRound(100 * total / budget));
        if (report.verdict() == Core::CostReport::Verdict::WithinUnsure)
            text
                = tr("%1 — within, %n line(s) unpriced", nullptr, report.unpricedCount()).arg(text);
        m_budgetText->setText(text);
    } else {
        m_budget->setRange(0, 1);
        m_budget->setValue(0);
        m_budgetText->setText(tr("No monthly budget set"));
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
    // The project and the reports are implicitly shared: the snapshot costs O(1) here.
    const Core::Project project = m_document.project();
    const Core::Catalog *catalog = &m_document.catalog();
    QHash<QString, Core::CostReport> costs;
    for (const Core::Environment &env : project.environments) {
        if (const Core::CostReport *report = m_analysis.cost(env.id))
            costs.insert(env.id, *report);
    }
    m_comparisonDirty = false;
    m_comparisonJob->start<CostRows::Table>(
        [project, catalog, costs](QPromise<CostRows::Table> &) {
            QHash<QString, const Core::CostReport *> reports;
            for (auto it = costs.cbegin(); it != costs.cend(); ++it)
                reports.insert(it.key(), &it.value());
            return CostRows::comparison(EnvironmentComparison::compute(project, *catalog, reports));
        },
        [this](const CostRows::Table &table) {
            if (m_comparisonModel->setContents(table.headers, table.rows))
                fitComparisonColumns();
        });
}

void CostDock::fitComparisonColumns()
{
    // Measured on the first rows and those in view (the header's precision) and on the total and
    // budget rows, the widest numbers: measuring every cell of a 1,000-row table took longer
    // than a frame.
    m_comparison->resizeColumnsToContents();
    const int rows = m_comparisonModel->rowCount();
    for (int column = 0; column < m_comparisonModel->columnCount(); ++column) {
        int width = m_comparison->columnWidth(column);
        for (int row = std::max(0, rows - 2); row < rows; ++row)
            width = std::max(
                width,
                m_comparison->sizeHintForIndex(m_comparisonModel->index(row, column)).width());
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
