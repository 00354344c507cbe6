#include "kubernetesmanifests.h"

#include "core/catalog/catalog.h"
#include "core/export/envresolver.h"
#include "core/export/mountedfiles.h"
#include "core/model/naming.h"
#include "core/model/project.h"
#include "core/model/quantity.h"
#include "operatorresources.h"

#include <QCoreApplication>

namespace Stackdraft::Plugins {

using namespace Stackdraft::Core;

namespace {

YamlTree labelMap(const Labels &labels)
{
    YamlTree map = YamlTree::map();
    for (const auto &[key, value] : labels)
        map.insert(key, value);
    return map;
}

// IANA service names: at most 15 characters, lower-case alphanumerics and '-', at least one letter.
QString portName(const Port &p)
{
    const QString name = p.name.toLower();
    const bool valid = !name.isEmpty() && name.size() <= 15 && Naming::isDnsLabel(name)
        && std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetter(); });
    return valid ? name : QStringLiteral("tcp-%1").arg(p.container);
}

QString protocol(const Port &p)
{
    return p.protocol.compare(QLatin1String("UDP"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("UDP")
        : QStringLiteral("TCP");
}

// Kubernetes expands "$(NAME)" in values; a literal "$(" is written "$$(".
QString escapeReferences(const QString &text)
{
    QString out = text;
    return out.replace(QLatin1String("$("), QLatin1String("$$("));
}

QString secretVariable(const QString &secret)
{
    return QStringLiteral("SECRET_") + ExportNaming::secretEnvName(secret);
}

} // namespace

KubernetesManifests::KubernetesManifests(const Project &project, const Environment &env,
                                         const Catalog &catalog, Scope scope)
    : m_project(project)
    , m_env(env)
    , m_catalog(catalog)
    , m_scope(scope)
    , m_resolver(project, env, catalog)
{
}

// An environment's variables must all resolve (validation says which cannot). The base is no
// environment: a variable it cannot resolve (its target is not deployed everywhere) is left out,
// and every overlay then patches in its own value.
Result<QList<ResolvedEnvVar>> KubernetesManifests::variables(const Workload &w) const
{
    if (m_scope == Scope::Environment)
        return m_resolver.resolve(*w.component);
    QList<ResolvedEnvVar> resolved;
    for (const EnvVar &var : m_resolver.variables(*w.component)) {
        Result<ResolvedEnvVar> r = m_resolver.resolve(*w.component, var);
        if (r)
            resolved.append(std::move(r).value());
    }
    return resolved;
}

bool KubernetesManifests::isStatefulSet(const Workload &w)
{
    return w.realisation.kind == Realisation::Kind::StatefulSet;
}

QString KubernetesManifests::kind(const Workload &w)
{
    return isStatefulSet(w) ? QStringLiteral("StatefulSet") : QStringLiteral("Deployment");
}

QString KubernetesManifests::configMapName(const Workload &w)
{
    return w.name + QLatin1String("-env");
}

QString KubernetesManifests::configFilesName(const Workload &w)
{
    return w.name + QLatin1String("-config");
}

YamlTree KubernetesManifests::configFilesData(const Workload &w) const
{
    YamlTree data = YamlTree::map();
    for (const ConfigFile &file : MountedFiles::of(m_resolver, m_env, m_catalog, w))
        data.insert(file.name, QString::fromUtf8(file.content));
    return data;
}

YamlTree KubernetesManifests::metadata(const QString &name, const Labels &labels)
{
    YamlTree meta = YamlTree::map();
    meta.insert(QStringLiteral("name"), name);
    if (!labels.isEmpty())
        meta.insert(QStringLiteral("labels"), labelMap(labels));
    return meta;
}

YamlTree KubernetesManifests::labels(const Workload &w) const
{
    return labelMap(ExportNaming::standardLabels(m_project, *w.component, w.type));
}

YamlTree KubernetesManifests::selector(const Workload &w) const
{
    return labelMap(ExportNaming::selectorLabels(m_project, *w.component));
}

Result<YamlTree> KubernetesManifests::configMapData(const Workload &w) const
{
    Result<QList<ResolvedEnvVar>> vars = variables(w);
    if (!vars)
        return vars.error();
    const bool peers = formsClusterItself(w);
    YamlTree data = YamlTree::map();
    for (const ResolvedEnvVar &v : *vars) {
        // A node told to stay alone never joins its peers (and refuses the peer settings).
        if (peers && v.name == QLatin1String("discovery.type"))
            continue;
        if (v.isLiteral())
            data.insert(v.name, v.literal());
    }
    for (const ConfigFile &file :
         MountedFiles::of(m_resolver, m_env, m_catalog, w, ServiceConfig::Contents::PathsOnly)) {
        for (const auto &[name, value] : file.env)
            data.insert(name, value);
    }
    return data;
}

Result<YamlTree> KubernetesManifests::containerEnv(const Workload &w) const
{
    Result<QList<ResolvedEnvVar>> vars = variables(w);
    if (!vars)
        return vars.error();
    auto secretRef = [&](const QString &name, const QString &secret) {
        YamlTree keyRef = YamlTree::map();
        keyRef.insert(QStringLiteral("name"), ExportNaming::kubernetesSecretName(m_project));
        keyRef.insert(QStringLiteral("key"), ExportNaming::kubernetesSecretKey(secret));
        YamlTree valueFrom = YamlTree::map();
        valueFrom.insert(QStringLiteral("secretKeyRef"), keyRef);
        YamlTree entry = YamlTree::map();
        entry.insert(QStringLiteral("name"), name);
        entry.insert(QStringLiteral("valueFrom"), valueFrom);
        return entry;
    };
    YamlTree env = YamlTree::sequence();
    QStringList helpers;
    // A value mixing text and secrets (a URL with a password) is assembled by Kubernetes itself
    // from variables defined earlier in the list, so no secret is ever written here.
    for (const ResolvedEnvVar &v : *vars) {
        if (v.isLiteral() || v.isPlainSecret())
            continue;
        for (const QString &secret : v.secrets()) {
            if (!helpers.contains(secret)) {
                helpers << secret;
                env.append(secretRef(secretVariable(secret), secret));
            }
        }
    }
    if (formsClusterItself(w))
        appendPeerDiscovery(w, env);
    for (const ResolvedEnvVar &v : *vars) {
        if (v.isPlainSecret()) {
            env.append(secretRef(v.name, v.secret()));
        } else if (v.holdsSecret()) {
            YamlTree entry = YamlTree::map();
            entry.insert(QStringLiteral("name"), v.name);
            entry.insert(QStringLiteral("value"),
                         v.render(escapeReferences, [](const QString &secret) {
                             return QStringLiteral("$(%1)").arg(secretVariable(secret));
                         }));
            env.append(entry);
        }
    }
    return env;
}

// Node-wide settings an image requires (Elasticsearch's vm.max_map_count) cannot be set from an
// unprivileged container: a privileged init container sets them before the server starts.
YamlTree KubernetesManifests::kernelSettingsContainers(const Workload &w)
{
    YamlTree containers = YamlTree::sequence();
    const QMap<QString, QString> &settings = w.type.data().kernelSettings;
    if (settings.isEmpty())
        return containers;
    QStringList command = {QStringLiteral("sysctl"), QStringLiteral("-w")};
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        command << it.key() + QLatin1Char('=') + it.value();
    YamlTree securityContext = YamlTree::map();
    securityContext.insert(QStringLiteral("privileged"), true);
    YamlTree init = YamlTree::map();
    init.insert(QStringLiteral("name"), QStringLiteral("kernel-settings"));
    init.insert(QStringLiteral("image"), QStringLiteral("busybox:1.36"));
    init.insert(QStringLiteral("command"), YamlTree::sequence(command));
    init.insert(QStringLiteral("securityContext"), securityContext);
    containers.append(init);
    return containers;
}

bool KubernetesManifests::formsClusterItself(const Workload &w) const
{
    const ReplicationPlan plan = replicationPlan(w, m_env.platform);
    return plan.isReplicated() && *plan.strategy == ReplicationStrategy::PeerDiscovery;
}

// Elasticsearch's documented way to form a cluster on a StatefulSet: every node is named after its
// pod, finds its peers through the headless Service, and the first start elects a master among
// all the pods. ReplicationPlan::peerDiscoveryVariables() names these variables for the importer.
void KubernetesManifests::appendPeerDiscovery(const Workload &w, YamlTree &env) const
{
    auto literal = [&](const QString &name, const QString &value) {
        YamlTree entry = YamlTree::map();
        entry.insert(QStringLiteral("name"), name);
        entry.insert(QStringLiteral("value"), value);
        env.append(entry);
    };
    YamlTree fieldRef = YamlTree::map();
    fieldRef.insert(QStringLiteral("fieldPath"), QStringLiteral("metadata.name"));
    YamlTree valueFrom = YamlTree::map();
    valueFrom.insert(QStringLiteral("fieldRef"), fieldRef);
    YamlTree nodeName = YamlTree::map();
    nodeName.insert(QStringLiteral("name"), QStringLiteral("node.name"));
    nodeName.insert(QStringLiteral("valueFrom"), valueFrom);
    env.append(nodeName);
    literal(QStringLiteral("cluster.name"), w.name);
    literal(QStringLiteral("discovery.seed_hosts"), w.name + QLatin1String("-headless"));
    QStringList masters;
    for (int i = 0; i < w.replicas; ++i)
        masters << QStringLiteral("%1-%2").arg(w.name).arg(i);
    literal(QStringLiteral("cluster.initial_master_nodes"), masters.join(QLatin1Char(',')));
}

YamlTree KubernetesManifests::resources(const Workload &w)
{
    auto block = [](qint64 cpu, qint64 memory) {
        YamlTree b = YamlTree::map();
        if (cpu > 0)
            b.insert(QStringLiteral("cpu"), Quantity::formatCpu(cpu));
        if (memory > 0)
            b.insert(QStringLiteral("memory"), Quantity::formatMemory(memory));
        return b;
    };
    YamlTree r = YamlTree::map();
    const YamlTree requests = block(w.resources.cpuRequest, w.resources.memoryRequest);
    const YamlTree limits = block(w.resources.cpuLimit, w.resources.memoryLimit);
    if (requests.size() > 0)
        r.insert(QStringLiteral("requests"), requests);
    if (limits.size() > 0)
        r.insert(QStringLiteral("limits"), limits);
    return r;
}

YamlTree KubernetesManifests::probe(const Workload &w, bool readiness) const
{
    YamlTree p = YamlTree::map();
    const HealthCheck &h = w.health;
    switch (h.kind) {
    case HealthCheck::Kind::None:
        return YamlTree();
    case HealthCheck::Kind::Http: {
        YamlTree get = YamlTree::map();
        const QString readyPath = w.component->properties.value(QStringLiteral("readinessPath"));
        get.insert(QStringLiteral("path"), readiness && !readyPath.isEmpty() ? readyPath : h.path);
        get.insert(QStringLiteral("port"), h.port);
        p.insert(QStringLiteral("httpGet"), get);
        break;
    }
    case HealthCheck::Kind::Exec: {
        YamlTree exec = YamlTree::map();
        exec.insert(QStringLiteral("command"), YamlTree::sequence(h.command));
        p.insert(QStringLiteral("exec"), exec);
        break;
    }
    case HealthCheck::Kind::Tcp: {
        YamlTree tcp = YamlTree::map();
        tcp.insert(QStringLiteral("port"), h.port);
        p.insert(QStringLiteral("tcpSocket"), tcp);
        break;
    }
    }
    p.insert(QStringLiteral("initialDelaySeconds"), readiness ? 5 : 30);
    p.insert(QStringLiteral("periodSeconds"), readiness ? 5 : 10);
    p.insert(QStringLiteral("timeoutSeconds"), 5);
    p.insert(QStringLiteral("failureThreshold"), 3);
    return p;
}

// Kubernetes expands "$(NAME)" in these lists too; the model's text reaches the process as is.
YamlTree KubernetesManifests::processList(const QStringList &items)
{
    return items.isEmpty() ? YamlTree() : YamlTree::sequence(items, escapeReferences);
}

YamlTree KubernetesManifests::podTemplate(const YamlTree &container)
{
    YamlTree containers = YamlTree::sequence();
    containers.append(container);
    YamlTree podSpec = YamlTree::map();
    podSpec.insert(QStringLiteral("containers"), containers);
    YamlTree templ = YamlTree::map();
    templ.insert(QStringLiteral("spec"), podSpec);
    return templ;
}

Result<YamlTree> KubernetesManifests::container(const Workload &w) const
{
    YamlTree c = YamlTree::map();
    c.insert(QStringLiteral("name"), w.name);
    if (w.image.isEmpty())
        return Error {
            QCoreApplication::translate("KubernetesManifests",
                                        "component '%1' has no image and its type '%2' has no "
                                        "default image: set one")
                .arg(w.component->id, w.component->type),
            {},
            0,
            0,
            QStringLiteral("components.%1.image").arg(w.component->id)};
    c.insert(QStringLiteral("image"), w.image);
    if (!w.command.isEmpty())
        c.insert(QStringLiteral("command"), processList(w.command));
    if (!w.args.isEmpty())
        c.insert(QStringLiteral("args"), processList(w.args));
    if (!w.ports.isEmpty()) {
        YamlTree ports = YamlTree::sequence();
        for (const Port &p : w.ports) {
            YamlTree port = YamlTree::map();
            port.insert(QStringLiteral("name"), portName(p));
            port.insert(QStringLiteral("containerPort"), p.container);
            port.insert(QStringLiteral("protocol"), protocol(p));
            ports.append(port);
        }
        c.insert(QStringLiteral("ports"), ports);
    }
    YamlTree configMapRef = YamlTree::map();
    configMapRef.insert(QStringLiteral("name"), configMapName(w));
    YamlTree envFromItem = YamlTree::map();
    envFromItem.insert(QStringLiteral("configMapRef"), configMapRef);
    YamlTree envFrom = YamlTree::sequence();
    envFrom.append(envFromItem);
    c.insert(QStringLiteral("envFrom"), envFrom);
    Result<YamlTree> env = containerEnv(w);
    if (!env)
        return env.error();
    if (env->size() > 0)
        c.insert(QStringLiteral("env"), *env);
    const YamlTree r = resources(w);
    if (r.size() > 0)
        c.insert(QStringLiteral("resources"), r);
    const YamlTree liveness = probe(w, false);
    if (!liveness.isNull()) {
        c.insert(QStringLiteral("livenessProbe"), liveness);
        c.insert(QStringLiteral("readinessProbe"), probe(w, true));
    }
    YamlTree mounts = YamlTree::sequence();
    for (const ConfigFile &file :
         MountedFiles::of(m_resolver, m_env, m_catalog, w, ServiceConfig::Contents::PathsOnly)) {
        YamlTree mount = YamlTree::map();
        mount.insert(QStringLiteral("name"), QStringLiteral("config"));
        mount.insert(QStringLiteral("mountPath"), file.mountPath);
        mount.insert(QStringLiteral("subPath"), file.name);
        mount.insert(QStringLiteral("readOnly"), true);
        mounts.append(mount);
    }
    if (isStatefulSet(w) && w.storage > 0 && !w.dataPath.isEmpty()) {
        YamlTree mount = YamlTree::map();
        mount.insert(QStringLiteral("name"), ExportNaming::volumeName(*w.component));
        mount.insert(QStringLiteral("mountPath"), w.dataPath);
        if (!w.type.data().dataSubPath.isEmpty())
            mount.insert(QStringLiteral("subPath"), w.type.data().dataSubPath);
        mounts.append(mount);
    }
    if (mounts.size() > 0)
        c.insert(QStringLiteral("volumeMounts"), mounts);
    return c;
}

YamlTree KubernetesManifests::volumeClaimTemplates(const Workload &w) const
{
    YamlTree templates = YamlTree::sequence();
    if (!isStatefulSet(w) || w.storage <= 0 || w.dataPath.isEmpty())
        return templates;
    YamlTree requests = YamlTree::map();
    requests.insert(QStringLiteral("storage"), Quantity::formatMemory(w.storage));
    YamlTree res = YamlTree::map();
    res.insert(QStringLiteral("requests"), requests);
    YamlTree spec = YamlTree::map();
    spec.insert(QStringLiteral("accessModes"),
                YamlTree::sequence({QStringLiteral("ReadWriteOnce")}));
    spec.insert(QStringLiteral("resources"), res);
    YamlTree claim = YamlTree::map();
    claim.insert(QStringLiteral("metadata"), metadata(ExportNaming::volumeName(*w.component), {}));
    claim.insert(QStringLiteral("spec"), spec);
    templates.append(claim);
    return templates;
}

YamlTree KubernetesManifests::service(const Workload &w, bool headless) const
{
    YamlTree ports = YamlTree::sequence();
    for (const Port &p : w.ports) {
        YamlTree port = YamlTree::map();
        port.insert(QStringLiteral("name"), portName(p));
        port.insert(QStringLiteral("port"), p.container);
        port.insert(QStringLiteral("targetPort"), p.container);
        port.insert(QStringLiteral("protocol"), protocol(p));
        ports.append(port);
    }
    YamlTree spec = YamlTree::map();
    spec.insert(QStringLiteral("type"), QStringLiteral("ClusterIP"));
    if (headless)
        spec.insert(QStringLiteral("clusterIP"), QStringLiteral("None"));
    spec.insert(QStringLiteral("selector"), selector(w));
    spec.insert(QStringLiteral("ports"), ports);
    YamlTree s = YamlTree::map();
    s.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
    s.insert(QStringLiteral("kind"), QStringLiteral("Service"));
    s.insert(QStringLiteral("metadata"),
             metadata(headless ? w.name + QLatin1String("-headless") : w.name,
                      ExportNaming::standardLabels(m_project, *w.component, w.type)));
    s.insert(QStringLiteral("spec"), spec);
    return s;
}

ReplicationPlan KubernetesManifests::replicationPlan(const Workload &w, Platform platform)
{
    return w.deployment ? ReplicationPlan::make(w.type, *w.deployment, platform)
                        : ReplicationPlan();
}

Result<QList<YamlTree>> KubernetesManifests::objects(const Workload &w) const
{
    const ReplicationPlan plan = replicationPlan(w, m_env.platform);
    if (plan.usesOperator())
        return OperatorResources(m_project, m_resolver).objects(w, plan);
    const Labels standard = ExportNaming::standardLabels(m_project, *w.component, w.type);
    QList<YamlTree> objects;

    Result<YamlTree> data = configMapData(w);
    if (!data)
        return data.error();
    YamlTree configMap = YamlTree::map();
    configMap.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
    configMap.insert(QStringLiteral("kind"), QStringLiteral("ConfigMap"));
    configMap.insert(QStringLiteral("metadata"), metadata(configMapName(w), standard));
    configMap.insert(QStringLiteral("data"), *data);
    objects << configMap;

    const YamlTree files = configFilesData(w);
    if (files.size() > 0) {
        YamlTree filesMap = YamlTree::map();
        filesMap.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
        filesMap.insert(QStringLiteral("kind"), QStringLiteral("ConfigMap"));
        filesMap.insert(QStringLiteral("metadata"), metadata(configFilesName(w), standard));
        filesMap.insert(QStringLiteral("data"), files);
        objects << filesMap;
    }

    const bool statefulSet = isStatefulSet(w);
    if (!w.ports.isEmpty()) {
        objects << service(w, false);
        if (statefulSet)
            objects << service(w, true);
    }

    Result<YamlTree> c = container(w);
    if (!c)
        return c.error();
    YamlTree containers = YamlTree::sequence();
    containers.append(*c);
    YamlTree podSpec = YamlTree::map();
    if (const YamlTree init = kernelSettingsContainers(w); init.size() > 0)
        podSpec.insert(QStringLiteral("initContainers"), init);
    podSpec.insert(QStringLiteral("containers"), containers);
    if (files.size() > 0) {
        YamlTree configMap = YamlTree::map();
        configMap.insert(QStringLiteral("name"), configFilesName(w));
        YamlTree volume = YamlTree::map();
        volume.insert(QStringLiteral("name"), QStringLiteral("config"));
        volume.insert(QStringLiteral("configMap"), configMap);
        YamlTree volumes = YamlTree::sequence();
        volumes.append(volume);
        podSpec.insert(QStringLiteral("volumes"), volumes);
    }
    // A fresh volume belongs to root: the image's user gets it through the pod's fsGroup.
    if (statefulSet && w.storage > 0 && !w.dataPath.isEmpty() && w.type.data().fsGroup >= 0) {
        YamlTree securityContext = YamlTree::map();
        securityContext.insert(QStringLiteral("fsGroup"), w.type.data().fsGroup);
        podSpec.insert(QStringLiteral("securityContext"), securityContext);
    }
    YamlTree podMeta = YamlTree::map();
    podMeta.insert(QStringLiteral("labels"), labels(w));
    YamlTree templ = YamlTree::map();
    templ.insert(QStringLiteral("metadata"), podMeta);
    templ.insert(QStringLiteral("spec"), podSpec);
    YamlTree matchLabels = YamlTree::map();
    matchLabels.insert(QStringLiteral("matchLabels"), selector(w));

    YamlTree spec = YamlTree::map();
    if (statefulSet && !w.ports.isEmpty())
        spec.insert(QStringLiteral("serviceName"), w.name + QLatin1String("-headless"));
    spec.insert(QStringLiteral("replicas"), w.replicas);
    spec.insert(QStringLiteral("selector"), matchLabels);
    YamlTree strategy = YamlTree::map();
    strategy.insert(QStringLiteral("type"), QStringLiteral("RollingUpdate"));
    if (statefulSet) {
        spec.insert(QStringLiteral("updateStrategy"), strategy);
    } else {
        // New pods come up before old ones go (as in the reference architecture): no capacity dip.
        YamlTree rolling = YamlTree::map();
        rolling.insert(QStringLiteral("maxSurge"), 1);
        rolling.insert(QStringLiteral("maxUnavailable"), 0);
        strategy.insert(QStringLiteral("rollingUpdate"), rolling);
        spec.insert(QStringLiteral("strategy"), strategy);
    }
    spec.insert(QStringLiteral("template"), templ);
    const YamlTree claims = volumeClaimTemplates(w);
    if (claims.size() > 0)
        spec.insert(QStringLiteral("volumeClaimTemplates"), claims);

    YamlTree workload = YamlTree::map();
    workload.insert(QStringLiteral("apiVersion"), QStringLiteral("apps/v1"));
    workload.insert(QStringLiteral("kind"), kind(w));
    workload.insert(QStringLiteral("metadata"), metadata(w.name, standard));
    workload.insert(QStringLiteral("spec"), spec);
    objects << workload;
    return objects;
}

} // namespace Stackdraft::Plugins
