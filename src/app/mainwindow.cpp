#include "app/mainwindow.h"

#include "app/environmentcanvas.h"
#include "app/environmentscene.h"
#include "app/environmentsummary.h"
#include "app/import/importmenu.h"
#include "app/projectdocument.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Stackdraft::App {
namespace {

const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString LastDirectoryKey = QStringLiteral("lastDirectory");

QWidget *createWelcomePage(QWidget *parent, QAction *openAction)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *title = new QLabel(MainWindow::tr("No project open"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(
        MainWindow::tr("Open a *.stackdraft.yaml project to see its environments."), page);
    hint->setAlignment(Qt::AlignCenter);
    auto *button = new QPushButton(openAction->text().remove(QLatin1Char('&')), page);
    button->setObjectName(QStringLiteral("welcomeOpenButton"));
    QObject::connect(button, &QPushButton::clicked, openAction, &QAction::trigger);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addWidget(button, 0, Qt::AlignCenter);
    layout->addStretch();
    return page;
}

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
    : QMainWindow(parent)
    , m_document(new ProjectDocument(catalog, this))
    , m_pages(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_summaryLabel(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs->setDocumentMode(true);
    m_tabs->setObjectName(QStringLiteral("environmentTabs"));
    createActions();

    m_pages->addWidget(
        createWelcomePage(m_pages, findChild<QAction *>(QStringLiteral("actionOpen"))));
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);

    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    statusBar()->addWidget(m_summaryLabel, 1);
    statusBar()->addPermanentWidget(m_zoomLabel);

    connect(m_document, &ProjectDocument::projectReset, this, &MainWindow::rebuildTabs);
    connect(m_document, &ProjectDocument::deploymentChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ProjectDocument::componentChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    rebuildTabs();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    fileMenu->addSeparator();
    ImportMenu::install(fileMenu, nullptr, m_document, this);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomInAction = viewMenu->addAction(tr("Zoom &In"), this, &MainWindow::zoomIn);
    // Ctrl+= as well: on most keyboards "+" needs Shift, so Ctrl++ alone is awkward.
    zoomInAction->setShortcuts(withStandard(QKeySequence::ZoomIn, Qt::CTRL | Qt::Key_Equal));
    QAction *zoomOutAction = viewMenu->addAction(tr("Zoom &Out"), this, &MainWindow::zoomOut);
    zoomOutAction->setShortcuts(withStandard(QKeySequence::ZoomOut, Qt::CTRL | Qt::Key_Minus));
    QAction *resetAction = viewMenu->addAction(tr("&Actual Size"), this, &MainWindow::resetZoom);
    resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *fitAction = viewMenu->addAction(tr("&Fit to Window"), this, &MainWindow::fitToWindow);
    fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_viewActions = {zoomInAction, zoomOutAction, resetAction, fitAction};

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Stackdraft"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

Core::Status MainWindow::loadFile(const QString &path)
{
    return m_document->load(path);
}

bool MainWindow::openFile(const QString &path)
{
    const Core::Status loaded = loadFile(path);
    if (!loaded) {
        if (!QFileInfo::exists(path)) {
            QStringList files = recentFiles();
            files.removeAll(QFileInfo(path).absoluteFilePath());
            QSettings().setValue(RecentFilesKey, files);
        }
        showOpenError(path, loaded.error());
        return false;
    }
    addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->filePath())),
                             4000);
    return true;
}

void MainWindow::showOpenError(const QString &path, const Core::Error &error)
{
    // Window-modal and non-blocking: the window stays usable behind it and nothing waits on it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Project"),
                                tr("Stackdraft could not open %1.").arg(QFileInfo(path).fileName()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openErrorBox"));
    box->setInformativeText(error.toString());
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::open()
{
    QSettings settings;
    const QString directory = settings.value(LastDirectoryKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), directory,
        tr("Stackdraft projects (*.stackdraft.yaml *.stackdraft.yml);;YAML files (*.yaml *.yml);;"
           "All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    openFile(path);
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
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    const Core::Project &project = m_document->project();
    for (const Core::Environment &environment : project.environments) {
        auto *scene = new EnvironmentScene(*m_document, environment.id);
        auto *canvas = new EnvironmentCanvas(scene, m_tabs);
        scene->setParent(canvas);
        canvas->setObjectName(QStringLiteral("canvas-%1").arg(environment.id));
        connect(canvas, &EnvironmentCanvas::zoomChanged, this, &MainWindow::updateStatus);
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
    m_pages->setCurrentIndex(m_document->hasProject() ? 1 : 0);
    for (QAction *action : std::as_const(m_viewActions))
        action->setEnabled(m_tabs->count() > 0);
    updateStatus();
}

void MainWindow::updateTitle()
{
    const QString title
        = m_document->hasProject() ? m_document->project().displayTitle() : QString();
    setWindowTitle(title.isEmpty() ? tr("Stackdraft") : tr("%1[*] — Stackdraft").arg(title));
    setWindowFilePath(m_document->filePath());
    setWindowModified(m_document->isModified());
}

QString MainWindow::summaryText() const
{
    const EnvironmentCanvas *view = currentCanvas();
    if (!view)
        return {};
    const Core::Project &project = m_document->project();
    const Core::Environment *environment
        = project.environment(view->environmentScene()->environmentId());
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
    return QSettings().value(RecentFilesKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(RecentFilesKey, files);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // The number is the keyboard accelerator for the first nine entries.
        const QString text = i < 9 ? tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName())
                                   : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Recent Files"), this,
                            [] { QSettings().remove(RecentFilesKey); });
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
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

} // namespace Stackdraft::App
