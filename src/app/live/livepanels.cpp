#include "app/live/livepanels.h"

#include "app/environmentcanvas.h"
#include "app/environmentscene.h"
#include "app/live/commitdialog.h"
#include "app/live/costdock.h"
#include "app/live/designanalysis.h"
#include "app/live/gitstatusindicator.h"
#include "app/live/previewdock.h"
#include "app/live/problemsdock.h"
#include "app/mainwindow.h"
#include "document/projectdocument.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

#include <functional>

namespace Stackdraft::App {

namespace {

// Calls `then` once, just after `widget` has painted, or when the widget goes, or at the latest
// after `limitMs` (a window that never paints, minimised).
class AfterFirstPaint final : public QObject
{
public:
    AfterFirstPaint(QWidget *widget, QObject *owner, std::function<void()> then, int limitMs)
        : QObject(owner)
        , m_then(std::move(then))
    {
        widget->installEventFilter(this);
        connect(widget, &QObject::destroyed, this, &AfterFirstPaint::fire);
        QTimer::singleShot(limitMs, this, &AfterFirstPaint::fire);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, this, &AfterFirstPaint::fire); // once the paint is done
        return false;
    }

private:
    void fire()
    {
        if (!m_then)
            return;
        const std::function<void()> then = std::exchange(m_then, nullptr);
        then();
        deleteLater();
    }

    std::function<void()> m_then;
};

} // namespace

LivePanels::LivePanels(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_analysis(new DesignAnalysis(*window->document(), this))
    , m_problems(new ProblemsDock(*window->document(), *m_analysis, window))
    , m_cost(new CostDock(*window->document(), *m_analysis, window))
    , m_preview(new PreviewDock(*window->document(), window))
    , m_counts(new QLabel(window))
    , m_git(new GitStatusIndicator(*window->document(), window))
{
    setObjectName(QStringLiteral("livePanels"));
    // Through MainWindow::addDock: their toggles join View > Docks and their places are kept.
    window->addDock(m_problems, Qt::BottomDockWidgetArea);
    window->addDock(m_cost, Qt::RightDockWidgetArea);
    window->addDock(m_preview, Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(m_problems, m_preview);
    m_problems->raise();

    m_counts->setObjectName(QStringLiteral("problemCounts"));
    window->statusBar()->addPermanentWidget(m_counts);
    window->statusBar()->addPermanentWidget(m_git);
    createActions();

    connect(m_problems, &ProblemsDock::problemActivated, this, &LivePanels::showComponent);
    // The preview's generators wait for the analysis of an edit: on two cores they took the
    // analysis's core and doubled the time to Problems being current (bench_live).
    m_preview->deferRefreshWhile([analysis = m_analysis] { return !analysis->isCurrent(); });
    connect(m_analysis, &DesignAnalysis::current, m_preview, &PreviewDock::resumeRefresh);
    connect(m_analysis, &DesignAnalysis::problemsChanged, this, &LivePanels::updateBadges);
    connect(m_analysis, &DesignAnalysis::problemsChanged, this, &LivePanels::updateCounts);
    connect(window, &MainWindow::currentEnvironmentChanged, this,
            &LivePanels::onCurrentEnvironmentChanged);
    // Rebuilt tabs have new cards without badges: the analysis that follows a reset re-applies
    // them, and so does this for tabs rebuilt without one.
    connect(window->document(), &ProjectDocument::projectReset, this, [this] {
        // The window draws a project just opened before the whole-project analysis starts: at
        // 10,000 components the analysis's memory came on top of the drawing's (bench_canvas
        // --app). MainWindow has rebuilt its tabs by now (it connected first).
        if (EnvironmentCanvas *canvas = m_window->currentCanvas();
            canvas && m_window->isVisible()) {
            m_analysis->hold();
            new AfterFirstPaint(
                canvas->viewport(), this, [analysis = m_analysis] { analysis->release(); }, 5000);
        }
        QStringList all;
        for (const Core::Environment &environment : m_window->document()->project().environments)
            all << environment.id;
        updateBadges(all);
        updateCounts();
    });
    onCurrentEnvironmentChanged();
    updateCounts();
}

LivePanels::~LivePanels() = default;

QMenu *LivePanels::menu(QMainWindow *window, const char *objectName, const QString &title)
{
    // MainWindow's menus carry object names; a menu it does not have is added before Help.
    if (auto *existing = window->menuBar()->findChild<QMenu *>(QLatin1String(objectName)))
        return existing;
    auto *created = new QMenu(title, window->menuBar());
    created->setObjectName(QLatin1String(objectName));
    QAction *help = nullptr;
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu() && action->menu()->objectName() == QLatin1String("helpMenu"))
            help = action;
    }
    window->menuBar()->insertMenu(help, created);
    return created;
}

void LivePanels::createActions()
{
    QMenu *git = menu(m_window, "gitMenu", tr("&Git"));
    m_commitAction
        = git->addAction(tr("&Commit Generated Files…"), this, [this] { openCommitDialog(); });
    m_commitAction->setObjectName(QStringLiteral("actionCommit"));
    m_commitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    auto enable = [this] {
        const ProjectDocument *document = m_window->document();
        m_commitAction->setEnabled(document->hasProject());
    };
    connect(m_window->document(), &ProjectDocument::projectReset, this, enable);
    enable();
}

CommitDialog *LivePanels::openCommitDialog()
{
    auto *dialog = new CommitDialog(*m_window->document(), m_window);
    dialog->setObjectName(QStringLiteral("commitDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CommitDialog::committed, m_git, &GitStatusIndicator::refresh);
    dialog->open();
    return dialog;
}

void LivePanels::updateBadges(const QStringList &environmentIds)
{
    for (int i = 0; i < m_window->environmentCount(); ++i) {
        EnvironmentScene *scene = m_window->canvas(i)->environmentScene();
        if (environmentIds.contains(scene->environmentId()))
            scene->setProblemSeverities(m_analysis->worstSeverities(scene->environmentId()));
    }
}

void LivePanels::updateCounts()
{
    const int errors = m_analysis->count(Core::Severity::Error);
    const int warnings = m_analysis->count(Core::Severity::Warning);
    m_counts->setText(tr("Errors: %1 · Warnings: %2").arg(errors).arg(warnings));
    m_counts->setToolTip(tr("Validation problems in every environment; see the Problems panel."));
}

void LivePanels::onCurrentEnvironmentChanged()
{
    if (const EnvironmentCanvas *canvas = m_window->currentCanvas())
        m_cost->setEnvironment(canvas->environmentScene()->environmentId());
}

void LivePanels::showComponent(const QString &environmentId, const QString &componentId)
{
    if (!m_window->selectEnvironment(environmentId))
        return;
    EnvironmentCanvas *canvas = m_window->currentCanvas();
    if (canvas && !componentId.isEmpty() && canvas->selectAndCentre(componentId))
        canvas->setFocus();
}

} // namespace Stackdraft::App
