#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

using Document::ProjectDocument;

// File > Import…, installed by MainWindow with one call: asks what to import (ImportDialog), runs
// the shared Core::ImportJob, lays the imported environment out, puts the result in the document
// (a new untitled project, or the open one with a new environment) and shows the report.
// Importing into the open project is one undoable step; replacing it asks about unsaved changes
// first (`mayReplace`, e.g. FileController::maybeSave).
class ImportMenu final : public QObject
{
    Q_OBJECT

public:
    // Adds the action to `menu` before `before` (at the end when null).
    static QAction *install(QMenu *menu, QAction *before, ProjectDocument *document,
                            QWidget *window, std::function<bool()> mayReplace = {});

    ImportMenu(ProjectDocument *document, QWidget *window, std::function<bool()> mayReplace = {});
    void run();

private:
    ProjectDocument *m_document;
    QWidget *m_window;
    std::function<bool()> m_mayReplace;
};

} // namespace Stackdraft::App
