#pragma once

#include <QDockWidget>
#include <QString>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class AssumptionsTab;
class DesignAnalysis;
using Document::ProjectDocument;

// The monthly cost of one environment, line by line, grouped by component, against its budget,
// with each line's change since the file was last saved; the usage assumptions it is priced with,
// editable (the one thing the dock changes); and the components × environments comparison, which
// copies as Markdown.
class CostDock final : public QDockWidget
{
    Q_OBJECT

public:
    CostDock(ProjectDocument &document, const DesignAnalysis &analysis, QWidget *parent = nullptr);

    QString environment() const;
    void setEnvironment(const QString &environmentId);

    QTreeWidget *linesView() const { return m_lines; }
    QTableWidget *comparisonView() const { return m_comparison; }
    AssumptionsTab *assumptions() const { return m_assumptions; }
    QProgressBar *budgetBar() const { return m_budget; }
    QString totalText() const;
    // The comparison table as Markdown (what "Copy as Markdown" puts on the clipboard).
    QString comparisonMarkdown() const;

    // The bar's colour: green, amber from 80 % of the budget, red past 100 %.
    enum class Level { Normal, Near, Over };
    static Level budgetLevel(double total, double budget);

    enum LineColumn {
        ItemColumn,
        QuantityColumn,
        UnitPriceColumn,
        AmountColumn,
        DeltaColumn,
        KeyColumn,
        LineColumnCount
    };

private:
    void refreshEnvironments();
    void onEnvironmentChosen();
    void refresh();
    void refreshLines();
    void refreshComparison();
    void fitComparisonColumns();
    void copyMarkdown();

    const ProjectDocument &m_document;
    const DesignAnalysis &m_analysis;
    QComboBox *m_environments;
    QLabel *m_total;
    QProgressBar *m_budget;
    QTabWidget *m_tabs;
    QTreeWidget *m_lines;
    AssumptionsTab *m_assumptions;
    QTableWidget *m_comparison;
    QWidget *m_compareTab = nullptr;
    bool m_comparisonDirty = true; // results arrived since the comparison was last filled
};

} // namespace Stackdraft::App
