#pragma once

#include "core/result.h"

#include <QMainWindow>
#include <QStringList>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace Stackdraft::Core {
class Catalog;
}

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class EnvironmentCanvas;
using Document::ProjectDocument;

// One project per window: a tab per environment, each an EnvironmentCanvas over the shared
// document.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Core::Catalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() const { return m_document; }

    // Reads `path` into the document; on failure the window keeps what it showed.
    Core::Status loadFile(const QString &path);
    // loadFile(), plus the recent-files list and, on failure, a message box naming
    // file:line:column.
    bool openFile(const QString &path);

    int environmentCount() const;
    EnvironmentCanvas *canvas(int index) const;
    EnvironmentCanvas *currentCanvas() const;
    // Makes the environment's tab current; false when the project has no such environment.
    bool selectEnvironment(const QString &environmentId);
    QString summaryText() const;

    static QStringList recentFiles();
    static constexpr int MaxRecentFiles = 10;

signals:
    // The current tab's environment changed (empty: none).
    void currentEnvironmentChanged(const QString &environmentId);

public slots:
    void open();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToWindow();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void rebuildTabs();
    void updateTitle();
    void updateStatus();
    void emitCurrentEnvironment();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void showOpenError(const QString &path, const Core::Error &error);
    void about();

    ProjectDocument *m_document;
    QStackedWidget *m_pages;
    QTabWidget *m_tabs;
    QLabel *m_summaryLabel;
    QLabel *m_zoomLabel;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_viewActions; // enabled only when a project is open
};

} // namespace Stackdraft::App
