#include "app/mainwindow.h"

#include "app/canvasactions.h"
#include "app/canvaseditor.h"
#include "app/componentitem.h"
#include "app/connectionitem.h"
#include "app/documentedits.h"
#include "app/environmentactions.h"
#include "app/environmentcanvas.h"
#include "app/environmentscene.h"
#include "app/environmentsummary.h"
#include "app/files/filecontroller.h"
#include "app/groupitem.h"
#include "app/import/importmenu.h"
#include "app/inspector/inspectorwidget.h"
#include "app/live/livepanels.h"
#include "app/palettedrop.h"
#include "app/palettewidget.h"
#include "app/preferencesdialog.h"
#include "app/theme.h"
#include "app/welcomepage.h"
#include "core/cost/pricebooks.h"
#include "document/projectdocument.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace Stackdraft::App {
namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");

// The platform's standard keys plus `extra`, each once (a key listed twice would be ambiguous).
QList<QKeySequence> withStandard(QKeySequence::StandardKey standard, QKeyCombination extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(QKeySequence(extra)))
        keys.append(QKeySequence(extra));
    return keys;
}

} // namespace

MainWindow::MainWindow(const Core::Catalog &catalog, QWidget *parent)
    : MainWindow(catalog, Core::PriceBooks::standard(), parent)
{
}

MainWindow::MainWindow(const Core::Catalog &catalog, const Core::PriceBooks &priceBooks,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document::ProjectDocument(catalog, this))
    , m_priceBooks(priceBooks)
    , m_files(new FileController(*m_document, this))
    , m_pages(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_summaryLabel(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_preferences(Preferences::load())
{
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs->setDocumentMode(true);
    m_tabs->setMovable(true);
    m_tabs->setObjectName(QStringLiteral("environmentTabs"));
    m_environmentActions = new EnvironmentActions(
        *m_document, m_priceBooks, [this] { return currentEnvironmentId(); }, this);
    m_canvasActions = new CanvasActions(this);
    createActions();
    createDocks();

    m_pages->addWidget(new WelcomePage(findChild<QAction *>(QStringLiteral("actionNew")),
                                       findChild<QAction *>(QStringLiteral("actionOpen")),
                                       m_pages));
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);

    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    statusBar()->addWidget(m_summaryLabel, 1);
    statusBar()->addPermanentWidget(m_zoomLabel);

    using Doc = Document::ProjectDocument;
    connect(m_document, &Doc::projectReset, this, &MainWindow::rebuildTabs);
    // Structure of the tabs: rebuilt as a whole (rare, and each tab rebuilds from the model).
    for (auto signal : {&Doc::environmentAdded, &Doc::environmentRemoved, &Doc::environmentChanged})
        connect(m_document, signal, this, &MainWindow::rebuildTabs);
    connect(m_document, &Doc::environmentRenamed, this, &MainWindow::rebuildTabs);
    connect(m_document, &Doc::environmentsReordered, this, &MainWindow::followEnvironmentOrder);
    connect(m_document, &Doc::changed, this, [this] {
        updateStatus();
        updatePalette();
        m_inspector->refresh();
    });
    connect(m_document, &Doc::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Doc::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The current environment's drawing exists even in a window not shown yet.
        if (EnvironmentCanvas *canvas = currentCanvas())
            canvas->environmentScene()->ensureBuilt();
        updateStatus();
        updatePalette();
        updateInspector();
        m_environmentActions->updateActions();
        m_canvasActions->setCanvas(currentCanvas());
        emitCurrentEnvironment();
    });
    // A tab dragged to a new place moves the environment (one undoable step).
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, [this](int from, int to) {
        if (!m_rebuilding)
            m_environmentActions->move(from, to);
    });
    connect(m_files, &FileController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_environmentActions, &EnvironmentActions::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    connect(m_environmentActions, &EnvironmentActions::environmentCreated, this,
            &MainWindow::selectEnvironment);
    new LivePanels(this); // problems, cost and preview docks, commit and git status (src/app/live/)
    setFirstRunLayout();

    resize(1400, 860);
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    rebuildTabs();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The canvases' scenes signal selection changes while they are destroyed, and the document
    // signals while its children go: take both down while this is still a whole MainWindow.
    m_rebuilding = true;
    m_document->disconnect(this);
    const QSignalBlocker blocker(m_tabs);
    removeTabs();
}

void MainWindow::removeTabs()
{
    // The current tab goes last: removed while others remain, it would show the next one, and a
    // tab first shown draws its scene (seconds at 10,000 components) only to be deleted.
    const int current = m_tabs->currentIndex();
    auto remove = [this](int index) {
        QWidget *page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        delete page;
    };
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (i != current)
            remove(i);
    }
    while (m_tabs->count() > 0)
        remove(0);
}

void MainWindow::createActions()
{
    createFileMenu();

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_menus.insert(Menu::Edit, editMenu);
    QAction *undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("actionUndo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("actionRedo"));
    redoAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Redo));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    // The canvas' own edits act on the current environment's canvas (CanvasActions).
    for (QAction *action : m_canvasActions->all()) {
        if (action == m_canvasActions->exportImage())
            continue; // in the File menu
        if (action == m_canvasActions->autoLayout())
            editMenu->addSeparator();
        editMenu->addAction(action);
    }

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_menus.insert(Menu::View, viewMenu);
    QAction *zoomInAction = viewMenu->addAction(tr("Zoom &In"), this, &MainWindow::zoomIn);
    // Ctrl+= as well: on most keyboards "+" needs Shift, so Ctrl++ alone is awkward.
    zoomInAction->setShortcuts(withStandard(QKeySequence::ZoomIn, Qt::CTRL | Qt::Key_Equal));
    QAction *zoomOutAction = viewMenu->addAction(tr("Zoom &Out"), this, &MainWindow::zoomOut);
    zoomOutAction->setShortcuts(withStandard(QKeySequence::ZoomOut, Qt::CTRL | Qt::Key_Minus));
    QAction *resetAction = viewMenu->addAction(tr("&Actual Size"), this, &MainWindow::resetZoom);
    resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *fitAction = viewMenu->addAction(tr("&Fit to Window"), this, &MainWindow::fitToWindow);
    fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    viewMenu->addSeparator();
    m_docksMenu = viewMenu->addMenu(tr("&Docks"));
    m_projectActions << zoomInAction << zoomOutAction << resetAction << fitAction;

    QMenu *environmentMenu = menuBar()->addMenu(tr("E&nvironment"));
    m_menus.insert(Menu::Environment, environmentMenu);
    m_environmentActions->populate(environmentMenu);

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_menus.insert(Menu::Tools, toolsMenu);
    QAction *preferencesAction
        = toolsMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    preferencesAction->setShortcut(QKeySequence::Preferences);
    preferencesAction->setMenuRole(QAction::PreferencesRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_menus.insert(Menu::Help, helpMenu);
    QAction *aboutAction = helpMenu->addAction(tr("&About Stackdraft"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createFileMenu()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_menus.insert(Menu::File, fileMenu);
    m_files->populate(fileMenu);
    m_importSeparator = fileMenu->addSeparator();
    ImportMenu::install(fileMenu, m_importSeparator, m_document, this,
                        [this] { return m_files->maybeSave(); });
    // Files in and out of the project sit together: the picture of the current canvas.
    fileMenu->insertAction(m_importSeparator, m_canvasActions->exportImage());
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    m_projectActions << findChild<QAction *>(QStringLiteral("actionSave"))
                     << findChild<QAction *>(QStringLiteral("actionSaveAs"));
}

void MainWindow::createDocks()
{
    m_palette = new PaletteWidget(m_document->catalog(), this);
    auto *paletteDock = new QDockWidget(tr("Palette"), this);
    paletteDock->setObjectName(QStringLiteral("paletteDock"));
    paletteDock->setWidget(m_palette);
    addDock(paletteDock, Qt::LeftDockWidgetArea);
    connect(m_palette, &PaletteWidget::typeActivated, this, &MainWindow::addTypeAtCentre);
    connect(m_palette, &PaletteWidget::componentActivated, this, &MainWindow::deployAtCentre);

    m_inspector = new InspectorWidget(*m_document, this);
    auto *inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(m_inspector);
    addDock(inspectorDock, Qt::RightDockWidgetArea);
    connect(m_inspector, &InspectorWidget::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    m_undoView = new QUndoView(m_document->undoStack(), this);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    auto *undoDock = new QDockWidget(tr("Undo History"), this);
    undoDock->setObjectName(QStringLiteral("undoDock"));
    undoDock->setWidget(m_undoView);
    addDock(undoDock, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, undoDock);
    inspectorDock->raise();
}

void MainWindow::setFirstRunLayout()
{
    // A saved window state (restored next) replaces these: the palette wide enough for its
    // names, the inspector, where the editing happens, most of the right column, and the
    // problems and preview a strip along the bottom.
    const auto dock
        = [this](const char *name) { return findChild<QDockWidget *>(QLatin1String(name)); };
    QDockWidget *palette = dock("paletteDock");
    QDockWidget *inspector = dock("inspectorDock");
    QDockWidget *cost = dock("costDock");
    QDockWidget *problems = dock("problemsDock");
    if (palette && inspector)
        resizeDocks({palette, inspector}, {260, 380}, Qt::Horizontal);
    if (inspector && cost)
        resizeDocks({inspector, cost}, {560, 300}, Qt::Vertical);
    if (problems)
        resizeDocks({problems}, {190}, Qt::Vertical);
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    Q_ASSERT_X(!dock->objectName().isEmpty(), "MainWindow::addDock",
               "a dock needs an objectName for its place to be remembered");
    addDockWidget(area, dock);
    m_docksMenu->addAction(dock->toggleViewAction());
}

QMenu *MainWindow::menu(Menu which) const
{
    return m_menus.value(which);
}

void MainWindow::addImportAction(QAction *action)
{
    menu(Menu::File)->insertAction(m_importSeparator, action);
}

Core::Status MainWindow::loadFile(const QString &path)
{
    return m_files->load(path);
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

void MainWindow::open()
{
    m_files->open();
}

int MainWindow::environmentCount() const
{
    return m_tabs->count();
}

EnvironmentCanvas *MainWindow::canvas(int index) const
{
    return qobject_cast<EnvironmentCanvas *>(m_tabs->widget(index));
}

EnvironmentCanvas *MainWindow::currentCanvas() const
{
    return qobject_cast<EnvironmentCanvas *>(m_tabs->currentWidget());
}

QString MainWindow::currentEnvironmentId() const
{
    const EnvironmentCanvas *view = currentCanvas();
    return view ? view->environmentScene()->environmentId() : QString();
}

bool MainWindow::selectEnvironment(const QString &environmentId)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (canvas(i)->environmentScene()->environmentId() == environmentId) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void MainWindow::rebuildTabs()
{
    // Tabs own their scenes; removing them all first keeps currentChanged from seeing half a state.
    const QString current = currentEnvironmentId();
    // Hidden while tabs come and go: the first tab added would be shown, and so drawn, before the
    // current environment's tab is selected again.
    const bool shown = m_tabs->isVisible();
    if (shown)
        m_tabs->hide();
    {
        const QSignalBlocker blocker(m_tabs);
        m_rebuilding = true;
        removeTabs();
        const Core::Project &project = m_document->project();
        for (const Core::Environment &environment : project.environments) {
            // Made when first shown: opening a project draws one environment, not all of them.
            auto *scene = new EnvironmentScene(*m_document, environment.id, nullptr,
                                               EnvironmentScene::Build::OnFirstUse);
            auto *canvas = new EnvironmentCanvas(scene, m_tabs);
            scene->setParent(canvas);
            canvas->setObjectName(QStringLiteral("canvas-%1").arg(environment.id));
            connect(canvas, &EnvironmentCanvas::zoomChanged, this, &MainWindow::updateStatus);
            connect(scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateInspector);
            connect(canvas->editor(), &CanvasEditor::statusMessage, this,
                    [this](const QString &message) { statusBar()->showMessage(message, 6000); });
            m_canvasActions->attach(canvas);
            const int index = m_tabs->addTab(canvas, environment.displayName());
            QString platform = EnvironmentSummary::platformName(environment);
            if (!environment.region.isEmpty())
                platform = tr("%1 · %2").arg(platform, environment.region);
            const QString subtitle = environment.purpose.isEmpty()
                ? platform
                : tr("%1 — %2").arg(platform, environment.purpose);
            canvas->setCaption(environment.displayName(), subtitle);
            m_tabs->setTabToolTip(index, subtitle);
        }
        m_rebuilding = false;
    }
    if (!selectEnvironment(current) && m_tabs->count() > 0)
        m_tabs->setCurrentIndex(0);
    if (shown)
        m_tabs->show();
    if (EnvironmentCanvas *canvas = currentCanvas())
        canvas->environmentScene()->ensureBuilt();
    m_canvasActions->setCanvas(currentCanvas());
    m_pages->setCurrentIndex(m_document->hasProject() ? 1 : 0);
    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(m_document->hasProject());
    m_environmentActions->updateActions();
    updateStatus();
    updatePalette();
    updateInspector();
    emitCurrentEnvironment();
}

void MainWindow::followEnvironmentOrder()
{
    // A tab dragged to a new place reorders the environments while the tab bar is still moving
    // it: the tabs are already in the new order, and deleting them under the drag crashed the tab
    // bar at its next step. Undo, redo and the menu's moves rebuild them.
    const QList<Core::Environment> &environments = m_document->project().environments;
    bool same = m_tabs->count() == environments.size();
    for (int i = 0; same && i < m_tabs->count(); ++i)
        same = canvas(i)->environmentScene()->environmentId() == environments.at(i).id;
    if (!same) {
        rebuildTabs();
        return;
    }
    m_environmentActions->updateActions();
}

void MainWindow::emitCurrentEnvironment()
{
    emit currentEnvironmentChanged(currentEnvironmentId());
}

void MainWindow::updateTitle()
{
    if (!m_document->hasProject()) {
        setWindowTitle(tr("Stackdraft"));
        setWindowModified(false);
        return;
    }
    const QString file = m_document->filePath().isEmpty()
        ? tr("Untitled")
        : QFileInfo(m_document->filePath()).fileName();
    const QString title = m_document->project().displayTitle();
    setWindowTitle(title.isEmpty() ? tr("%1[*] — Stackdraft").arg(file)
                                   : tr("%1[*] (%2) — Stackdraft").arg(file, title));
    setWindowFilePath(m_document->filePath());
    setWindowModified(m_document->isModified());
}

QString MainWindow::summaryText() const
{
    const Core::Project &project = m_document->project();
    const Core::Environment *environment = project.environment(currentEnvironmentId());
    if (!environment)
        return {};
    return EnvironmentSummary::compute(project, *environment, m_document->catalog()).text();
}

void MainWindow::updateStatus()
{
    m_summaryLabel->setText(summaryText());
    const EnvironmentCanvas *view = currentCanvas();
    m_zoomLabel->setText(view ? tr("%1 %").arg(qRound(view->zoom() * 100)) : QString());
}

void MainWindow::updatePalette()
{
    const Core::Project &project = m_document->project();
    const QString environmentId = currentEnvironmentId();
    const Core::Environment *environment = project.environment(environmentId);
    m_palette->showProject(m_document->hasProject() ? &project : nullptr, environmentId,
                           environment ? environment->displayName() : environmentId);
}

void MainWindow::updateInspector()
{
    if (m_rebuilding)
        return;
    QStringList components, connections, groups;
    if (const EnvironmentCanvas *view = currentCanvas()) {
        for (QGraphicsItem *item : view->environmentScene()->selectedItems()) {
            if (const auto *component = qgraphicsitem_cast<ComponentItem *>(item))
                components << component->componentId();
            else if (const auto *connection = qgraphicsitem_cast<ConnectionItem *>(item))
                connections << connection->connectionId();
            else if (const auto *group = qgraphicsitem_cast<GroupItem *>(item))
                groups << group->groupId();
        }
    }
    m_inspector->setSelection(currentEnvironmentId(), components, connections, groups);
}

QPointF MainWindow::visibleCentre() const
{
    const EnvironmentCanvas *view = currentCanvas();
    return view ? view->mapToScene(view->viewport()->rect().center()) : QPointF();
}

void MainWindow::selectComponent(const QString &componentId)
{
    EnvironmentCanvas *view = currentCanvas();
    if (!view)
        return;
    EnvironmentScene *scene = view->environmentScene();
    if (ComponentItem *item = scene->componentItem(componentId)) {
        scene->clearSelection();
        item->setSelected(true);
        view->ensureVisible(item);
    }
}

void MainWindow::addTypeAtCentre(const QString &typeId)
{
    EnvironmentCanvas *view = currentCanvas();
    if (!view)
        return;
    const QPointF topLeft = PaletteDrop::freePosition(*view->environmentScene(), visibleCentre());
    const Core::Result<QString> added
        = DocumentEdits::addComponentFromType(*m_document, currentEnvironmentId(), typeId, topLeft);
    if (!added) {
        statusBar()->showMessage(added.error().message, 6000);
        return;
    }
    selectComponent(added.value());
}

void MainWindow::deployAtCentre(const QString &componentId)
{
    EnvironmentCanvas *view = currentCanvas();
    if (!view)
        return;
    const Core::Environment *environment
        = m_document->project().environment(currentEnvironmentId());
    if (environment && !environment->deploys(componentId)) {
        const QPointF topLeft
            = PaletteDrop::freePosition(*view->environmentScene(), visibleCentre());
        const Core::Status deployed = DocumentEdits::deployComponent(
            *m_document, currentEnvironmentId(), componentId, topLeft);
        if (!deployed) {
            statusBar()->showMessage(deployed.error().message, 6000);
            return;
        }
    }
    selectComponent(componentId);
}

void MainWindow::zoomIn()
{
    if (EnvironmentCanvas *view = currentCanvas())
        view->zoomIn();
}

void MainWindow::zoomOut()
{
    if (EnvironmentCanvas *view = currentCanvas())
        view->zoomOut();
}

void MainWindow::resetZoom()
{
    if (EnvironmentCanvas *view = currentCanvas())
        view->resetZoom();
}

void MainWindow::fitToWindow()
{
    if (EnvironmentCanvas *view = currentCanvas())
        view->fitToWindow();
}

QStringList MainWindow::recentFiles()
{
    return FileController::recentFiles();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_preferences, this);
    dialog.setObjectName(QStringLiteral("preferencesDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.preferences();
    chosen.save();
    if (chosen.language != m_preferences.language)
        statusBar()->showMessage(tr("The new language applies the next time Stackdraft starts."),
                                 8000);
    applyPreferences(chosen);
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    if (preferences.theme != m_preferences.theme)
        Theme::apply(preferences.theme);
    m_preferences = preferences;
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Stackdraft"),
        tr("<h3>Stackdraft %1</h3>"
           "<p>Design your infrastructure once, per environment, and generate Docker Compose, "
           "Kubernetes, Terraform, diagrams and architecture documents from it.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

} // namespace Stackdraft::App
