#pragma once

#include <QDockWidget>
#include <QString>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;
class QTabWidget;
class QTreeView;

namespace Stackdraft::Core {
struct CostReport;
}

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class AssumptionsTab;
class BackgroundJob;
class CostLineMemo;
class DesignAnalysis;
class RowsModel;
using Document::ProjectDocument;

// The monthly cost of one environment, line by line, grouped by component, against its budget,
// with each line's change since the file was last saved; the usage assumptions it is priced with,
// editable (the one thing the dock changes); and the components × environments comparison, which
// copies as Markdown. The rows are computed on workers (CostRows) and swapped into RowsModels: the
// UI thread only compares them with what is shown.
class CostDock final : public QDockWidget
{
    Q_OBJECT

public:
    CostDock(ProjectDocument &document, const DesignAnalysis &analysis, QWidget *parent = nullptr);

    QString environment() const;
    void setEnvironment(const QString &environmentId);

    QTreeView *linesView() const { return m_lines; }
    QTableView *comparisonView() const { return m_comparison; }
    AssumptionsTab *assumptions() const { return m_assumptions; }
    QProgressBar *budgetBar() const { return m_budget; }
    QString budgetText() const;
    QString totalText() const;
    // The comparison table as Markdown (what "Copy as Markdown" puts on the clipboard).
    QString comparisonMarkdown() const;

    // The bar's colour: green, amber from 80 % of the budget, red past 100 %.
    enum class Level { Normal, Near, Over };
    static Level budgetLevel(double total, double budget);

    // True when the lines, total and bar (and the comparison, when its tab is shown) reflect the
    // latest analysis: no rows are being computed.
    bool isCurrent() const;

    enum LineColumn {
        ItemColumn,
        QuantityColumn,
        UnitPriceColumn,
        AmountColumn,
        DeltaColumn,
        KeyColumn,
        LineColumnCount
    };

signals:
    // The lines, total and budget bar of `environmentId` show its latest cost report.
    void linesShown(const QString &environmentId);

private:
    void refreshEnvironments();
    void onEnvironmentChosen();
    void refresh();
    void refreshLines();
    void showSummary(const Core::CostReport &report, const Core::CostReport *saved);
    void showNoEstimate();
    void refreshComparison();
    void fitComparisonColumns();
    void copyMarkdown();

    const ProjectDocument &m_document;
    const DesignAnalysis &m_analysis;
    QComboBox *m_environments;
    QLabel *m_total;
    QProgressBar *m_budget;
    QLabel *m_budgetText;
    QTabWidget *m_tabs;
    QTreeView *m_lines;
    RowsModel *m_linesModel;
    AssumptionsTab *m_assumptions;
    QTableView *m_comparison;
    RowsModel *m_comparisonModel;
    BackgroundJob *m_linesJob;
    std::shared_ptr<const CostLineMemo> m_linesMemo; // the last lines' rows, for the next ones
    BackgroundJob *m_comparisonJob;
    QWidget *m_compareTab = nullptr;
    // The environment last asked for (the canvas tab shown): kept while the picker does not list
    // it yet, so that a project just opened shows the tab's environment, not the last one.
    QString m_wanted;
    bool m_comparisonDirty = true; // results arrived since the comparison was last filled
};

} // namespace Stackdraft::App
