#pragma once

#include "app/preferences.h"
#include "core/result.h"

#include <QMainWindow>
#include <QMap>
#include <QStringList>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoView;

namespace Stackdraft::Core {
class Catalog;
class PriceBooks;
} // namespace Stackdraft::Core

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class CanvasActions;
class EnvironmentActions;
class EnvironmentCanvas;
class FileController;
class InspectorWidget;
class PaletteWidget;

// One project per window: a tab per environment, each an EnvironmentCanvas over the shared
// document, with the palette, inspector and undo history as docks. Other parts add their docks
// and menus through addDock(), menu() and addImportAction().
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Menu { File, Edit, View, Environment, Tools, Help };

    explicit MainWindow(const Core::Catalog &catalog, QWidget *parent = nullptr);
    MainWindow(const Core::Catalog &catalog, const Core::PriceBooks &priceBooks,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Document::ProjectDocument *document() const { return m_document; }
    FileController *files() const { return m_files; }
    PaletteWidget *palette() const { return m_palette; }
    InspectorWidget *inspector() const { return m_inspector; }
    EnvironmentActions *environmentActions() const { return m_environmentActions; }
    CanvasActions *canvasActions() const { return m_canvasActions; }
    QTabWidget *environmentTabs() const { return m_tabs; }

    // Adds a dock (give it an objectName: its place is remembered by it) and its toggle to
    // View > Docks.
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);
    QMenu *menu(Menu which) const;
    // Puts `action` in File's import section (after Revert).
    void addImportAction(QAction *action);

    // Reads `path` into the document; on failure the window keeps what it showed.
    Core::Status loadFile(const QString &path);
    // loadFile(), plus the recent-files list and, on failure, a message naming file:line:column.
    bool openFile(const QString &path);

    int environmentCount() const;
    EnvironmentCanvas *canvas(int index) const;
    EnvironmentCanvas *currentCanvas() const;
    QString currentEnvironmentId() const;
    // Makes the environment's tab current; false when the project has no such environment.
    bool selectEnvironment(const QString &environmentId);
    QString summaryText() const;

    Preferences preferences() const { return m_preferences; }
    void applyPreferences(const Preferences &preferences);

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
    // Adds a new component of `typeId` (or deploys `componentId`) at the current canvas's visible
    // centre, where it covers no other card, and selects it.
    void addTypeAtCentre(const QString &typeId);
    void deployAtCentre(const QString &componentId);
    void showPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFileMenu();
    void createDocks();
    void setFirstRunLayout();
    void rebuildTabs();
    void followEnvironmentOrder();
    void removeTabs();
    void updateTitle();
    void updateStatus();
    void updatePalette();
    void updateInspector();
    void emitCurrentEnvironment();
    void selectComponent(const QString &componentId);
    QPointF visibleCentre() const;
    void about();

    Document::ProjectDocument *m_document;
    const Core::PriceBooks &m_priceBooks;
    FileController *m_files;
    EnvironmentActions *m_environmentActions = nullptr;
    CanvasActions *m_canvasActions = nullptr;
    QStackedWidget *m_pages;
    QTabWidget *m_tabs;
    QLabel *m_summaryLabel;
    QLabel *m_zoomLabel;
    PaletteWidget *m_palette = nullptr;
    InspectorWidget *m_inspector = nullptr;
    QUndoView *m_undoView = nullptr;
    QMenu *m_docksMenu = nullptr;
    QAction *m_importSeparator = nullptr;
    QMap<Menu, QMenu *> m_menus;
    QList<QAction *> m_projectActions; // enabled only when a project is open
    Preferences m_preferences;
    bool m_rebuilding = false;
};

} // namespace Stackdraft::App
