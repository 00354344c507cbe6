#include "core/io/projectwriter.h"

#include "core/io/yamlwriter.h"
#include "core/model/connectionids.h"
#include "core/model/quantity.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Stackdraft::Core {
namespace {

using Context = YamlWriter::Context;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString flowText(const QString &text)
{
    return YamlWriter::scalar(text, Context::Flow);
}

QString envValue(const EnvVar &var)
{
    switch (var.kind) {
    case EnvVar::Kind::Literal:
        return YamlWriter::scalar(var.value);
    case EnvVar::Kind::Reference: {
        YamlWriter::Entries entries {{key("from"), flowText(var.component)}};
        if (!var.part.isEmpty())
            entries.append({key("part"), flowText(var.part)});
        return YamlWriter::flowMap(entries);
    }
    case EnvVar::Kind::Secret:
        return YamlWriter::flowMap({{key("secret"), flowText(var.secret)}});
    }
    return {};
}

void writeEnv(YamlWriter &w, int indent, const QList<EnvVar> &env)
{
    if (env.isEmpty())
        return;
    w.open(indent, key("env"));
    for (const EnvVar &var : env) {
        if (var.kind == EnvVar::Kind::Literal)
            w.text(indent + 2, var.name, var.value);
        else
            w.raw(indent + 2, var.name, envValue(var));
    }
}

void writeCommand(YamlWriter &w, int indent, const QStringList &command, const QStringList &args)
{
    if (!command.isEmpty())
        w.raw(indent, key("command"), YamlWriter::textList(command));
    if (!args.isEmpty())
        w.raw(indent, key("args"), YamlWriter::textList(args));
}

QString portText(const Port &port)
{
    if (port.published == 0 && port.name.isEmpty() && port.protocol == QLatin1String("TCP"))
        return QString::number(port.container);
    YamlWriter::Entries entries {{key("container"), QString::number(port.container)}};
    if (port.published != 0)
        entries.append({key("published"), QString::number(port.published)});
    if (!port.name.isEmpty())
        entries.append({key("name"), flowText(port.name)});
    if (port.protocol != QLatin1String("TCP"))
        entries.append({key("protocol"), flowText(port.protocol)});
    return YamlWriter::flowMap(entries);
}

void writeComponent(YamlWriter &w, const Component &c)
{
    w.open(2, c.id);
    w.text(4, key("type"), c.type);
    if (!c.label.isEmpty())
        w.text(4, key("label"), c.label);
    if (!c.description.isEmpty())
        w.text(4, key("description"), c.description);
    if (!c.image.isEmpty())
        w.text(4, key("image"), c.image);
    if (!c.build.isEmpty())
        w.text(4, key("build"), c.build);
    writeCommand(w, 4, c.command, c.args);
    if (!c.ports.isEmpty()) {
        w.open(4, key("ports"));
        for (const Port &port : c.ports)
            w.item(6, portText(port));
    }
    writeEnv(w, 4, c.env);
    if (!c.properties.isEmpty()) {
        w.open(4, key("properties"));
        for (auto it = c.properties.cbegin(); it != c.properties.cend(); ++it)
            w.text(6, it.key(), it.value());
    }
    if (!c.files.isEmpty()) {
        w.open(4, key("files"));
        for (const MountedFile &file : c.files) {
            w.item(6, key("path: ") + YamlWriter::scalar(file.path));
            if (file.isInline())
                w.text(8, key("content"), QString::fromUtf8(file.content));
            else
                w.text(8, key("source"), file.source);
        }
    }
}

// `derivedId`: the id the reader gives this connection when the file states none.
void writeConnection(YamlWriter &w, const Connection &c, const QString &derivedId)
{
    YamlWriter::Entries entries;
    if (!c.id.isEmpty() && c.id != derivedId)
        entries.append({key("id"), flowText(c.id)});
    entries.append({key("from"), flowText(c.from)});
    entries.append({key("to"), flowText(c.to)});
    if (!c.label.isEmpty())
        entries.append({key("label"), flowText(c.label)});
    if (c.port != 0)
        entries.append({key("port"), QString::number(c.port)});
    w.item(2, YamlWriter::flowMap(entries));
}

void writeGroup(YamlWriter &w, const Group &g)
{
    w.item(2, key("id: ") + YamlWriter::scalar(g.id));
    if (!g.label.isEmpty())
        w.text(4, key("label"), g.label);
    if (!g.members.isEmpty())
        w.raw(4, key("members"), YamlWriter::textList(g.members));
}

void writeDeployment(YamlWriter &w, const Deployment &d)
{
    if (d == Deployment {.component = d.component}) {
        w.raw(6, d.component, QStringLiteral("{}"));
        return;
    }
    w.open(6, d.component);
    constexpr int in = 8;
    if (d.replicas != 1)
        w.raw(in, key("replicas"), QString::number(d.replicas));
    if (d.resources.cpuRequest)
        w.raw(in, key("cpu"), Quantity::formatCpu(d.resources.cpuRequest));
    if (d.resources.cpuLimit)
        w.raw(in, key("cpuLimit"), Quantity::formatCpu(d.resources.cpuLimit));
    if (d.resources.memoryRequest)
        w.raw(in, key("memory"), Quantity::formatMemory(d.resources.memoryRequest));
    if (d.resources.memoryLimit)
        w.raw(in, key("memoryLimit"), Quantity::formatMemory(d.resources.memoryLimit));
    if (d.autoscaling != Autoscaling {}) {
        const Autoscaling &a = d.autoscaling;
        YamlWriter::Entries entries;
        if (!a.enabled)
            entries.append({key("enabled"), boolText(false)});
        entries.append({key("min"), QString::number(a.minReplicas)});
        entries.append({key("max"), QString::number(a.maxReplicas)});
        if (a.cpuTargetPercent)
            entries.append({key("cpu"), QString::number(a.cpuTargetPercent)});
        if (a.memoryTargetPercent)
            entries.append({key("memory"), QString::number(a.memoryTargetPercent)});
        if (a.queue != QueueTrigger {})
            entries.append({key("queue"),
                            YamlWriter::flowMap({{key("from"), flowText(a.queue.from)},
                                                 {key("name"), flowText(a.queue.name)},
                                                 {key("messagesPerReplica"),
                                                  QString::number(a.queue.messagesPerReplica)}})});
        w.raw(in, key("autoscaling"), YamlWriter::flowMap(entries));
    }
    if (d.storage)
        w.raw(in, key("storage"), Quantity::formatMemory(d.storage));
    if (d.mode != DeploymentMode::Single)
        w.raw(in, key("mode"), deploymentModeId(d.mode));
    if (!d.backupPolicy.isDefault()) {
        // A stated policy: a flow map, `enabled: false` first when switched off.
        const BackupPolicy &b = d.backupPolicy;
        YamlWriter::Entries entries;
        if (!d.backup)
            entries.append({key("enabled"), boolText(false)});
        if (!b.schedule.isEmpty())
            entries.append({key("schedule"), flowText(b.schedule)});
        if (b.retentionDays)
            entries.append({key("retention"), QString::number(b.retentionDays) + u'd'});
        w.raw(in, key("backup"), YamlWriter::flowMap(entries));
    } else if (d.backup) {
        w.raw(in, key("backup"), boolText(true));
    }
    if (d.exposure != Exposure {}) {
        const Exposure &e = d.exposure;
        YamlWriter::Entries entries;
        if (!e.isPublic)
            entries.append({key("public"), boolText(false)});
        if (!e.host.isEmpty())
            entries.append({key("host"), flowText(e.host)});
        if (!e.path.isEmpty())
            entries.append({key("path"), flowText(e.path)});
        if (e.tls)
            entries.append({key("tls"), boolText(true)});
        if (entries.isEmpty()) // public with nothing else: say so, an empty map
                               // would be cryptic
            entries.append({key("public"), boolText(true)});
        w.raw(in, key("expose"), YamlWriter::flowMap(entries));
    }
    writeCommand(w, in, d.command, d.args);
    writeEnv(w, in, d.envOverrides);
    if (!d.position.isNull())
        w.raw(in, key("position"),
              YamlWriter::flowList(
                  {YamlWriter::number(d.position.x()), YamlWriter::number(d.position.y())}));
}

void writeEnvironment(YamlWriter &w, const Environment &env)
{
    w.item(2, key("id: ") + YamlWriter::scalar(env.id));
    constexpr int in = 4;
    if (!env.label.isEmpty())
        w.text(in, key("label"), env.label);
    if (!env.purpose.isEmpty())
        w.text(in, key("purpose"), env.purpose);
    if (!env.security.isEmpty())
        w.text(in, key("security"), env.security);
    // Always written, although compose is the default: the platform is what a
    // reader looks for first.
    w.raw(in, key("platform"), platformId(env.platform));
    if (!env.region.isEmpty())
        w.text(in, key("region"), env.region);
    if (!env.priceBook.isEmpty())
        w.text(in, key("priceBook"), env.priceBook);
    if (!env.namespaceName.isEmpty())
        w.text(in, key("namespace"), env.namespaceName);
    if (!env.networkCidr.isEmpty())
        w.text(in, key("networkCidr"), env.networkCidr);
    if (env.privateSubnets)
        w.raw(in, key("privateSubnets"), boolText(true));
    if (env.budget != Budget {}) {
        YamlWriter::Entries entries;
        if (env.budget.cpu)
            entries.append({key("cpu"), Quantity::formatCpu(env.budget.cpu)});
        if (env.budget.memory)
            entries.append({key("memory"), Quantity::formatMemory(env.budget.memory)});
        if (env.budget.monthlyCost != 0)
            entries.append({key("monthlyCost"), YamlWriter::number(env.budget.monthlyCost)});
        w.raw(in, key("budget"), YamlWriter::flowMap(entries));
    }
    // Usage assumptions are a set the architect states together: when any differs from the
    // defaults, all are written, so the file shows every number the cost estimate rests on.
    if (env.usage != UsageAssumptions {}) {
        const UsageAssumptions &u = env.usage;
        w.open(in, key("usage"));
        w.raw(in + 2, key("dataTransferOutGb"), YamlWriter::number(u.dataTransferOutGb));
        w.raw(in + 2, key("logIngestionGb"), YamlWriter::number(u.logIngestionGb));
        w.raw(in + 2, key("logRetentionDays"), QString::number(u.logRetentionDays));
        w.raw(in + 2, key("loadBalancerCapacityUnits"),
              YamlWriter::number(u.loadBalancerCapacityUnits));
        w.raw(in + 2, key("imageStorageGb"), YamlWriter::number(u.imageStorageGb));
        w.raw(in + 2, key("objectStorageGb"), YamlWriter::number(u.objectStorageGb));
    }
    if (!env.deployments.isEmpty()) {
        w.open(in, key("deployments"));
        for (const Deployment &d : env.deployments)
            writeDeployment(w, d);
    }
}

} // namespace

QByteArray ProjectWriter::toBytes(const Project &project)
{
    YamlWriter w;
    w.raw(0, key("stackdraft"), QString::number(Project::SchemaVersion));
    w.text(0, key("name"), project.name);
    if (!project.title.isEmpty())
        w.text(0, key("title"), project.title);
    if (!project.description.isEmpty())
        w.text(0, key("description"), project.description);
    if (project.currency != CurrencySettings {}) {
        w.open(0, key("currency"));
        if (!project.currency.display.isEmpty())
            w.text(2, key("display"), project.currency.display);
        if (project.currency.rate != 0)
            w.raw(2, key("rate"), YamlWriter::number(project.currency.rate));
    }
    if (project.output != OutputSettings {}) {
        w.open(0, key("output"));
        if (!project.output.repository.isEmpty())
            w.text(2, key("repository"), project.output.repository);
        if (!project.output.directories.isEmpty())
            w.raw(2, key("directories"), YamlWriter::textList(project.output.directories));
    }
    if (!project.disabledRules.isEmpty())
        w.raw(0, key("disabledRules"), YamlWriter::textList(project.disabledRules));
    if (!project.components.isEmpty()) {
        w.blankLine();
        w.open(0, key("components"));
        for (const Component &c : project.components)
            writeComponent(w, c);
    }
    if (!project.connections.isEmpty()) {
        w.blankLine();
        w.open(0, key("connections"));
        const QStringList derivedIds = ConnectionIds::derived(project.connections);
        for (qsizetype i = 0; i < project.connections.size(); ++i)
            writeConnection(w, project.connections[i], derivedIds[i]);
    }
    if (!project.groups.isEmpty()) {
        w.blankLine();
        w.open(0, key("groups"));
        for (const Group &g : project.groups)
            writeGroup(w, g);
    }
    if (!project.environments.isEmpty()) {
        w.blankLine();
        w.open(0, key("environments"));
        for (qsizetype i = 0; i < project.environments.size(); ++i) {
            if (i > 0)
                w.blankLine();
            writeEnvironment(w, project.environments[i]);
        }
    }
    return w.bytes();
}

Status ProjectWriter::writeFile(const Project &project, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {QCoreApplication::translate("ProjectWriter", "cannot write the file: %1")
                          .arg(file.errorString()),
                      path,
                      0,
                      0,
                      {}};
    }
    const QByteArray bytes = toBytes(project);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error {QCoreApplication::translate("ProjectWriter", "cannot save the file: %1")
                          .arg(file.errorString()),
                      path,
                      0,
                      0,
                      {}};
    }
    return success();
}

} // namespace Stackdraft::Core
