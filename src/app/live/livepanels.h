#pragma once

#include <QObject>
#include <QString>

class QMainWindow;

class QAction;
class QLabel;
class QMenu;

namespace Stackdraft::App {

class CostDock;
class CommitDialog;
class DesignAnalysis;
class GitStatusIndicator;
class MainWindow;
class PreviewDock;
class ProblemsDock;

// Everything issue 10 adds to the main window, installed through one call so that MainWindow
// stays small: the analysis that keeps problems and cost current, the Problems and Cost docks,
// the problem badges on the canvases and the counts in the status bar.
class LivePanels final : public QObject
{
    Q_OBJECT

public:
    // Adds the docks, menus and status-bar widgets to `window`, which owns them and this.
    explicit LivePanels(MainWindow *window);
    ~LivePanels() override;

    DesignAnalysis *analysis() const { return m_analysis; }
    ProblemsDock *problemsDock() const { return m_problems; }
    CostDock *costDock() const { return m_cost; }
    PreviewDock *previewDock() const { return m_preview; }
    QLabel *problemCountLabel() const { return m_counts; }
    GitStatusIndicator *gitStatus() const { return m_git; }
    QAction *commitAction() const { return m_commitAction; }

    // Makes the environment's tab current, then selects the component there and centres it.
    void showComponent(const QString &environmentId, const QString &componentId);

    // Git > Commit…: opens the commit dialog (window-modal, non-blocking) and returns it.
    CommitDialog *openCommitDialog();

private:
    void createActions();
    static QMenu *menu(QMainWindow *window, const char *objectName, const QString &title);
    void updateBadges(const QStringList &environmentIds);
    void updateCounts();
    void onCurrentEnvironmentChanged();

    MainWindow *m_window;
    DesignAnalysis *m_analysis;
    ProblemsDock *m_problems;
    CostDock *m_cost;
    PreviewDock *m_preview;
    QLabel *m_counts;
    GitStatusIndicator *m_git;
    QAction *m_commitAction = nullptr;
};

} // namespace Stackdraft::App
