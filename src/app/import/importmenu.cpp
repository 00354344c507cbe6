#include "app/import/importmenu.h"

#include "app/import/importdialog.h"
#include "app/import/importreportdialog.h"
#include "core/import/importjob.h"
#include "document/commands/addcomponentcommand.h"
#include "document/commands/addconnectioncommand.h"
#include "document/commands/addenvironmentcommand.h"
#include "document/commands/changegroupmemberscommand.h"
#include "document/commands/creategroupcommand.h"
#include "document/commands/macrocommand.h"
#include "document/projectdocument.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>

namespace Stackdraft::App {
namespace {

bool hasConnection(const Core::Project &project, const Core::Connection &connection)
{
    return std::any_of(project.connections.cbegin(), project.connections.cend(),
                       [&](const Core::Connection &c) {
                           return (!connection.id.isEmpty() && c.id == connection.id)
                               || (c.from == connection.from && c.to == connection.to
                                   && c.label == connection.label);
                       });
}

// What ImportMerge added to `before` (new components, environments, connections, group members;
// it never changes what was there), as commands in one macro: the import is one undo step and
// the project's file keeps its unsaved state.
Document::MacroCommand *additions(ProjectDocument *document, const Core::Project &before,
                                  const Core::Project &after, const QString &text)
{
    auto *macro = new Document::MacroCommand(document, text);
    for (const Core::Component &component : after.components) {
        if (!before.component(component.id))
            macro->add(new Document::AddComponentCommand(document, component));
    }
    for (const Core::Environment &environment : after.environments) {
        if (!before.environment(environment.id))
            macro->add(new Document::AddEnvironmentCommand(document, environment));
    }
    for (Core::Connection connection : after.connections) {
        if (hasConnection(before, connection))
            continue;
        connection.id.clear(); // a fresh id, never one the project already uses
        macro->add(new Document::AddConnectionCommand(document, connection));
    }
    for (const Core::Group &group : after.groups) {
        const auto old = std::find_if(before.groups.cbegin(), before.groups.cend(),
                                      [&](const Core::Group &g) { return g.id == group.id; });
        if (old == before.groups.cend()) {
            macro->add(new Document::CreateGroupCommand(document, group));
            continue;
        }
        QStringList added;
        for (const QString &member : group.members) {
            if (!old->members.contains(member))
                added << member;
        }
        if (!added.isEmpty())
            macro->add(new Document::ChangeGroupMembersCommand(document, group.id, added));
    }
    return macro;
}

} // namespace

QAction *ImportMenu::install(QMenu *menu, QAction *before, ProjectDocument *document,
                             QWidget *window, std::function<bool()> mayReplace)
{
    auto *importer = new ImportMenu(document, window, std::move(mayReplace));
    auto *action = new QAction(tr("&Import…"), menu);
    action->setObjectName(QStringLiteral("actionImport"));
    action->setStatusTip(tr("Build a project or an environment from docker-compose files, "
                            "Kubernetes manifests or a Mermaid flowchart"));
    connect(action, &QAction::triggered, importer, &ImportMenu::run);
    menu->insertAction(before, action);
    return action;
}

ImportMenu::ImportMenu(ProjectDocument *document, QWidget *window, std::function<bool()> mayReplace)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_mayReplace(std::move(mayReplace))
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
    if (into) {
        const Core::Status added
            = m_document->push(additions(m_document, m_document->project(), outcome->project,
                                         tr("Import environment %1").arg(outcome->environment)));
        if (!added) {
            QMessageBox::warning(m_window, tr("Import Failed"),
                                 tr("Nothing was imported.\n\n%1").arg(added.error().toString()));
            return;
        }
    } else {
        if (m_mayReplace && !m_mayReplace())
            return;
        m_document->reset(outcome->project);
    }
    const QString summary = tr("%1 component(s) imported from %2 into environment '%3'.")
                                .arg(outcome->components)
                                .arg(outcome->importerName, outcome->environment);
    auto *report = new ImportReportDialog(summary, outcome->report, m_window);
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->show();
}

} // namespace Stackdraft::App
