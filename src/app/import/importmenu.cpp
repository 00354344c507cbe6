#include "app/import/importmenu.h"

#include "app/import/importdialog.h"
#include "app/import/importreportdialog.h"
#include "app/projectdocument.h"
#include "core/import/importjob.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace Stackdraft::App {

QAction *ImportMenu::install(QMenu *menu, QAction *before, ProjectDocument *document,
                             QWidget *window)
{
    auto *importer = new ImportMenu(document, window);
    auto *action = new QAction(tr("&Import…"), menu);
    action->setObjectName(QStringLiteral("actionImport"));
    action->setStatusTip(tr("Build a project or an environment from docker-compose files, "
                            "Kubernetes manifests or a Mermaid flowchart"));
    connect(action, &QAction::triggered, importer, &ImportMenu::run);
    menu->insertAction(before, action);
    return action;
}

ImportMenu::ImportMenu(ProjectDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
}

void ImportMenu::run()
{
    ImportDialog dialog(m_document->hasProject(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool into = dialog.intoOpenProject() && m_document->hasProject();
    Core::ImportJob job;
    job.paths = dialog.paths();
    job.format = dialog.format();
    job.environment = dialog.environment();
    job.profiles = dialog.profiles();
    job.into = into ? &m_document->project() : nullptr;
    job.catalog = &m_document->catalog();
    const Core::Result<Core::ImportJob::Outcome> outcome = job.run();
    if (!outcome) {
        QMessageBox::warning(m_window, tr("Import Failed"),
                             tr("Nothing was imported.\n\n%1").arg(outcome.error().toString()));
        return;
    }
    if (outcome->components == 0) {
        ImportReportDialog report(tr("Nothing was imported: every service or object was left out."),
                                  outcome->report, m_window);
        report.exec();
        return;
    }
    m_document->reset(outcome->project, into ? m_document->filePath() : QString());
    const QString summary = tr("%1 component(s) imported from %2 into environment '%3'.")
                                .arg(outcome->components)
                                .arg(outcome->importerName, outcome->environment);
    auto *report = new ImportReportDialog(summary, outcome->report, m_window);
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->show();
}

} // namespace Stackdraft::App
