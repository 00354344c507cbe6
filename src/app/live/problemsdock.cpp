#include "app/live/problemsdock.h"

#include "app/live/designanalysis.h"
#include "app/live/problemsfilter.h"
#include "app/live/problemsmodel.h"
#include "document/projectdocument.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Stackdraft::App {

ProblemsDock::ProblemsDock(const ProjectDocument &document, const DesignAnalysis &analysis,
                           QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_model(new ProblemsModel(this))
    , m_filter(new ProblemsFilter(this))
    , m_view(new QTreeView(this))
    , m_environments(new QComboBox(this))
{
    setObjectName(QStringLiteral("problemsDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    const QStyle::StandardPixmap icons[3]
        = {QStyle::SP_MessageBoxInformation, QStyle::SP_MessageBoxWarning,
           QStyle::SP_MessageBoxCritical};
    for (int s = 2; s >= 0; --s) {
        auto *button = new QToolButton(content);
        button->setCheckable(true);
        button->setChecked(true);
        button->setIcon(style()->standardIcon(icons[s]));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("show-%1").arg(Core::severityId(Core::Severity(s))));
        connect(button, &QToolButton::toggled, this,
                [this, s](bool shown) { m_filter->setSeverityShown(Core::Severity(s), shown); });
        m_severityButtons[s] = button;
        bar->addWidget(button);
    }
    bar->addStretch();
    m_environments->setObjectName(QStringLiteral("problemsEnvironment"));
    m_environments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_environments, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEnvironment(m_environments->currentData().toString()); });
    bar->addWidget(m_environments);
    layout->addLayout(bar);

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProblemsModel::SeverityColumn, Qt::DescendingOrder);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(ProblemsModel::SeverityColumn, 90);
    m_view->setColumnWidth(ProblemsModel::RuleColumn, 150);
    m_view->setColumnWidth(ProblemsModel::FieldColumn, 180);
    m_view->setColumnWidth(ProblemsModel::MessageColumn, 380);
    connect(m_view, &QTreeView::activated, this, &ProblemsDock::activate);
    connect(m_view, &QTreeView::doubleClicked, this, &ProblemsDock::activate);
    layout->addWidget(m_view);
    setWidget(content);

    connect(&analysis, &DesignAnalysis::problemsChanged, this, &ProblemsDock::refresh);
    connect(&document, &ProjectDocument::projectReset, this, &ProblemsDock::refreshEnvironments);
    // The environment picker follows environments added, removed, renamed or reordered.
    connect(&document, &ProjectDocument::environmentAdded, this,
            &ProblemsDock::refreshEnvironments);
    connect(&document, &ProjectDocument::environmentRemoved, this,
            &ProblemsDock::refreshEnvironments);
    connect(&document, &ProjectDocument::environmentRenamed, this,
            &ProblemsDock::refreshEnvironments);
    connect(&document, &ProjectDocument::environmentChanged, this,
            &ProblemsDock::refreshEnvironments);
    connect(&document, &ProjectDocument::environmentsReordered, this,
            &ProblemsDock::refreshEnvironments);
    refreshEnvironments();
    refresh();
}

void ProblemsDock::refresh()
{
    m_model->setProblems(m_analysis.problems());
    for (int s = 0; s < 3; ++s) {
        const auto severity = Core::Severity(s);
        m_severityButtons[s]->setText(
            tr("%1: %2").arg(Core::severityText(severity)).arg(m_analysis.count(severity)));
    }
}

void ProblemsDock::refreshEnvironments()
{
    const QString current = m_environments->currentData().toString();
    const QSignalBlocker blocker(m_environments);
    m_environments->clear();
    m_environments->addItem(tr("All environments"), QString());
    for (const Core::Environment &environment : m_document.project().environments)
        m_environments->addItem(environment.displayName(), environment.id);
    const int index = m_environments->findData(current);
    m_environments->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setEnvironment(m_environments->currentData().toString());
}

void ProblemsDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit problemActivated(index.data(ProblemsModel::EnvironmentIdRole).toString(),
                          index.data(ProblemsModel::ComponentIdRole).toString());
}

} // namespace Stackdraft::App
