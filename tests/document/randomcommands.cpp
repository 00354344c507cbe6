#include "randomcommands.h"

#include "core/edit/componentedits.h"
#include "core/edit/environmentedits.h"
#include "core/edit/groupedits.h"
#include "core/edit/projectsettings.h"
#include "core/model/quantity.h"
#include "document/commands/addcomponentcommand.h"
#include "document/commands/addconnectioncommand.h"
#include "document/commands/addenvironmentcommand.h"
#include "document/commands/changegroupmemberscommand.h"
#include "document/commands/creategroupcommand.h"
#include "document/commands/deploycommand.h"
#include "document/commands/duplicateenvironmentcommand.h"
#include "document/commands/macrocommand.h"
#include "document/commands/moveenvironmentcommand.h"
#include "document/commands/movenodescommand.h"
#include "document/commands/removecomponentcommand.h"
#include "document/commands/removeconnectioncommand.h"
#include "document/commands/removeenvironmentcommand.h"
#include "document/commands/removegroupcommand.h"
#include "document/commands/renamecomponentcommand.h"
#include "document/commands/renameenvironmentcommand.h"
#include "document/commands/renamegroupcommand.h"
#include "document/commands/setcomponentfieldcommand.h"
#include "document/commands/setconnectioncommand.h"
#include "document/commands/setdeploymentfieldcommand.h"
#include "document/commands/setenvironmentsettingscommand.h"
#include "document/commands/setprojectsettingscommand.h"
#include "document/commands/undeploycommand.h"
#include "document/projectdocument.h"

using namespace Stackdraft;
using namespace Stackdraft::Document;
using Core::Edit::ComponentField;
using Core::Edit::DeploymentField;

namespace {

const QStringList &types()
{
    static const QStringList list = {QStringLiteral("backend-service"), QStringLiteral("mysql"),
                                     QStringLiteral("redis"),           QStringLiteral("worker"),
                                     QStringLiteral("web-frontend"),    QStringLiteral("rabbitmq")};
    return list;
}

// Text that the writer must quote or fold: YAML words, indicators, unicode, lines.
const QStringList &texts()
{
    static const QStringList list
        = {QStringLiteral("Orders API"), QStringLiteral("yes"),        QStringLiteral("a: b"),
           QStringLiteral("#tag"),       QStringLiteral(" padded "),   QStringLiteral("8.0"),
           QStringLiteral("São Paulo"),  QStringLiteral("two\nlines"), QStringLiteral("{x}"),
           QStringLiteral("null"),       QStringLiteral("-"),          QString()};
    return list;
}

} // namespace

QString RandomCommands::text()
{
    return texts()[below(int(texts().size()))];
}

QString RandomCommands::componentId()
{
    const auto &components = m_document.project().components;
    return components.isEmpty() ? QStringLiteral("ghost")
                                : components[below(int(components.size()))].id;
}

QString RandomCommands::environmentId()
{
    const auto &environments = m_document.project().environments;
    return environments.isEmpty() ? QStringLiteral("nowhere")
                                  : environments[below(int(environments.size()))].id;
}

QString RandomCommands::deployedIn(const QString &environmentId)
{
    const Core::Environment *env = m_document.project().environment(environmentId);
    if (!env || env->deployments.isEmpty())
        return QStringLiteral("ghost");
    return env->deployments[below(int(env->deployments.size()))].component;
}

QList<Core::EnvVar> RandomCommands::variables()
{
    QList<Core::EnvVar> vars;
    const int n = below(4);
    for (int i = 0; i < n; ++i) {
        const QString name = QStringLiteral("VAR_%1").arg(i);
        switch (below(3)) {
        case 0:
            vars.append(Core::EnvVar::literal(name, text()));
            break;
        case 1:
            vars.append(Core::EnvVar::reference(name, componentId(),
                                                below(2) ? QString() : QStringLiteral("host")));
            break;
        default:
            vars.append(Core::EnvVar::secretRef(name, QStringLiteral("secret-%1").arg(i)));
            break;
        }
    }
    return vars;
}

DocumentCommand *RandomCommands::next()
{
    if (!chance(10))
        return single();
    auto *macro = new MacroCommand(&m_document, QStringLiteral("random macro"));
    for (int i = 0, n = 2 + below(3); i < n; ++i)
        macro->add(single());
    return macro;
}

DocumentCommand *RandomCommands::single()
{
    switch (below(6)) {
    case 0:
        return componentCommand();
    case 1:
    case 2:
        return deploymentCommand();
    case 3:
        return connectionCommand();
    case 4:
        return groupCommand();
    default:
        return environmentCommand();
    }
}

DocumentCommand *RandomCommands::componentCommand()
{
    const Core::Project &p = m_document.project();
    switch (below(6)) {
    case 0: {
        const QString type = types()[below(int(types().size()))];
        Core::Component c {.id = Core::Edit::uniqueComponentId(p, type), .type = type};
        c.label = text();
        const bool deploy = chance(70);
        return new AddComponentCommand(
            &m_document, c, deploy ? environmentId() : QString(),
            {.replicas = below(4), .position = QPointF(below(2000) - 1000, below(800) * 0.25)});
    }
    case 1:
        return new RemoveComponentCommand(&m_document, componentId());
    case 2: {
        // Sometimes a taken or invalid id: must be refused.
        const QString to = chance(20) ? componentId()
            : chance(10)
            ? QStringLiteral("Not Valid")
            : Core::Edit::uniqueComponentId(p, QStringLiteral("renamed-%1").arg(++m_counter));
        return new RenameComponentCommand(&m_document, componentId(), to);
    }
    case 3:
        return new SetComponentFieldCommand(&m_document, componentId(), ComponentField::Label,
                                            text());
    case 4:
        return new SetComponentFieldCommand(&m_document, componentId(), ComponentField::Env,
                                            variables());
    default: {
        QList<Core::Port> ports;
        for (int i = 0, n = below(3); i < n; ++i)
            ports.append({1 + below(65535), chance(30) ? 1 + below(65535) : 0,
                          chance(20) ? QStringLiteral("UDP") : QStringLiteral("TCP"),
                          chance(30) ? text() : QString()});
        return new SetComponentFieldCommand(&m_document, componentId(), ComponentField::Ports,
                                            ports);
    }
    }
}

DocumentCommand *RandomCommands::deploymentCommand()
{
    const QString env = environmentId();
    const QString component = deployedIn(env);
    switch (below(9)) {
    case 0:
        return new DeployCommand(&m_document, env,
                                 {.component = componentId(), .replicas = 1 + below(3)});
    case 1:
        return new UndeployCommand(&m_document, env, component);
    case 2:
        return new SetDeploymentFieldCommand(&m_document, env, component, DeploymentField::Replicas,
                                             below(12) - 1);
    case 3:
        return new SetDeploymentFieldCommand(&m_document, env, component,
                                             DeploymentField::CpuRequest, qint64(50 * below(40)));
    case 4:
        return new SetDeploymentFieldCommand(&m_document, env, component,
                                             DeploymentField::MemoryLimit,
                                             qint64(below(64)) * 64 * Core::Quantity::Mi);
    case 5:
        return new SetDeploymentFieldCommand(
            &m_document, env, component, DeploymentField::Autoscaling,
            Core::Autoscaling {chance(80), below(4), below(12), below(100), 0});
    case 6:
        return new SetDeploymentFieldCommand(
            &m_document, env, component, DeploymentField::Exposure,
            Core::Exposure {chance(70), chance(50) ? QStringLiteral("x.example.com") : QString(),
                            chance(50) ? QStringLiteral("/api") : QString(), chance(50)});
    case 7:
        return new SetDeploymentFieldCommand(&m_document, env, component,
                                             DeploymentField::EnvOverrides, variables());
    default: {
        QHash<QString, QPointF> positions;
        for (int i = 0, n = 1 + below(3); i < n; ++i)
            positions.insert(deployedIn(env), QPointF(below(4000) * 0.5, below(400) - 200));
        return new MoveNodesCommand(&m_document, env, positions);
    }
    }
}

DocumentCommand *RandomCommands::connectionCommand()
{
    const auto &connections = m_document.project().connections;
    const QString existing = connections.isEmpty() ? QStringLiteral("a->b")
                                                   : connections[below(int(connections.size()))].id;
    switch (below(3)) {
    case 0:
        return new AddConnectionCommand(
            &m_document, {componentId(), componentId(), text(), chance(30) ? 1 + below(65535) : 0});
    case 1:
        return new RemoveConnectionCommand(&m_document, existing);
    default: {
        const Core::Connection *c = m_document.project().connection(existing);
        Core::Connection changed = c ? *c : Core::Connection {.id = existing};
        changed.label = text();
        return new SetConnectionCommand(&m_document, changed);
    }
    }
}

DocumentCommand *RandomCommands::groupCommand()
{
    const auto &groups = m_document.project().groups;
    const QString group
        = groups.isEmpty() ? QStringLiteral("nogroup") : groups[below(int(groups.size()))].id;
    switch (below(4)) {
    case 0:
        return new CreateGroupCommand(
            &m_document,
            {Core::Edit::uniqueGroupId(m_document.project(), QStringLiteral("group")),
             text(),
             {componentId()}});
    case 1:
        return new RemoveGroupCommand(&m_document, group);
    case 2:
        return new RenameGroupCommand(&m_document, group, text());
    default:
        return new ChangeGroupMembersCommand(&m_document, group, {componentId()}, {componentId()});
    }
}

DocumentCommand *RandomCommands::environmentCommand()
{
    const Core::Project &p = m_document.project();
    const QString env = environmentId();
    switch (below(7)) {
    case 0:
        return new AddEnvironmentCommand(
            &m_document, {.id = Core::Edit::uniqueEnvironmentId(p, QStringLiteral("qa"))},
            below(int(p.environments.size()) + 1));
    case 1:
        return new DuplicateEnvironmentCommand(&m_document, env,
                                               Core::Edit::uniqueEnvironmentId(p, env), text());
    case 2:
        return p.environments.size() > 1 ? new RemoveEnvironmentCommand(&m_document, env)
                                         : environmentCommand();
    case 3:
        return new RenameEnvironmentCommand(
            &m_document, env,
            Core::Edit::uniqueEnvironmentId(p, QStringLiteral("env-%1").arg(++m_counter)));
    case 4:
        return new MoveEnvironmentCommand(&m_document, env, below(int(p.environments.size())));
    case 5: {
        Core::Environment settings
            = p.environments.isEmpty() ? Core::Environment {.id = env} : *p.environment(env);
        settings.platform = Core::Platform(below(3));
        settings.region = chance(50) ? QStringLiteral("us-east-1") : QString();
        settings.budget.monthlyCost = below(3) * 250.5;
        settings.usage.logRetentionDays = below(60);
        settings.label = text();
        return new SetEnvironmentSettingsCommand(&m_document, settings);
    }
    default: {
        Core::Edit::ProjectSettings settings = Core::Edit::projectSettings(p);
        settings.title = text();
        settings.description = text();
        return new SetProjectSettingsCommand(&m_document, settings);
    }
    }
}
