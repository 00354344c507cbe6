#include "app/files/filecontroller.h"

#include "app/files/autosaver.h"
#include "app/files/externalchangewatcher.h"
#include "core/io/projectreader.h"
#include "document/projectdocument.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>

namespace Stackdraft::App {
namespace {

const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString LastDirectoryKey = QStringLiteral("lastDirectory");
const QString ExamplesDirectory = QStringLiteral(":/stackdraft/examples");

QString projectFilter()
{
    return FileController::tr("Stackdraft projects (*.stackdraft.yaml *.stackdraft.yml);;"
                              "YAML files (*.yaml *.yml);;All files (*)");
}

} // namespace

FileController::FileController(ProjectDocument &document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_autosaver(new Autosaver(document, RecoveryStore::defaultDirectory(), this))
    , m_watcher(new ExternalChangeWatcher(this))
{
    connect(&document, &ProjectDocument::filePathChanged, m_watcher, &ExternalChangeWatcher::watch);
    connect(m_watcher, &ExternalChangeWatcher::changedOnDisk, this,
            &FileController::onChangedOnDisk);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &reason) {
        emit statusMessage(tr("Autosave failed: %1").arg(reason), 10000);
    });
}

FileController::~FileController() = default;

void FileController::populate(QMenu *fileMenu)
{
    QAction *newAction = fileMenu->addAction(tr("&New Project"), this, &FileController::newProject);
    newAction->setObjectName(QStringLiteral("actionNew"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setToolTip(tr("Start an empty project with one development environment"));
    QMenu *examplesMenu = fileMenu->addMenu(tr("New from &Example"));
    examplesMenu->setObjectName(QStringLiteral("examplesMenu"));
    for (const QString &example : bundledExamples()) {
        const QString name = QFileInfo(example).fileName().section(QLatin1Char('.'), 0, 0);
        examplesMenu->addAction(name, this, [this, example] { newFromExample(example); });
    }
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, &FileController::open);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileController::updateRecentMenu);
    fileMenu->addSeparator();
    QAction *saveAction = fileMenu->addAction(tr("&Save"), this, &FileController::save);
    saveAction->setObjectName(QStringLiteral("actionSave"));
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = fileMenu->addAction(tr("Save &As…"), this, &FileController::saveAs);
    saveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QAction *revertAction = fileMenu->addAction(tr("Re&vert"), this, &FileController::revert);
    revertAction->setObjectName(QStringLiteral("actionRevert"));
    revertAction->setToolTip(tr("Discard the unsaved changes and reload the file"));
    auto updateRevert = [this, revertAction] {
        revertAction->setEnabled(m_document.isModified() && !m_document.filePath().isEmpty());
    };
    connect(&m_document, &ProjectDocument::modifiedChanged, revertAction, updateRevert);
    connect(&m_document, &ProjectDocument::filePathChanged, revertAction, updateRevert);
    updateRevert();
}

void FileController::updateRecentMenu()
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

QStringList FileController::recentFiles()
{
    return QSettings().value(RecentFilesKey).toStringList();
}

void FileController::forgetRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(RecentFilesKey, files);
}

void FileController::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(RecentFilesKey, files);
}

QStringList FileController::bundledExamples()
{
    QStringList paths;
    const QDir dir(ExamplesDirectory);
    for (const QString &name :
         dir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

Core::Project FileController::emptyProject()
{
    Core::Project project;
    project.name = QStringLiteral("new-project");
    Core::Environment development;
    development.id = QStringLiteral("development");
    development.platform = Core::Platform::Compose;
    development.priceBook = QStringLiteral("self-hosted");
    project.environments << development;
    return project;
}

Core::Status FileController::load(const QString &path)
{
    const Core::Status loaded = m_document.load(path);
    if (loaded)
        m_watcher->watch(m_document.filePath());
    return loaded;
}

Core::Status FileController::saveTo(const QString &path)
{
    // Under a new name the document now belongs to that file; its undo history stays.
    const Core::Status saved = m_document.saveAs(path);
    if (!saved) {
        // The edits stay in memory (the document is still modified) and go to the recovery file
        // now, so that a crash after a failed save loses nothing either.
        m_autosaver->saveNow();
        return saved;
    }
    m_watcher->watch(m_document.filePath());
    addRecentFile(m_document.filePath());
    return saved;
}

bool FileController::maybeSave()
{
    if (!m_document.hasProject() || !m_document.isModified())
        return true;
    const QString name = m_document.filePath().isEmpty()
        ? tr("the new project")
        : QFileInfo(m_document.filePath()).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to %1?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("Your changes are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool FileController::newProject()
{
    if (!maybeSave())
        return false;
    m_document.reset(emptyProject());
    m_watcher->watch({});
    emit statusMessage(tr("New project"), 3000);
    return true;
}

bool FileController::newFromExample(const QString &examplePath)
{
    if (!maybeSave())
        return false;
    const auto read = Core::ProjectReader::readFile(examplePath, m_document.catalog());
    if (!read) {
        showOpenError(examplePath, read.error());
        return false;
    }
    // A copy to make one's own: untitled, so that Save asks where.
    m_document.reset(read.value());
    m_watcher->watch({});
    emit statusMessage(tr("New project from the example %1").arg(QFileInfo(examplePath).fileName()),
                       3000);
    return true;
}

bool FileController::open()
{
    QSettings settings;
    const QString directory = settings.value(LastDirectoryKey, QDir::homePath()).toString();
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Open Project"), directory, projectFilter());
    if (path.isEmpty())
        return false;
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    return openFile(path);
}

bool FileController::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    const Core::Status loaded = load(path);
    if (!loaded) {
        if (!QFileInfo::exists(path))
            forgetRecentFile(QFileInfo(path).absoluteFilePath());
        showOpenError(path, loaded.error());
        return false;
    }
    addRecentFile(m_document.filePath());
    emit statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_document.filePath())), 4000);
    return true;
}

bool FileController::save()
{
    if (!m_document.hasProject())
        return false;
    if (m_document.filePath().isEmpty())
        return saveAs();
    return saveReporting(m_document.filePath());
}

bool FileController::saveAs()
{
    if (!m_document.hasProject())
        return false;
    QSettings settings;
    const QString suggested = m_document.filePath().isEmpty()
        ? QDir(settings.value(LastDirectoryKey, QDir::homePath()).toString())
              .filePath(m_document.project().name + QStringLiteral(".stackdraft.yaml"))
        : m_document.filePath();
    QString path
        = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), suggested, projectFilter());
    if (path.isEmpty())
        return false;
    if (!path.contains(QLatin1Char('.')))
        path += QStringLiteral(".stackdraft.yaml");
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    return saveReporting(path);
}

bool FileController::saveReporting(const QString &path)
{
    const Core::Status saved = saveTo(path);
    if (!saved) {
        showSaveError(path, saved.error());
        return false;
    }
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 3000);
    return true;
}

bool FileController::revert()
{
    if (m_document.filePath().isEmpty() || !m_document.isModified())
        return false;
    QMessageBox box(QMessageBox::Question, tr("Revert"),
                    tr("Discard your changes and reload %1 from disk?")
                        .arg(QFileInfo(m_document.filePath()).fileName()),
                    QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("revertBox"));
    box.button(QMessageBox::Discard)->setText(tr("Revert"));
    if (box.exec() != QMessageBox::Discard)
        return false;
    const QString path = m_document.filePath();
    const Core::Status loaded = load(path);
    if (!loaded) {
        showOpenError(path, loaded.error());
        return false;
    }
    return true;
}

void FileController::showOpenError(const QString &path, const Core::Error &error)
{
    // Window-modal and non-blocking: the window stays as it was behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Project"),
                                tr("Stackdraft could not open %1.").arg(QFileInfo(path).fileName()),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("openErrorBox"));
    box->setInformativeText(error.toString());
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void FileController::showSaveError(const QString &path, const Core::Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Save Project"),
                                tr("Stackdraft could not save %1.").arg(QFileInfo(path).fileName()),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("saveErrorBox"));
    box->setInformativeText(
        tr("%1\n\nYour changes are still open here and kept in the recovery file. Free some "
           "space or choose another folder with File > Save As.")
            .arg(error.toString()));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void FileController::onChangedOnDisk(const QString &path, bool removed)
{
    if (path != m_document.filePath())
        return;
    // Non-blocking: the person may be in the middle of something; the question waits for them.
    auto *box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("externalChangeBox"));
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("File Changed on Disk"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const QString name = QFileInfo(path).fileName();
    if (removed) {
        box->setText(tr("%1 was deleted or moved by another program.").arg(name));
        box->setInformativeText(tr("Your version stays open; save it to write the file again."));
        box->setStandardButtons(QMessageBox::Ok);
        connect(box, &QMessageBox::finished, this,
                [this] { m_document.undoStack()->resetClean(); });
        box->open();
        return;
    }
    box->setText(tr("%1 was changed by another program.").arg(name));
    box->setInformativeText(m_document.isModified()
                                ? tr("Reload it and lose your unsaved changes, or keep your "
                                     "version (saving will overwrite theirs)?")
                                : tr("Reload it, or keep the version shown here (saving will "
                                     "overwrite theirs)?"));
    QPushButton *reload = box->addButton(tr("&Reload"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton *keep = box->addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    box->setDefaultButton(reload);
    connect(box, &QMessageBox::buttonClicked, this, [this, reload, path](QAbstractButton *button) {
        if (button == reload) {
            const Core::Status loaded = load(path);
            if (!loaded)
                showOpenError(path, loaded.error());
            else
                emit statusMessage(tr("Reloaded %1").arg(QFileInfo(path).fileName()), 4000);
        } else {
            // What is shown is no longer what is on disk: it counts as unsaved.
            m_document.undoStack()->resetClean();
        }
    });
    box->open();
}

void FileController::offerRecovery()
{
    const QList<RecoveryStore::Entry> orphans = m_autosaver->store().orphans();
    if (orphans.isEmpty())
        return;
    const RecoveryStore::Entry &entry = orphans.first();
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    entry.sourcePath.isEmpty()
                        ? tr("Stackdraft did not close properly. Restore the unsaved new project "
                             "autosaved at %1?")
                              .arg(QLocale().toString(entry.savedAt, QLocale::ShortFormat))
                        : tr("Stackdraft did not close properly. Restore the unsaved changes to "
                             "%1 autosaved at %2?")
                              .arg(QFileInfo(entry.sourcePath).fileName(),
                                   QLocale().toString(entry.savedAt, QLocale::ShortFormat)),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("recoveryBox"));
    QPushButton *restoreButton = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restoreButton);
    box.exec();
    if (box.clickedButton() == discard) {
        RecoveryStore::remove(entry);
        return;
    }
    if (box.clickedButton() != restoreButton)
        return;
    const Core::Status restored = restore(entry);
    if (!restored)
        QMessageBox::warning(m_window, tr("Recover Unsaved Changes"), restored.error().message);
}

Core::Status FileController::restore(const RecoveryStore::Entry &entry)
{
    QFile file(entry.recoveryPath);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error {tr("Cannot read the recovery file: %1").arg(file.errorString()),
                            entry.recoveryPath};
    const auto read
        = Core::ProjectReader::read(file.readAll(), entry.recoveryPath, m_document.catalog());
    file.close();
    if (!read) {
        // Never offered again, never fatal; kept aside for whoever wants to look.
        const QString aside = RecoveryStore::setAside(entry);
        return Core::Error {tr("The recovery file is damaged (%1); it was moved to %2.")
                                .arg(read.error().toString(), QDir::toNativeSeparators(aside)),
                            entry.recoveryPath};
    }
    m_document.reset(read.value(), entry.sourcePath);
    m_watcher->watch(entry.sourcePath);
    // The restored edits are not on disk: the document is modified until saved.
    m_document.undoStack()->resetClean();
    RecoveryStore::remove(entry);
    m_autosaver->saveNow();
    emit statusMessage(tr("Restored the unsaved changes"), 5000);
    return Core::success();
}

} // namespace Stackdraft::App
