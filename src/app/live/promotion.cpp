#include "app/live/promotion.h"

#include "core/model/project.h"
#include "core/model/quantity.h"

#include <QHash>

namespace Stackdraft::App {
namespace {

using Core::Deployment;

QString resourcesText(const Core::Resources &r)
{
    auto pair = [](qint64 request, qint64 limit, QString (*format)(qint64)) {
        if (!request && !limit)
            return Promotion::tr("default");
        return Promotion::tr("%1 / %2").arg(request ? format(request) : QStringLiteral("—"),
                                            limit ? format(limit) : QStringLiteral("—"));
    };
    return Promotion::tr("CPU %1, memory %2")
        .arg(pair(r.cpuRequest, r.cpuLimit, &Core::Quantity::formatCpu),
             pair(r.memoryRequest, r.memoryLimit, &Core::Quantity::formatMemory));
}

QString autoscalingText(const Core::Autoscaling &a)
{
    if (!a.enabled)
        return Promotion::tr("off");
    return Promotion::tr("%1–%2 replicas, CPU %3 %, memory %4 %")
        .arg(a.minReplicas)
        .arg(a.maxReplicas)
        .arg(a.cpuTargetPercent)
        .arg(a.memoryTargetPercent);
}

QString exposureText(const Core::Exposure &e)
{
    if (!e.isPublic)
        return Promotion::tr("private");
    return Promotion::tr("public %1%2%3")
        .arg(e.host, e.path, e.tls ? Promotion::tr(" (TLS)") : QString());
}

QString overridesText(const QList<Core::EnvVar> &vars)
{
    QStringList names;
    for (const Core::EnvVar &var : vars)
        names << var.name;
    return names.isEmpty() ? Promotion::tr("none") : names.join(QLatin1String(", "));
}

// "gunicorn --workers 4": what the deployment itself runs; the component's when it says nothing.
QString commandText(const Deployment &d)
{
    const QStringList words = d.command + d.args;
    return words.isEmpty() ? Promotion::tr("the component's") : words.join(QLatin1Char(' '));
}

QString yesNo(bool value)
{
    return value ? Promotion::tr("yes") : Promotion::tr("no");
}

QString deploymentText(const Deployment &d)
{
    return Promotion::tr("%n replica(s), %1", nullptr, d.replicas).arg(resourcesText(d.resources));
}

// Copies one aspect of `from` onto `to`.
void carry(Promotion::Aspect aspect, const Deployment &from, Deployment &to)
{
    switch (aspect) {
    case Promotion::Aspect::Replicas:
        to.replicas = from.replicas;
        break;
    case Promotion::Aspect::Resources:
        to.resources = from.resources;
        break;
    case Promotion::Aspect::Autoscaling:
        to.autoscaling = from.autoscaling;
        break;
    case Promotion::Aspect::Storage:
        to.storage = from.storage;
        break;
    case Promotion::Aspect::Mode:
        to.mode = from.mode;
        break;
    case Promotion::Aspect::Backup:
        to.backup = from.backup;
        to.backupPolicy = from.backupPolicy;
        break;
    case Promotion::Aspect::Exposure:
        to.exposure = from.exposure;
        break;
    case Promotion::Aspect::Command:
        to.command = from.command;
        to.args = from.args;
        break;
    case Promotion::Aspect::EnvOverrides:
        to.envOverrides = from.envOverrides;
        break;
    case Promotion::Aspect::Deploy:
    case Promotion::Aspect::Undeploy:
        break;
    }
}

} // namespace

QString Promotion::aspectName(Aspect aspect)
{
    switch (aspect) {
    case Aspect::Deploy:
        return tr("Deploy");
    case Aspect::Undeploy:
        return tr("Remove");
    case Aspect::Replicas:
        return tr("Replicas");
    case Aspect::Resources:
        return tr("Resources");
    case Aspect::Autoscaling:
        return tr("Autoscaling");
    case Aspect::Storage:
        return tr("Storage");
    case Aspect::Mode:
        return tr("Mode");
    case Aspect::Backup:
        return tr("Backup");
    case Aspect::Exposure:
        return tr("Exposure");
    case Aspect::Command:
        return tr("Command");
    case Aspect::EnvOverrides:
        return tr("Variable overrides");
    }
    return {};
}

QList<Promotion::Difference> Promotion::differences(const Core::Project &project,
                                                    const QString &sourceId,
                                                    const QString &targetId)
{
    QList<Difference> out;
    const Core::Environment *source = project.environment(sourceId);
    const Core::Environment *target = project.environment(targetId);
    if (!source || !target || source == target)
        return out;
    for (const Core::Component &component : project.components) {
        const Deployment *from = source->deployment(component.id);
        const Deployment *to = target->deployment(component.id);
        if (!from && !to)
            continue;
        if (from && !to) {
            out.append({component.id, Aspect::Deploy, deploymentText(*from), tr("not deployed")});
            continue;
        }
        if (!from) {
            out.append({component.id, Aspect::Undeploy, tr("not deployed"), deploymentText(*to)});
            continue;
        }
        auto add = [&](Aspect aspect, bool differ, const QString &a, const QString &b) {
            if (differ)
                out.append({component.id, aspect, a, b});
        };
        add(Aspect::Replicas, from->replicas != to->replicas, QString::number(from->replicas),
            QString::number(to->replicas));
        add(Aspect::Resources, from->resources != to->resources, resourcesText(from->resources),
            resourcesText(to->resources));
        add(Aspect::Autoscaling, from->autoscaling != to->autoscaling,
            autoscalingText(from->autoscaling), autoscalingText(to->autoscaling));
        add(Aspect::Storage, from->storage != to->storage,
            Core::Quantity::formatMemory(from->storage), Core::Quantity::formatMemory(to->storage));
        add(Aspect::Mode, from->mode != to->mode, Core::deploymentModeId(from->mode),
            Core::deploymentModeId(to->mode));
        add(Aspect::Backup, from->backup != to->backup || from->backupPolicy != to->backupPolicy,
            yesNo(from->backup), yesNo(to->backup));
        add(Aspect::Exposure, from->exposure != to->exposure, exposureText(from->exposure),
            exposureText(to->exposure));
        add(Aspect::Command, from->command != to->command || from->args != to->args,
            commandText(*from), commandText(*to));
        add(Aspect::EnvOverrides, from->envOverrides != to->envOverrides,
            overridesText(from->envOverrides), overridesText(to->envOverrides));
    }
    return out;
}

QList<Promotion::Change> Promotion::changes(const Core::Project &project, const QString &sourceId,
                                            const QString &targetId,
                                            const QList<Difference> &chosen)
{
    const Core::Environment *source = project.environment(sourceId);
    const Core::Environment *target = project.environment(targetId);
    QList<Change> out;
    if (!source || !target)
        return out;
    QHash<QString, QList<Aspect>> wanted;
    for (const Difference &difference : chosen)
        wanted[difference.component].append(difference.aspect);
    for (const Core::Component &component : project.components) {
        const auto it = wanted.constFind(component.id);
        if (it == wanted.cend())
            continue;
        const Deployment *from = source->deployment(component.id);
        const Deployment *to = target->deployment(component.id);
        if (to && it->contains(Aspect::Undeploy)) {
            out.append({Change::Kind::Undeploy, Deployment {.component = component.id}});
        } else if (!to && from && it->contains(Aspect::Deploy)) {
            out.append({Change::Kind::Deploy, *from});
        } else if (to && from) {
            Deployment updated = *to;
            for (Aspect aspect : *it)
                carry(aspect, *from, updated);
            if (updated != *to)
                out.append({Change::Kind::Update, updated});
        }
    }
    return out;
}

} // namespace Stackdraft::App
