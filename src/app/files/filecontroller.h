#pragma once

#include "app/files/recoverystore.h"
#include "core/model/project.h"
#include "core/result.h"

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

using Document::ProjectDocument;

class Autosaver;
class ExternalChangeWatcher;

// Everything File does for one window: new (empty or from a bundled example), open, save, save
// as, revert, recent files, the unsaved-changes prompt, autosave with recovery after a crash, and
// noticing the file change on disk. Failures are told to the person with what to do, and never
// lose the edits in memory.
class FileController final : public QObject
{
    Q_OBJECT

public:
    FileController(ProjectDocument &document, QWidget *window);
    ~FileController() override;

    // Adds New, New from Example, Open, Open Recent, Save, Save As and Revert to `fileMenu`.
    void populate(QMenu *fileMenu);

    Autosaver *autosaver() const { return m_autosaver; }
    ExternalChangeWatcher *watcher() const { return m_watcher; }

    static QStringList recentFiles();
    static void forgetRecentFile(const QString &path);
    static constexpr int MaxRecentFiles = 10;
    // The examples bundled with the app (":/stackdraft/examples/*.stackdraft.yaml").
    static QStringList bundledExamples();
    // A project with one empty development environment on Docker Compose.
    static Core::Project emptyProject();

    // Reads `path` into the document; on failure the document keeps what it had.
    Core::Status load(const QString &path);
    // Writes the document to `path`, which becomes its file; says why not on failure, and then
    // keeps the edits in memory and in the recovery file.
    Core::Status saveTo(const QString &path);

    // The user-facing commands: each asks what it must (unsaved changes, a path) and reports.
    bool newProject();
    bool newFromExample(const QString &examplePath);
    bool open();
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    bool revert();
    // Unsaved changes: asks Save / Discard / Cancel; true when the caller may go on.
    bool maybeSave();

    // After a crash: offers each recovery file another run left behind (call once at start).
    void offerRecovery();
    // Loads a recovery entry as unsaved edits of its file; a corrupt one is set aside.
    Core::Status restore(const RecoveryStore::Entry &entry);

signals:
    void statusMessage(const QString &message, int timeoutMs);

private:
    // saveTo(), then the outcome told: the status bar on success, a message box on failure.
    bool saveReporting(const QString &path);
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void onChangedOnDisk(const QString &path, bool removed);
    void showSaveError(const QString &path, const Core::Error &error);
    void showOpenError(const QString &path, const Core::Error &error);

    ProjectDocument &m_document;
    QWidget *m_window;
    Autosaver *m_autosaver;
    ExternalChangeWatcher *m_watcher;
    QMenu *m_recentMenu = nullptr;
};

} // namespace Stackdraft::App
