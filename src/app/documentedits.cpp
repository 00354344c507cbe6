#include "app/documentedits.h"

#include "app/componenttemplate.h"
#include "core/catalog/catalog.h"
#include "document/commands/addcomponentcommand.h"
#include "document/commands/addenvironmentcommand.h"
#include "document/commands/deploycommand.h"
#include "document/commands/duplicateenvironmentcommand.h"
#include "document/commands/macrocommand.h"
#include "document/commands/moveenvironmentcommand.h"
#include "document/commands/removeenvironmentcommand.h"
#include "document/commands/renamecomponentcommand.h"
#include "document/commands/renameenvironmentcommand.h"
#include "document/commands/renamegroupcommand.h"
#include "document/commands/setbackuppolicycommand.h"
#include "document/commands/setcomponentcommandlinecommand.h"
#include "document/commands/setcomponentfieldcommand.h"
#include "document/commands/setconnectioncommand.h"
#include "document/commands/setdeploymentcommandlinecommand.h"
#include "document/commands/setdeploymentfieldcommand.h"
#include "document/commands/setenvironmentsettingscommand.h"
#include "document/commands/setmountedfilescommand.h"
#include "document/projectdocument.h"

#include <QCoreApplication>

#include <optional>

namespace Stackdraft::App::DocumentEdits {
namespace {

using Core::Edit::ComponentField;
using Core::Edit::DeploymentField;

std::optional<ComponentField> componentField(const QString &name)
{
    static const QHash<QString, ComponentField> fields {
        {QStringLiteral("label"), ComponentField::Label},
        {QStringLiteral("type"), ComponentField::Type},
        {QStringLiteral("description"), ComponentField::Description},
        {QStringLiteral("image"), ComponentField::Image},
        {QStringLiteral("build"), ComponentField::Build},
        {QStringLiteral("ports"), ComponentField::Ports},
        {QStringLiteral("env"), ComponentField::Env},
        {QStringLiteral("properties"), ComponentField::Properties},
    };
    const auto found = fields.constFind(name);
    return found == fields.cend() ? std::nullopt : std::optional(*found);
}

// The inspector's finer field names ("minReplicas", "host") map onto the document's fields
// (Autoscaling, Exposure): an edit of either sets the whole value.
std::optional<DeploymentField> deploymentField(const QString &name)
{
    static const QHash<QString, DeploymentField> fields {
        {QStringLiteral("replicas"), DeploymentField::Replicas},
        {QStringLiteral("cpuRequest"), DeploymentField::CpuRequest},
        {QStringLiteral("cpuLimit"), DeploymentField::CpuLimit},
        {QStringLiteral("memoryRequest"), DeploymentField::MemoryRequest},
        {QStringLiteral("memoryLimit"), DeploymentField::MemoryLimit},
        {QStringLiteral("storage"), DeploymentField::Storage},
        {QStringLiteral("autoscaling"), DeploymentField::Autoscaling},
        {QStringLiteral("minReplicas"), DeploymentField::Autoscaling},
        {QStringLiteral("maxReplicas"), DeploymentField::Autoscaling},
        {QStringLiteral("cpuTarget"), DeploymentField::Autoscaling},
        {QStringLiteral("memoryTarget"), DeploymentField::Autoscaling},
        {QStringLiteral("queue"), DeploymentField::Autoscaling},
        {QStringLiteral("queueFrom"), DeploymentField::Autoscaling},
        {QStringLiteral("queueName"), DeploymentField::Autoscaling},
        {QStringLiteral("messagesPerReplica"), DeploymentField::Autoscaling},
        {QStringLiteral("mode"), DeploymentField::Mode},
        {QStringLiteral("public"), DeploymentField::Exposure},
        {QStringLiteral("host"), DeploymentField::Exposure},
        {QStringLiteral("path"), DeploymentField::Exposure},
        {QStringLiteral("tls"), DeploymentField::Exposure},
        {QStringLiteral("env"), DeploymentField::EnvOverrides},
    };
    const auto found = fields.constFind(name);
    return found == fields.cend() ? std::nullopt : std::optional(*found);
}

Core::Error unknownField(const QString &field)
{
    return Core::Error {QStringLiteral("no editable field '%1'").arg(field)};
}

// The command that sets `field` of `component` to its value there; nullptr for no such field.
Document::DocumentCommand *componentCommand(Document::ProjectDocument &document,
                                            const QString &field, const Core::Component &component)
{
    using Document::CommandLinePart;
    if (field == QLatin1String("command") || field == QLatin1String("args")) {
        const CommandLinePart part
            = field == QLatin1String("command") ? CommandLinePart::Command : CommandLinePart::Args;
        return new Document::SetComponentCommandLineCommand(
            &document, component.id, part, Document::commandLineList(component, part));
    }
    if (field == QLatin1String("files"))
        return new Document::SetMountedFilesCommand(&document, component.id, component.files);
    const std::optional<ComponentField> which = componentField(field);
    if (!which)
        return nullptr;
    return new Document::SetComponentFieldCommand(&document, component.id, *which,
                                                  Core::Edit::componentField(component, *which));
}

// The commands that set `field` of `deployment` to its value there; none for no such field.
// "commandLine" sets both lists (the reset to the component's command).
std::vector<Document::DocumentCommand *> deploymentCommands(Document::ProjectDocument &document,
                                                            const QString &environmentId,
                                                            const QString &field,
                                                            const Core::Deployment &deployment)
{
    using Document::CommandLinePart;
    using Document::SetBackupPolicyCommand;
    auto commandLine = [&](CommandLinePart part) -> Document::DocumentCommand * {
        return new Document::SetDeploymentCommandLineCommand(
            &document, environmentId, deployment.component, part,
            Document::commandLineList(deployment, part));
    };
    if (field == QLatin1String("command"))
        return {commandLine(CommandLinePart::Command)};
    if (field == QLatin1String("args"))
        return {commandLine(CommandLinePart::Args)};
    if (field == QLatin1String("commandLine"))
        return {commandLine(CommandLinePart::Command), commandLine(CommandLinePart::Args)};
    static const QHash<QString, SetBackupPolicyCommand::Part> backupParts {
        {QStringLiteral("backup"), SetBackupPolicyCommand::Part::Switch},
        {QStringLiteral("backupSchedule"), SetBackupPolicyCommand::Part::Schedule},
        {QStringLiteral("backupRetention"), SetBackupPolicyCommand::Part::Retention},
    };
    if (const auto part = backupParts.constFind(field); part != backupParts.cend())
        return {new SetBackupPolicyCommand(&document, environmentId, deployment.component, *part,
                                           deployment.backup, deployment.backupPolicy)};
    const std::optional<DeploymentField> which = deploymentField(field);
    if (!which)
        return {};
    return {new Document::SetDeploymentFieldCommand(
        &document, environmentId, deployment.component, *which,
        Core::Edit::deploymentField(deployment, *which))};
}

// One command as is (so that it merges with the previous one), several as one macro.
Core::Status pushAll(Document::ProjectDocument &document,
                     std::vector<Document::DocumentCommand *> commands, const QString &text)
{
    if (commands.empty())
        return Core::success();
    if (commands.size() == 1)
        return document.push(commands.front());
    auto *macro = new Document::MacroCommand(&document, text);
    for (Document::DocumentCommand *command : commands)
        macro->add(command);
    return document.push(macro);
}

Core::Deployment defaultDeployment(const Document::ProjectDocument &document,
                                   const QString &componentId, QPointF position)
{
    const Core::Component *component = document.project().component(componentId);
    const ComponentTemplate made = ComponentTemplate::fromType(
        document.catalog(), document.project(), component ? component->type : QString(), position);
    Core::Deployment deployment = made.deployment;
    deployment.component = componentId;
    return deployment;
}

} // namespace

Core::Result<QString> addComponentFromType(Document::ProjectDocument &document,
                                           const QString &environmentId, const QString &typeId,
                                           QPointF position)
{
    if (!document.catalog().contains(typeId))
        return Core::Error {
            QCoreApplication::translate("DocumentEdits", "The catalog has no component type %1.")
                .arg(typeId)};
    const ComponentTemplate made
        = ComponentTemplate::fromType(document.catalog(), document.project(), typeId, position);
    const Core::Status done = document.push(new Document::AddComponentCommand(
        &document, made.component, environmentId, made.deployment));
    if (!done)
        return done.error();
    return made.component.id;
}

Core::Status deployComponent(Document::ProjectDocument &document, const QString &environmentId,
                             const QString &componentId, QPointF position)
{
    return deployComponents(document, environmentId, {componentId}, position);
}

Core::Status deployComponents(Document::ProjectDocument &document, const QString &environmentId,
                              const QStringList &componentIds, QPointF position)
{
    std::vector<Document::DocumentCommand *> commands;
    // Several at once go side by side, so that none hides another.
    QPointF at = position;
    for (const QString &id : componentIds) {
        commands.push_back(new Document::DeployCommand(&document, environmentId,
                                                       defaultDeployment(document, id, at)));
        at += QPointF(260, 0);
    }
    return pushAll(document, commands,
                   QCoreApplication::translate("DocumentEdits", "Deploy %n components", nullptr,
                                               int(componentIds.size())));
}

Core::Status setComponents(Document::ProjectDocument &document, const QString &field,
                           const QList<Core::Component> &components)
{
    std::vector<Document::DocumentCommand *> commands;
    for (const Core::Component &component : components) {
        Document::DocumentCommand *command = componentCommand(document, field, component);
        if (!command) {
            qDeleteAll(commands);
            return unknownField(field);
        }
        commands.push_back(command);
    }
    return pushAll(document, commands,
                   QCoreApplication::translate("DocumentEdits", "Change %n components", nullptr,
                                               int(components.size())));
}

Core::Status setDeployments(Document::ProjectDocument &document, const QString &environmentId,
                            const QString &field, const QList<Core::Deployment> &deployments)
{
    std::vector<Document::DocumentCommand *> commands;
    for (const Core::Deployment &deployment : deployments) {
        const std::vector<Document::DocumentCommand *> made
            = deploymentCommands(document, environmentId, field, deployment);
        if (made.empty()) {
            qDeleteAll(commands);
            return unknownField(field);
        }
        commands.insert(commands.end(), made.begin(), made.end());
    }
    QStringList ids;
    for (const Core::Deployment &deployment : deployments)
        ids << deployment.component;
    return pushAll(
        document, commands,
        field == QLatin1String("commandLine")
            ? QCoreApplication::translate("DocumentEdits", "Reset the command of %1 in %2")
                  .arg(ids.join(QStringLiteral(", ")), environmentId)
            : QCoreApplication::translate("DocumentEdits", "Change %n deployments", nullptr,
                                          int(deployments.size())));
}

Core::Status renameComponent(Document::ProjectDocument &document, const QString &oldId,
                             const QString &newId)
{
    return document.push(new Document::RenameComponentCommand(&document, oldId, newId));
}

Core::Status setConnection(Document::ProjectDocument &document, const QString &,
                           const Core::Connection &connection)
{
    return document.push(new Document::SetConnectionCommand(&document, connection));
}

Core::Status setGroupLabel(Document::ProjectDocument &document, const QString &groupId,
                           const QString &label)
{
    return document.push(new Document::RenameGroupCommand(&document, groupId, label));
}

Core::Status addEnvironment(Document::ProjectDocument &document,
                            const Core::Environment &environment)
{
    return document.push(new Document::AddEnvironmentCommand(&document, environment));
}

Core::Status duplicateEnvironment(Document::ProjectDocument &document, const QString &sourceId,
                                  const QString &newId, const QString &label)
{
    return document.push(
        new Document::DuplicateEnvironmentCommand(&document, sourceId, newId, label));
}

Core::Status renameEnvironment(Document::ProjectDocument &document, const QString &id,
                               const QString &newId, const QString &label)
{
    const Core::Environment *environment = document.project().environment(id);
    if (!environment)
        return Core::Error {
            QCoreApplication::translate("DocumentEdits", "There is no environment %1.").arg(id)};
    std::vector<Document::DocumentCommand *> commands;
    if (newId != id)
        commands.push_back(new Document::RenameEnvironmentCommand(&document, id, newId));
    if (label != environment->label) {
        Core::Environment settings = *environment;
        settings.id = newId;
        settings.label = label;
        settings.deployments.clear();
        commands.push_back(new Document::SetEnvironmentSettingsCommand(&document, settings));
    }
    return pushAll(document, commands,
                   QCoreApplication::translate("DocumentEdits", "Rename environment"));
}

Core::Status moveEnvironment(Document::ProjectDocument &document, int from, int to)
{
    const QList<Core::Environment> &environments = document.project().environments;
    if (from < 0 || from >= environments.size() || to < 0 || to >= environments.size())
        return Core::Error {
            QCoreApplication::translate("DocumentEdits", "No environment at that place.")};
    return document.push(
        new Document::MoveEnvironmentCommand(&document, environments.at(from).id, to));
}

Core::Status removeEnvironment(Document::ProjectDocument &document, const QString &id)
{
    return document.push(new Document::RemoveEnvironmentCommand(&document, id));
}

Core::Status setEnvironmentSettings(Document::ProjectDocument &document,
                                    const Core::Environment &environment)
{
    return document.push(new Document::SetEnvironmentSettingsCommand(&document, environment));
}

} // namespace Stackdraft::App::DocumentEdits
