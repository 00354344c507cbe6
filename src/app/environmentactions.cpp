#include "app/environmentactions.h"

#include "app/documentedits.h"
#include "app/environmentsettingsdialog.h"
#include "app/live/promotedialog.h"
#include "core/model/naming.h"
#include "document/commands/deploycommand.h"
#include "document/commands/macrocommand.h"
#include "document/commands/setdeploymentcommand.h"
#include "document/commands/undeploycommand.h"
#include "document/projectdocument.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>

namespace Stackdraft::App {
namespace {

// A free environment id from what a person calls it: "QA Europe" -> "qa-europe", then -2, -3...
QString idFor(const Core::Project &project, const QString &name, const QString &keep = {})
{
    const QString base = Core::Naming::toDnsLabel(name);
    if (base == keep || !project.environment(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(base.left(60)).arg(n);
        if (!project.environment(candidate))
            return candidate;
    }
}

} // namespace

EnvironmentActions::EnvironmentActions(Document::ProjectDocument &document,
                                       const Core::PriceBooks &priceBooks,
                                       std::function<QString()> current, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_priceBooks(priceBooks)
    , m_current(std::move(current))
    , m_window(window)
    , m_add(new QAction(tr("&New Environment…"), this))
    , m_duplicate(new QAction(this))
    , m_rename(new QAction(tr("&Rename Environment…"), this))
    , m_settings(new QAction(tr("Environment &Settings…"), this))
    , m_moveLeft(new QAction(tr("Move &Left"), this))
    , m_moveRight(new QAction(tr("Move R&ight"), this))
    , m_remove(new QAction(tr("Re&move Environment"), this))
    , m_promote(new QAction(tr("&Promote…"), this))
{
    m_add->setObjectName(QStringLiteral("actionNewEnvironment"));
    m_add->setToolTip(tr("Add an empty environment with its own canvas"));
    m_duplicate->setObjectName(QStringLiteral("actionDuplicateEnvironment"));
    m_duplicate->setToolTip(tr("A new environment with a copy of every deployment and its sizes"));
    m_rename->setObjectName(QStringLiteral("actionRenameEnvironment"));
    m_settings->setObjectName(QStringLiteral("actionEnvironmentSettings"));
    m_settings->setToolTip(tr("Platform, region, price book, budget and usage assumptions"));
    m_moveLeft->setObjectName(QStringLiteral("actionMoveEnvironmentLeft"));
    m_moveRight->setObjectName(QStringLiteral("actionMoveEnvironmentRight"));
    m_remove->setObjectName(QStringLiteral("actionRemoveEnvironment"));
    m_remove->setToolTip(tr("Remove the environment and its deployments (undoable)"));
    m_promote->setObjectName(QStringLiteral("actionPromote"));
    m_promote->setToolTip(tr("Carry chosen differences from one environment to another (staging → "
                             "production), one undoable step"));
    connect(m_promote, &QAction::triggered, this, &EnvironmentActions::showPromote);

    connect(m_add, &QAction::triggered, this, [this] {
        const QString name
            = askName(tr("New Environment"), tr("Name of the new environment:"), QString());
        if (!name.isEmpty())
            add(name);
    });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        const Core::Environment *source = m_document.project().environment(m_current());
        if (!source)
            return;
        const QString name = askName(
            tr("New Environment from %1").arg(source->displayName()),
            tr("Name of the new environment (every deployment of %1 is copied with its sizes):")
                .arg(source->displayName()),
            QString());
        if (!name.isEmpty())
            duplicate(source->id, name);
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        const Core::Environment *environment = m_document.project().environment(m_current());
        if (!environment)
            return;
        const QString name
            = askName(tr("Rename Environment"), tr("New name:"), environment->displayName());
        if (!name.isEmpty())
            rename(environment->id, name);
    });
    connect(m_settings, &QAction::triggered, this, &EnvironmentActions::editSettings);
    connect(m_moveLeft, &QAction::triggered, this, [this] {
        const Core::Project &project = m_document.project();
        for (int i = 1; i < project.environments.size(); ++i) {
            if (project.environments.at(i).id == m_current())
                move(i, i - 1);
        }
    });
    connect(m_moveRight, &QAction::triggered, this, [this] {
        const Core::Project &project = m_document.project();
        for (int i = 0; i + 1 < project.environments.size(); ++i) {
            if (project.environments.at(i).id == m_current()) {
                move(i, i + 1);
                break;
            }
        }
    });
    connect(m_remove, &QAction::triggered, this, [this] { remove(m_current()); });
    updateActions();
}

void EnvironmentActions::populate(QMenu *menu)
{
    menu->addAction(m_add);
    menu->addAction(m_duplicate);
    menu->addAction(m_promote);
    menu->addSeparator();
    menu->addAction(m_rename);
    menu->addAction(m_settings);
    menu->addAction(m_moveLeft);
    menu->addAction(m_moveRight);
    menu->addSeparator();
    menu->addAction(m_remove);
    connect(menu, &QMenu::aboutToShow, this, &EnvironmentActions::updateActions);
}

void EnvironmentActions::updateActions()
{
    const Core::Project &project = m_document.project();
    const Core::Environment *current = project.environment(m_current());
    m_add->setEnabled(m_document.hasProject());
    m_duplicate->setText(current ? tr("New Environment from %1…").arg(current->displayName())
                                 : tr("New Environment from Current…"));
    for (QAction *action : {m_duplicate, m_rename, m_settings})
        action->setEnabled(current != nullptr);
    m_moveLeft->setEnabled(current && project.environments.indexOf(*current) > 0);
    m_moveRight->setEnabled(
        current && project.environments.indexOf(*current) < project.environments.size() - 1);
    m_promote->setEnabled(project.environments.size() > 1);
    // The last environment stays: a project always has a canvas to draw on.
    m_remove->setEnabled(current && project.environments.size() > 1);
}

QString EnvironmentActions::askName(const QString &title, const QString &label, const QString &text)
{
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("environmentNameDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(text);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.textValue().trimmed();
}

bool EnvironmentActions::add(const QString &name)
{
    Core::Environment environment;
    environment.id = idFor(m_document.project(), name);
    if (environment.id != name)
        environment.label = name;
    environment.platform = Core::Platform::Compose;
    environment.priceBook = QStringLiteral("self-hosted");
    const Core::Status done = DocumentEdits::addEnvironment(m_document, environment);
    if (!done) {
        emit statusMessage(done.error().message, 6000);
        return false;
    }
    emit environmentCreated(environment.id);
    return true;
}

bool EnvironmentActions::duplicate(const QString &sourceId, const QString &name)
{
    const QString id = idFor(m_document.project(), name);
    const Core::Status done = DocumentEdits::duplicateEnvironment(m_document, sourceId, id,
                                                                  id == name ? QString() : name);
    if (!done) {
        emit statusMessage(done.error().message, 6000);
        return false;
    }
    emit environmentCreated(id);
    return true;
}

bool EnvironmentActions::rename(const QString &id, const QString &name)
{
    const QString newId = idFor(m_document.project(), name, id);
    const Core::Status done
        = DocumentEdits::renameEnvironment(m_document, id, newId, newId == name ? QString() : name);
    if (!done) {
        emit statusMessage(done.error().message, 6000);
        return false;
    }
    emit environmentCreated(newId);
    return true;
}

bool EnvironmentActions::remove(const QString &id)
{
    if (m_document.project().environments.size() <= 1)
        return false;
    const Core::Status done = DocumentEdits::removeEnvironment(m_document, id);
    if (!done) {
        emit statusMessage(done.error().message, 6000);
        return false;
    }
    emit statusMessage(tr("Removed the environment %1 (Undo brings it back)").arg(id), 6000);
    return true;
}

bool EnvironmentActions::move(int from, int to)
{
    const Core::Status done = DocumentEdits::moveEnvironment(m_document, from, to);
    if (!done)
        emit statusMessage(done.error().message, 6000);
    return done.ok();
}

void EnvironmentActions::editSettings()
{
    const Core::Environment *environment = m_document.project().environment(m_current());
    if (!environment)
        return;
    EnvironmentSettingsDialog dialog(*environment, m_priceBooks, m_window);
    dialog.setObjectName(QStringLiteral("environmentSettingsDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Core::Status done
        = DocumentEdits::setEnvironmentSettings(m_document, dialog.environment());
    if (!done)
        emit statusMessage(done.error().message, 6000);
}

void EnvironmentActions::showPromote()
{
    const Core::Project &project = m_document.project();
    if (project.environments.size() < 2)
        return;
    // Into the current environment from the one before it (staging → production); from the first
    // tab, the dialog's own default pair.
    auto [source, target] = PromoteDialog::defaultPair(project);
    for (qsizetype i = 1; i < project.environments.size(); ++i) {
        if (project.environments.at(i).id == m_current()) {
            source = project.environments.at(i - 1).id;
            target = project.environments.at(i).id;
        }
    }
    PromoteDialog dialog(project, source, target, m_window);
    dialog.setObjectName(QStringLiteral("promoteDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    promote(dialog.source(), dialog.target(), dialog.chosen());
}

bool EnvironmentActions::promote(const QString &sourceId, const QString &targetId,
                                 const QList<Promotion::Difference> &chosen)
{
    const Core::Project &project = m_document.project();
    const Core::Environment *source = project.environment(sourceId);
    const Core::Environment *target = project.environment(targetId);
    if (!source || !target || chosen.isEmpty())
        return false;
    const QList<Promotion::Change> changes
        = Promotion::changes(project, sourceId, targetId, chosen);
    if (changes.isEmpty())
        return false;
    // Names now: the push below changes the project these pointers point into.
    const QString from = source->displayName();
    const QString to = target->displayName();
    auto *macro = new Document::MacroCommand(&m_document, tr("Promote %1 → %2").arg(from, to));
    for (const Promotion::Change &change : changes) {
        switch (change.kind) {
        case Promotion::Change::Kind::Deploy:
            macro->add(new Document::DeployCommand(&m_document, targetId, change.deployment));
            break;
        case Promotion::Change::Kind::Undeploy:
            macro->add(
                new Document::UndeployCommand(&m_document, targetId, change.deployment.component));
            break;
        case Promotion::Change::Kind::Update:
            macro->add(
                new Document::SetDeploymentCommand(&m_document, targetId, change.deployment));
            break;
        }
    }
    const Core::Status done = m_document.push(macro);
    if (!done) {
        emit statusMessage(done.error().message, 6000);
        return false;
    }
    emit statusMessage(
        tr("Promoted %n change(s) from %1 to %2", nullptr, int(changes.size())).arg(from, to),
        4000);
    return true;
}

} // namespace Stackdraft::App
