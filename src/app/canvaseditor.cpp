#include "app/canvaseditor.h"

#include "app/autolayoutjob.h"
#include "app/canvasclipboard.h"
#include "app/componentitem.h"
#include "app/connectionitem.h"
#include "app/environmentcanvas.h"
#include "app/environmentscene.h"
#include "app/groupitem.h"
#include "core/catalog/catalog.h"
#include "core/catalog/connectionrule.h"
#include "core/edit/componentfield.h"
#include "core/edit/groupedits.h"
#include "document/commands/addconnectioncommand.h"
#include "document/commands/creategroupcommand.h"
#include "document/commands/macrocommand.h"
#include "document/commands/movenodescommand.h"
#include "document/commands/removecomponentcommand.h"
#include "document/commands/removeconnectioncommand.h"
#include "document/commands/removegroupcommand.h"
#include "document/commands/renamegroupcommand.h"
#include "document/commands/setcomponentfieldcommand.h"
#include "document/commands/setconnectioncommand.h"
#include "document/commands/undeploycommand.h"
#include "document/projectdocument.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>

namespace Stackdraft::App {

CanvasEditor::CanvasEditor(EnvironmentCanvas *canvas)
    : QObject(canvas)
    , m_canvas(canvas)
    , m_autoLayout(new AutoLayoutJob(canvas->environmentScene()->document(), this))
{
    connect(m_autoLayout, &AutoLayoutJob::laidOut, this,
            [this](const QString &environmentId, const QHash<QString, QPointF> &positions) {
                if (push(new Document::MoveNodesCommand(&scene()->document(), environmentId,
                                                        positions)))
                    report(tr("Laid out %n component(s) (Undo puts them back)", "",
                              int(positions.size())));
            });
    connect(m_autoLayout, &AutoLayoutJob::failed, this, &CanvasEditor::report);
    connect(m_autoLayout, &AutoLayoutJob::discarded, this, [this] {
        report(tr("Auto-layout stopped: the design changed while it ran. Lay out again to "
                  "include the change."));
    });
    connect(m_autoLayout, &AutoLayoutJob::busyChanged, this, &CanvasEditor::onAutoLayoutBusy);
}

EnvironmentScene *CanvasEditor::scene() const
{
    return m_canvas->environmentScene();
}

bool CanvasEditor::push(Document::DocumentCommand *command)
{
    if (!command)
        return false;
    const Core::Status pushed = scene()->document().push(command);
    if (!pushed)
        report(pushed.error().message);
    return pushed.ok();
}

void CanvasEditor::report(const QString &message)
{
    m_lastMessage = message;
    emit statusMessage(message);
}

QStringList CanvasEditor::selectedComponents() const
{
    if (!hasSelection())
        return {};
    QStringList ids;
    for (const ComponentItem *item : scene()->componentItems()) {
        if (item->isSelected())
            ids.append(item->componentId());
    }
    return ids;
}

QStringList CanvasEditor::selectedConnections() const
{
    if (!hasSelection())
        return {};
    QStringList ids;
    for (const ConnectionItem *item : scene()->connectionItems()) {
        if (item->isSelected())
            ids.append(item->connectionId());
    }
    return ids;
}

QStringList CanvasEditor::selectedGroups() const
{
    if (!hasSelection())
        return {};
    QStringList ids;
    for (const GroupItem *item : scene()->groupItems()) {
        if (item->isSelected())
            ids.append(item->groupId());
    }
    return ids;
}

bool CanvasEditor::hasSelection() const
{
    // A scene not drawn yet has nothing selected: asking its items would draw it (seconds at
    // 10,000 components) for a tab nobody looks at.
    return scene()->isBuilt() && !scene()->selectedItems().isEmpty();
}

void CanvasEditor::selectAll()
{
    for (ComponentItem *item : scene()->componentItems())
        item->setSelected(true);
}

void CanvasEditor::select(const QStringList &componentIds)
{
    scene()->clearSelection();
    for (const QString &id : componentIds) {
        if (ComponentItem *item = scene()->componentItem(id))
            item->setSelected(true);
    }
}

void CanvasEditor::deleteFromEnvironment()
{
    const QStringList components = selectedComponents();
    const QStringList connections = selectedConnections();
    const QStringList groups = selectedGroups();
    if (components.isEmpty() && connections.isEmpty() && groups.isEmpty())
        return;
    Document::ProjectDocument &document = scene()->document();
    auto *macro
        = new Document::MacroCommand(&document,
                                     tr("Remove %n item(s) from %1", nullptr,
                                        int(components.size() + connections.size() + groups.size()))
                                         .arg(scene()->environmentId()));
    // Connections first: undeploying an end would make them vanish from this canvas anyway.
    for (const QString &id : connections)
        macro->add(new Document::RemoveConnectionCommand(&document, id));
    for (const QString &id : groups)
        macro->add(new Document::RemoveGroupCommand(&document, id));
    for (const QString &id : components)
        macro->add(new Document::UndeployCommand(&document, scene()->environmentId(), id));
    push(macro);
}

void CanvasEditor::deleteFromProject()
{
    const QStringList components = selectedComponents();
    if (components.isEmpty())
        return;
    Document::ProjectDocument &document = scene()->document();
    auto *macro = new Document::MacroCommand(
        &document, tr("Delete %n component(s) from the project", nullptr, int(components.size())));
    for (const QString &id : components)
        macro->add(new Document::RemoveComponentCommand(&document, id));
    if (push(macro))
        report(
            tr("Deleted %n component(s) from every environment", nullptr, int(components.size())));
}

void CanvasEditor::copy()
{
    QMimeData *mime = CanvasClipboard::copy(scene()->document().project(), scene()->environmentId(),
                                            selectedComponents());
    if (mime)
        QApplication::clipboard()->setMimeData(mime);
}

void CanvasEditor::cut()
{
    const QStringList components = selectedComponents();
    if (components.isEmpty())
        return;
    copy();
    // Cut takes the cards off this canvas; the components stay in the project, so pasting them on
    // another environment's tab deploys them there.
    scene()->clearSelection();
    select(components);
    deleteFromEnvironment();
}

void CanvasEditor::paste()
{
    const qreal step = 2 * scene()->gridSize();
    QStringList pasted;
    if (push(CanvasClipboard::paste(scene()->document(), scene()->environmentId(),
                                    QApplication::clipboard()->mimeData(), QPointF(step, step),
                                    &pasted)))
        select(pasted);
}

void CanvasEditor::duplicate()
{
    std::unique_ptr<QMimeData> mime(CanvasClipboard::copy(
        scene()->document().project(), scene()->environmentId(), selectedComponents()));
    const qreal step = 2 * scene()->gridSize();
    QStringList pasted;
    if (mime
        && push(CanvasClipboard::paste(scene()->document(), scene()->environmentId(), mime.get(),
                                       QPointF(step, step), &pasted)))
        select(pasted);
}

void CanvasEditor::group()
{
    const QStringList members = selectedComponents();
    if (members.isEmpty())
        return;
    Document::ProjectDocument &document = scene()->document();
    Core::Group group;
    group.id = Core::Edit::uniqueGroupId(document.project(), QStringLiteral("group"));
    group.label = tr("Group %1").arg(document.project().groups.size() + 1);
    group.members = members;
    push(new Document::CreateGroupCommand(&document, group));
}

void CanvasEditor::ungroup()
{
    QStringList groups = selectedGroups();
    if (groups.isEmpty()) {
        // No frame selected: the frames of the selected cards.
        const QStringList components = selectedComponents();
        for (const GroupItem *item : scene()->groupItems()) {
            for (const ComponentItem *member : item->members()) {
                if (components.contains(member->componentId())) {
                    groups.append(item->groupId());
                    break;
                }
            }
        }
    }
    if (groups.isEmpty())
        return;
    Document::ProjectDocument &document = scene()->document();
    auto *macro = new Document::MacroCommand(
        &document, tr("Ungroup %n frame(s)", nullptr, int(groups.size())));
    for (const QString &id : std::as_const(groups))
        macro->add(new Document::RemoveGroupCommand(&document, id));
    push(macro);
}

void CanvasEditor::autoLayout()
{
    m_autoLayout->start(scene()->environmentId(), EnvironmentScene::layoutOptions());
}

void CanvasEditor::onAutoLayoutBusy(bool busy)
{
    if (busy) {
        m_canvas->setCursor(Qt::BusyCursor);
        const Core::Environment *environment
            = scene()->document().project().environment(scene()->environmentId());
        report(tr("Laying out %n component(s) with Graphviz…", "",
                  environment ? int(environment->deployments.size()) : 0));
    } else {
        m_canvas->unsetCursor();
    }
}

void CanvasEditor::nudge(int dx, int dy, bool gridStep)
{
    const qreal step = gridStep ? scene()->gridSize() : 1;
    QHash<QString, QPointF> positions;
    for (const ComponentItem *item : scene()->componentItems()) {
        if (item->isSelected())
            positions.insert(item->componentId(), item->pos() + QPointF(dx * step, dy * step));
    }
    if (!positions.isEmpty())
        push(new Document::MoveNodesCommand(&scene()->document(), scene()->environmentId(),
                                            positions));
}

void CanvasEditor::commitMoves(const QHash<QString, QPointF> &before)
{
    QHash<QString, QPointF> positions;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const ComponentItem *item = scene()->componentItem(it.key());
        if (item && item->pos() != it.value())
            positions.insert(it.key(), item->pos());
    }
    if (!positions.isEmpty())
        push(new Document::MoveNodesCommand(&scene()->document(), scene()->environmentId(),
                                            positions));
}

void CanvasEditor::requestConnection(const QString &from, const QString &to,
                                     const QPoint &screenPos)
{
    Document::ProjectDocument &document = scene()->document();
    const Core::Project &project = document.project();
    const Core::Component *source = project.component(from);
    const Core::Component *target = project.component(to);
    if (!source || !target)
        return;
    const Core::ComponentType fromType = document.catalog().type(source->type);
    const Core::ComponentType toType = document.catalog().type(target->type);
    if (const auto refusal = Core::ConnectionRule::check(fromType, toType, from == to)) {
        switch (*refusal) {
        case Core::ConnectionRule::Refusal::SameComponent:
            report(tr("A component cannot connect to itself."));
            break;
        case Core::ConnectionRule::Refusal::TargetListensNowhere:
            report(tr("%1 cannot be connected to: a %2 accepts no connections.")
                       .arg(to, toType.translatedLabel()));
            break;
        case Core::ConnectionRule::Refusal::PassiveSource:
            report(tr("%1 cannot open a connection to %2: a %3 only answers its clients.")
                       .arg(from, to, fromType.translatedLabel()));
            break;
        }
        return;
    }
    Core::Connection connection;
    connection.from = from;
    connection.to = to;
    connection.label = Core::ConnectionRule::proposedLabel(toType);
    const auto variable = Core::ConnectionRule::proposedVariable(fromType, toType, to);
    if (!variable || source->envVar(variable->name)) {
        push(new Document::AddConnectionCommand(&document, connection));
        return;
    }
    // The target offers a URL the source does not read yet: offer the variable with the arrow.
    auto *menu = new QMenu(m_canvas);
    menu->setObjectName(QStringLiteral("connectionOffer"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *withVariable
        = menu->addAction(tr("Connect and add %1: {from: %2}").arg(variable->name, to), this,
                          [this, connection, variable = *variable, from] {
                              Document::ProjectDocument &doc = scene()->document();
                              const Core::Component *component = doc.project().component(from);
                              if (!component)
                                  return;
                              QList<Core::EnvVar> env = component->env;
                              env.append(variable);
                              auto *macro = new Document::MacroCommand(
                                  &doc, tr("Connect %1 to %2").arg(connection.from, connection.to));
                              macro->add(new Document::AddConnectionCommand(&doc, connection));
                              macro->add(new Document::SetComponentFieldCommand(
                                  &doc, from, Core::Edit::ComponentField::Env, env));
                              push(macro);
                          });
    menu->addAction(tr("Connect only"), this, [this, connection] {
        push(new Document::AddConnectionCommand(&scene()->document(), connection));
    });
    menu->setActiveAction(withVariable);
    menu->popup(screenPos, withVariable);
}

void CanvasEditor::editConnectionLabel(const ConnectionItem *connection, const QString &label)
{
    const Core::Project &project = scene()->document().project();
    for (const Core::Connection &existing : project.connections) {
        if (existing.id == connection->connectionId()) {
            Core::Connection changed = existing;
            changed.label = label;
            if (changed != existing)
                push(new Document::SetConnectionCommand(&scene()->document(), changed));
            return;
        }
    }
}

void CanvasEditor::renameGroup(const GroupItem *group, const QString &label)
{
    if (label.trimmed().isEmpty() || label == group->label())
        return;
    push(new Document::RenameGroupCommand(&scene()->document(), group->groupId(), label.trimmed()));
}

} // namespace Stackdraft::App
