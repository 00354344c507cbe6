#pragma once

#include <QDockWidget>

class QComboBox;
class QToolButton;
class QTreeView;

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class DesignAnalysis;
class ProblemsFilter;
class ProblemsModel;
using Document::ProjectDocument;

// Every validation problem of every environment, filterable by severity and environment, sortable
// by any column. Double-click (or Enter) asks to show the problem's component on its
// environment's tab.
class ProblemsDock final : public QDockWidget
{
    Q_OBJECT

public:
    ProblemsDock(const ProjectDocument &document, const DesignAnalysis &analysis,
                 QWidget *parent = nullptr);

    ProblemsModel *model() const { return m_model; }
    ProblemsFilter *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }

signals:
    // The user asked to see the component (empty: the whole environment).
    void problemActivated(const QString &environmentId, const QString &componentId);

private:
    void refresh();
    void refreshEnvironments();
    void activate(const QModelIndex &index);

    const ProjectDocument &m_document;
    const DesignAnalysis &m_analysis;
    ProblemsModel *m_model;
    ProblemsFilter *m_filter;
    QTreeView *m_view;
    QComboBox *m_environments;
    QToolButton *m_severityButtons[3] = {};
};

} // namespace Stackdraft::App
