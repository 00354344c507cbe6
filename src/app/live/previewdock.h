#pragma once

#include "app/live/previewfiles.h"
#include "app/live/previewrenderer.h"

#include <QDockWidget>
#include <QString>
#include <QStringList>

#include <functional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class BackgroundJob;
class CodeView;
using Document::ProjectDocument;

// The generated files as a tree (format → environment → file) and the selected one, read-only
// and highlighted, in one of three views: the file; its changes against the copy on disk or in
// HEAD; its differences from the same file in another environment. Everything is generated off
// the UI thread shortly after each edit; the file on screen first, then the tree. Export… writes
// every file to a directory with a progress bar and Cancel.
class PreviewDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit PreviewDock(const ProjectDocument &document, QWidget *parent = nullptr);
    ~PreviewDock() override;

    // Selects a file by its path in the export layout; false when the tree has no such file.
    bool selectFile(const QString &path);
    QString selectedFile() const;
    void setView(PreviewRenderer::View view, const QString &otherEnvironment = {});

    CodeView *codeView() const { return m_code; }
    QTreeWidget *tree() const { return m_tree; }
    QString noteText() const;
    // True when the tree and the file on screen reflect the document as it is.
    bool isCurrent() const;

    // An edit's refresh waits while `busy()` is true, and resumeRefresh() then runs it: the
    // window defers the generators to the design analysis, which the user waits for within a
    // frame, so that they do not take its core.
    void deferRefreshWhile(std::function<bool()> busy);
    void resumeRefresh();

    // Writes every generated file under `directory` on a worker; exportFinished() tells how it
    // went.
    void exportTo(const QString &directory);
    BackgroundJob *exportJob() const { return m_exportJob; }

signals:
    void fileShown(); // the view shows the selected file as of the latest edit
    void treeRefreshed();
    void exportFinished(bool ok, const QString &message);

private:
    void scheduleRefresh();
    void refresh();
    void refreshFile();
    void refreshTree();
    void rebuildTree(const QList<PreviewFiles::File> &files, const QStringList &shape);
    void onSelectionChanged();
    void onViewChanged();
    void chooseExportDirectory();
    PreviewRenderer::View currentView() const;

    const ProjectDocument &m_document;
    QTreeWidget *m_tree;
    QComboBox *m_view;
    QComboBox *m_otherEnvironment;
    QPushButton *m_exportButton;
    QLabel *m_note;
    CodeView *m_code;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTimer *m_coalesce;
    BackgroundJob *m_treeJob;
    BackgroundJob *m_fileJob;
    BackgroundJob *m_exportJob;
    QString m_format; // the selected file: format, environment and path
    QString m_environment;
    QString m_path;
    QStringList m_treeShape; // the environments and files the tree shows, to skip equal rebuilds
    std::function<bool()> m_deferWhile;
    bool m_refreshDeferred = false;
    bool m_treePending = false; // an edit's tree refresh waits for the file on screen
};

} // namespace Stackdraft::App
