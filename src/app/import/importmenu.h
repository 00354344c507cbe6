#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Stackdraft::App {

class ProjectDocument;

// File > Import…, installed by MainWindow with one call: asks what to import (ImportDialog), runs
// the shared Core::ImportJob, lays the imported environment out, puts the result in the document
// (a new untitled project, or the open one with a new environment) and shows the report.
class ImportMenu final : public QObject
{
    Q_OBJECT

public:
    // Adds the action to `menu` before `before` (at the end when null).
    static QAction *install(QMenu *menu, QAction *before, ProjectDocument *document,
                            QWidget *window);

    ImportMenu(ProjectDocument *document, QWidget *window);
    void run();

private:
    ProjectDocument *m_document;
    QWidget *m_window;
};

} // namespace Stackdraft::App
