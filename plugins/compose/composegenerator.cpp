#include "composegenerator.h"

#include "core/catalog/catalog.h"
#include "core/export/envresolver.h"
#include "core/export/exportnaming.h"
#include "core/export/generatedtext.h"
#include "core/export/mountedfiles.h"
#include "core/export/replicationplan.h"
#include "core/export/yamltree.h"
#include "core/model/naming.h"
#include "core/model/project.h"
#include "core/model/quantity.h"

#include <QCoreApplication>
#include <QDir>

namespace Stackdraft::Plugins {

using namespace Stackdraft::Core;

namespace {

// Compose interpolates "$" in every value; a literal dollar is written "$$".
QString escapeDollars(const QString &text)
{
    QString out = text;
    return out.replace(QLatin1Char('$'), QLatin1String("$$"));
}

QString secretReference(const QString &secret)
{
    return QStringLiteral("${%1}").arg(ExportNaming::secretEnvName(secret));
}

// Compose memory: bytes with a b/k/m/g suffix (binary units).
QString composeMemory(qint64 bytes)
{
    if (bytes % Quantity::Gi == 0)
        return QString::number(bytes / Quantity::Gi) + QLatin1Char('G');
    if (bytes % Quantity::Mi == 0)
        return QString::number(bytes / Quantity::Mi) + QLatin1Char('M');
    if (bytes % Quantity::Ki == 0)
        return QString::number(bytes / Quantity::Ki) + QLatin1Char('K');
    return QString::number(bytes) + QLatin1Char('b');
}

QString composeCpus(qint64 millicores)
{
    QString text = QString::number(millicores / 1000.0, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

YamlTree resourceBlock(qint64 cpu, qint64 memory)
{
    YamlTree block = YamlTree::map();
    if (cpu > 0)
        block.insert(QStringLiteral("cpus"), composeCpus(cpu));
    if (memory > 0)
        block.insert(QStringLiteral("memory"), composeMemory(memory));
    return block;
}

} // namespace

ComposeGenerator::ComposeGenerator(const Project &project, const Environment &env,
                                   const Catalog &catalog)
    : m_project(project)
    , m_env(env)
    , m_catalog(catalog)
    , m_index(project)
    , m_resolver(m_index, env, catalog)
    , m_workloads(Workload::list(project, env, catalog))
{
    m_workloadOf.reserve(m_workloads.size());
    for (qsizetype i = 0; i < m_workloads.size(); ++i)
        m_workloadOf.insert(m_workloads.at(i).component->id, i);
}

QString ComposeGenerator::directory(const Project &project, const Environment &env)
{
    const auto composeEnvs
        = std::count_if(project.environments.cbegin(), project.environments.cend(),
                        [](const Environment &e) { return e.platform == Platform::Compose; });
    return composeEnvs > 1 ? QStringLiteral("deploy/compose/%1").arg(Naming::toDnsLabel(env.id))
                           : QStringLiteral("deploy/compose");
}

// Build contexts in the model are relative to the output root (where deploy/ is written); compose
// reads them relative to the compose file.
QString ComposeGenerator::buildContext(const QString &build) const
{
    if (QDir::isAbsolutePath(build))
        return build;
    const int depth = directory(m_project, m_env).count(QLatin1Char('/')) + 1;
    QString prefix;
    for (int i = 0; i < depth; ++i)
        prefix += QLatin1String("../");
    return QDir::cleanPath(prefix + build);
}

QStringList ComposeGenerator::healthTest(const Workload &workload) const
{
    const QString tool = workload.component->properties.value(QStringLiteral("healthTool"));
    if (tool == QLatin1String("none"))
        return {};
    // A built image's tools are unknown unless the architect names one.
    if (workload.component->image.isEmpty() && !workload.build.isEmpty() && tool.isEmpty()
        && workload.health.kind == HealthCheck::Kind::Http)
        return {};
    QStringList command = workload.health.containerCommand(workload.image, tool);
    if (command.isEmpty())
        return {};
    if (command.first() != QLatin1String("CMD") && command.first() != QLatin1String("CMD-SHELL"))
        command.prepend(QStringLiteral("CMD"));
    return command;
}

Result<YamlTree> ComposeGenerator::service(const Workload &w) const
{
    const Component &c = *w.component;
    YamlTree s = YamlTree::map();
    if (!w.build.isEmpty()) {
        YamlTree build = YamlTree::map();
        build.insert(QStringLiteral("context"), buildContext(w.build));
        const QString dockerfile = c.properties.value(QStringLiteral("dockerfile"));
        if (!dockerfile.isEmpty())
            build.insert(QStringLiteral("dockerfile"), dockerfile);
        s.insert(QStringLiteral("build"), build);
        if (!c.image.isEmpty())
            s.insert(QStringLiteral("image"), c.image);
    } else if (!w.image.isEmpty()) {
        s.insert(QStringLiteral("image"), w.image);
    } else {
        return Error {
            QCoreApplication::translate(
                "ComposeGenerator",
                "component '%1' has no image, no build context, and its type '%2' has no default "
                "image: set one of them")
                .arg(c.id, c.type),
            {},
            0,
            0,
            QStringLiteral("components.%1.image").arg(c.id)};
    }
    // Compose's `entrypoint` replaces the image's entrypoint and `command` its arguments.
    if (!w.command.isEmpty())
        s.insert(QStringLiteral("entrypoint"), YamlTree::sequence(w.command, escapeDollars));
    if (!w.args.isEmpty())
        s.insert(QStringLiteral("command"), YamlTree::sequence(w.args, escapeDollars));
    s.insert(QStringLiteral("restart"), QStringLiteral("unless-stopped"));

    YamlTree ports = YamlTree::sequence();
    for (const Port &p : w.ports) {
        if (p.published <= 0)
            continue;
        QString text = QStringLiteral("%1:%2").arg(p.published).arg(p.container);
        if (p.protocol.compare(QLatin1String("UDP"), Qt::CaseInsensitive) == 0)
            text += QLatin1String("/udp");
        ports.append(text);
    }
    if (ports.size() > 0)
        s.insert(QStringLiteral("ports"), ports);

    Result<QList<ResolvedEnvVar>> vars = m_resolver.resolve(c);
    if (!vars)
        return vars.error();
    YamlTree environment = YamlTree::map();
    for (const ResolvedEnvVar &v : *vars)
        environment.insert(v.name, v.render(escapeDollars, secretReference));
    for (const ConfigFile &file :
         MountedFiles::of(m_resolver, m_env, m_catalog, w, ServiceConfig::Contents::PathsOnly)) {
        for (const auto &[name, value] : file.env)
            environment.insert(name, escapeDollars(value));
    }
    if (environment.size() > 0)
        s.insert(QStringLiteral("environment"), environment);

    YamlTree dependsOn = YamlTree::map();
    // The connections leaving this service whose other end is a service here too, in model order.
    for (const Connection *conn : m_index.connectionsFrom(c.id)) {
        const qsizetype at = m_workloadOf.value(conn->to, -1);
        if (conn->to == c.id || at < 0)
            continue;
        const Workload *target = &m_workloads.at(at);
        if (dependsOn.value(target->name))
            continue;
        YamlTree condition = YamlTree::map();
        condition.insert(QStringLiteral("condition"),
                         healthTest(*target).isEmpty() ? QStringLiteral("service_started")
                                                       : QStringLiteral("service_healthy"));
        dependsOn.insert(target->name, condition);
    }
    if (dependsOn.size() > 0)
        s.insert(QStringLiteral("depends_on"), dependsOn);

    QStringList mounts;
    if (w.stateful && !w.dataPath.isEmpty())
        mounts << ExportNaming::volumeName(c) + QLatin1Char(':') + w.dataPath;
    for (const ConfigFile &file :
         MountedFiles::of(m_resolver, m_env, m_catalog, w, ServiceConfig::Contents::PathsOnly))
        mounts << QStringLiteral("./%1:%2:ro").arg(configFilePath(w, file), file.mountPath);
    if (!mounts.isEmpty())
        s.insert(QStringLiteral("volumes"), YamlTree::sequence(mounts));

    const QStringList test = healthTest(w);
    if (!test.isEmpty()) {
        YamlTree health = YamlTree::map();
        health.insert(QStringLiteral("test"), YamlTree::sequence(test));
        health.insert(QStringLiteral("interval"), QStringLiteral("10s"));
        health.insert(QStringLiteral("timeout"), QStringLiteral("5s"));
        health.insert(QStringLiteral("retries"), 5);
        health.insert(QStringLiteral("start_period"), QStringLiteral("30s"));
        s.insert(QStringLiteral("healthcheck"), health);
    }

    YamlTree resources = YamlTree::map();
    const YamlTree limits = resourceBlock(w.resources.cpuLimit, w.resources.memoryLimit);
    const YamlTree reservations = resourceBlock(w.resources.cpuRequest, w.resources.memoryRequest);
    if (limits.size() > 0)
        resources.insert(QStringLiteral("limits"), limits);
    if (reservations.size() > 0)
        resources.insert(QStringLiteral("reservations"), reservations);
    YamlTree deploy = YamlTree::map();
    // Replicas of a service that publishes a host port would fight over it, and those of a stateful
    // one over its volume: compose runs one then.
    if (w.replicas > 1 && ports.size() == 0 && !w.stateful)
        deploy.insert(QStringLiteral("replicas"), w.replicas);
    if (resources.size() > 0)
        deploy.insert(QStringLiteral("resources"), resources);
    if (deploy.size() > 0)
        s.insert(QStringLiteral("deploy"), deploy);
    return s;
}

QByteArray ComposeGenerator::envExample() const
{
    QString out
        = generatedText(
              "# Secrets for %1, environment %2. Copy this file to .env next to "
              "docker-compose.yml\n"
              "# and fill in the values there; never commit .env. Stackdraft never writes a "
              "value.\n")
              .arg(m_project.displayTitle(), m_env.id);
    const QStringList secrets = m_resolver.secrets();
    if (secrets.isEmpty())
        out += generatedText("# This environment uses no secrets.\n");
    // Who uses each secret, collected in one pass over the services (service order, then variable
    // order), not one pass per secret.
    QHash<QString, QStringList> users;
    for (const Workload &w : m_workloads) {
        Result<QList<ResolvedEnvVar>> vars = m_resolver.resolve(*w.component);
        if (!vars)
            continue;
        for (const ResolvedEnvVar &v : *vars) {
            for (const QString &secret : v.secrets())
                users[secret] << QStringLiteral("%1 (%2)").arg(w.name, v.name);
        }
    }
    for (const QString &secret : secrets) {
        out += QLatin1Char('\n')
            + generatedText("# %1: used by %2\n")
                  .arg(secret, users.value(secret).join(QLatin1String(", ")))
            + ExportNaming::secretEnvName(secret) + QLatin1String("=\n");
    }
    return out.toUtf8();
}

// Configuration files live next to the compose file, one folder per service.
QString ComposeGenerator::configFilePath(const Workload &w, const ConfigFile &file)
{
    return QStringLiteral("config/%1/%2").arg(w.name, file.name);
}

// What this file cannot do itself: a replicated data store runs as one instance here (a
// development machine), backups and queue autoscalers are not scheduled, and kernel settings an
// image needs are the host's to set.
QString ComposeGenerator::hostNotes() const
{
    QString notes;
    for (const Workload &w : m_workloads) {
        if (w.deployment
            && ReplicationPlan::make(w.type, *w.deployment, m_env.platform).outcome
                == ReplicationPlan::Outcome::SingleOnCompose)
            notes += generatedText("\n%1 is %2 in the design; it runs here as one instance.")
                         .arg(w.name, deploymentModeId(w.deployment->mode));
        if (w.deployment && w.deployment->backup)
            notes += generatedText("\n%1 is backed up in the design; compose schedules nothing: "
                                   "dump it from the host (docker compose exec) on a schedule.")
                         .arg(w.name);
        if (w.deployment && w.deployment->autoscaling.enabled
            && w.deployment->autoscaling.queue.isSet())
            notes += generatedText("\n%1 scales on queue %2 in the design; compose runs a fixed "
                                   "number of replicas.")
                         .arg(w.name, w.deployment->autoscaling.queue.name);
        const QMap<QString, QString> &kernel = w.type.data().kernelSettings;
        for (auto it = kernel.cbegin(); it != kernel.cend(); ++it)
            notes += generatedText("\n%1 needs the host setting %2=%3 (sudo sysctl -w %2=%3).")
                         .arg(w.name, it.key(), it.value());
    }
    return notes;
}

Result<ExportSet> ComposeGenerator::generate(const ExportSelection &selection) const
{
    YamlTree root = YamlTree::map();
    root.setComment(
        generatedText("Generated by Stackdraft from project %1, environment %2 (%3).\n"
                      "Change the model and export again rather than editing this file.\n"
                      "Secrets come from .env in this directory (see .env.example).")
            .arg(m_project.name, m_env.id, m_env.displayName()));
    const auto composeEnvs
        = std::count_if(m_project.environments.cbegin(), m_project.environments.cend(),
                        [](const Environment &e) { return e.platform == Platform::Compose; });
    root.insert(QStringLiteral("name"),
                composeEnvs > 1 ? Naming::toDnsLabel(m_project.name + QLatin1Char('-') + m_env.id)
                                : Naming::toDnsLabel(m_project.name));
    root.setComment(root.comment() + hostNotes());
    YamlTree volumes = YamlTree::map();
    for (const Workload &w : m_workloads) {
        if (w.stateful && !w.dataPath.isEmpty())
            volumes.insert(ExportNaming::volumeName(*w.component), YamlTree::map());
    }

    const QString dir = directory(m_project, m_env);
    ExportSet set(selection);
    for (const Workload &w : m_workloads) {
        for (const ConfigFile &file : MountedFiles::of(m_resolver, m_env, m_catalog, w))
            set.add(dir + QLatin1Char('/') + configFilePath(w, file), file.content);
    }
    // The services are written one at a time, each tree freed once written: the whole tree of
    // 10,000 services was 60 MB. A service whose design is wrong fails the export, wanted or not.
    const QString composePath = dir + QLatin1String("/docker-compose.yml");
    const bool wanted = set.wants(composePath);
    QString text = wanted ? root.toYamlText() : QString();
    if (wanted && m_workloads.isEmpty())
        YamlTree::appendEntry(text, QStringLiteral("services"), YamlTree::map(), 0);
    else if (wanted)
        text += QLatin1String("services:\n");
    // Two components whose ids make the same name give one service, the last one's, as the map
    // built whole did.
    QHash<QString, qsizetype> lastWithName;
    for (qsizetype i = 0; wanted && i < m_workloads.size(); ++i)
        lastWithName.insert(m_workloads.at(i).name, i);
    for (qsizetype i = 0; i < m_workloads.size(); ++i) {
        const Workload &w = m_workloads.at(i);
        Result<YamlTree> s = service(w);
        if (!s)
            return s.error();
        if (wanted && lastWithName.value(w.name) == i)
            YamlTree::appendEntry(text, w.name, *s, 2);
    }
    if (wanted && volumes.size() > 0)
        YamlTree::appendEntry(text, QStringLiteral("volumes"), volumes, 0);
    set.add(composePath, [&] { return text.toUtf8(); });
    set.add(dir + QLatin1String("/.env.example"), [&] { return envExample(); });
    return set;
}

} // namespace Stackdraft::Plugins
