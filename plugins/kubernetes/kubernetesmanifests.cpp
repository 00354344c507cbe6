#include "kubernetesmanifests.h"

#include "core/catalog/catalog.h"
#include "core/export/envresolver.h"
#include "core/model/naming.h"
#include "core/model/project.h"
#include "core/model/quantity.h"

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
                                         const Catalog &catalog)
    : m_project(project)
    , m_env(env)
    , m_catalog(catalog)
    , m_resolver(project, env, catalog)
{
}

bool KubernetesManifests::isStatefulSet(const Workload &w)
{
    const QString realisation = w.type.realisation(QStringLiteral("kubernetes"));
    if (realisation == QLatin1String("statefulset"))
        return true;
    if (realisation == QLatin1String("deployment"))
        return false;
    return w.stateful;
}

QString KubernetesManifests::kind(const Workload &w)
{
    return isStatefulSet(w) ? QStringLiteral("StatefulSet") : QStringLiteral("Deployment");
}

QString KubernetesManifests::configMapName(const Workload &w)
{
    return w.name + QLatin1String("-env");
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
    Result<QList<ResolvedEnvVar>> vars = m_resolver.resolve(*w.component);
    if (!vars)
        return vars.error();
    YamlTree data = YamlTree::map();
    for (const ResolvedEnvVar &v : *vars) {
        if (v.isLiteral())
            data.insert(v.name, v.literal());
    }
    return data;
}

Result<YamlTree> KubernetesManifests::containerEnv(const Workload &w) const
{
    Result<QList<ResolvedEnvVar>> vars = m_resolver.resolve(*w.component);
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

YamlTree KubernetesManifests::resources(const Workload &w) const
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
        c.insert(QStringLiteral("args"), YamlTree::sequence(w.command));
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
    if (isStatefulSet(w) && w.storage > 0 && !w.dataPath.isEmpty()) {
        YamlTree mount = YamlTree::map();
        mount.insert(QStringLiteral("name"), ExportNaming::volumeName(*w.component));
        mount.insert(QStringLiteral("mountPath"), w.dataPath);
        YamlTree mounts = YamlTree::sequence();
        mounts.append(mount);
        c.insert(QStringLiteral("volumeMounts"), mounts);
    }
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

Result<QList<YamlTree>> KubernetesManifests::objects(const Workload &w) const
{
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
    podSpec.insert(QStringLiteral("containers"), containers);
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
