#include "overlayobjects.h"

#include "core/catalog/catalog.h"
#include "core/derived/queuescaler.h"
#include "core/export/exportnaming.h"
#include "core/model/project.h"
#include "kubernetesmanifests.h"

namespace Stackdraft::Plugins {

using namespace Stackdraft::Core;

YamlTree OverlayObjects::horizontalPodAutoscaler(const Project &project, const Workload &w)
{
    const Autoscaling &a = w.deployment->autoscaling;
    YamlTree target = YamlTree::map();
    target.insert(QStringLiteral("apiVersion"), QStringLiteral("apps/v1"));
    target.insert(QStringLiteral("kind"), KubernetesManifests::kind(w));
    target.insert(QStringLiteral("name"), w.name);
    YamlTree spec = YamlTree::map();
    spec.insert(QStringLiteral("scaleTargetRef"), target);
    spec.insert(QStringLiteral("minReplicas"), std::max(1, a.minReplicas));
    spec.insert(QStringLiteral("maxReplicas"), std::max({1, a.minReplicas, a.maxReplicas}));
    YamlTree metrics = YamlTree::sequence();
    for (const auto &[name, percent] :
         {std::pair {"cpu", a.cpuTargetPercent}, {"memory", a.memoryTargetPercent}}) {
        if (percent <= 0)
            continue;
        YamlTree t = YamlTree::map();
        t.insert(QStringLiteral("type"), QStringLiteral("Utilization"));
        t.insert(QStringLiteral("averageUtilization"), percent);
        YamlTree resource = YamlTree::map();
        resource.insert(QStringLiteral("name"), QString::fromLatin1(name));
        resource.insert(QStringLiteral("target"), t);
        YamlTree metric = YamlTree::map();
        metric.insert(QStringLiteral("type"), QStringLiteral("Resource"));
        metric.insert(QStringLiteral("resource"), resource);
        metrics.append(metric);
    }
    if (metrics.size() > 0)
        spec.insert(QStringLiteral("metrics"), metrics);
    YamlTree hpa = YamlTree::map();
    hpa.insert(QStringLiteral("apiVersion"), QStringLiteral("autoscaling/v2"));
    hpa.insert(QStringLiteral("kind"), QStringLiteral("HorizontalPodAutoscaler"));
    hpa.insert(QStringLiteral("metadata"),
               KubernetesManifests::metadata(
                   w.name, ExportNaming::standardLabels(project, *w.component, w.type)));
    hpa.insert(QStringLiteral("spec"), spec);
    return hpa;
}

YamlTree OverlayObjects::scaledObject(const Project &project, const Catalog &catalog,
                                      const Workload &w)
{
    const Autoscaling &a = w.deployment->autoscaling;
    YamlTree target = YamlTree::map();
    target.insert(QStringLiteral("apiVersion"), QStringLiteral("apps/v1"));
    target.insert(QStringLiteral("kind"), KubernetesManifests::kind(w));
    target.insert(QStringLiteral("name"), w.name);
    YamlTree triggers = YamlTree::sequence();
    const Component *broker = project.component(a.queue.from);
    const QueueScaler scaler
        = broker ? QueueScaler::of(catalog.type(broker->type)) : QueueScaler {};
    if (scaler.isValid()) {
        YamlTree metadata = YamlTree::map();
        for (const auto &[key, value] : scaler.kedaFixed)
            metadata.insert(key, value);
        metadata.insert(scaler.kedaLengthKey, QString::number(a.queue.messagesPerReplica));
        metadata.insert(scaler.kedaNameKey, a.queue.name);
        // Address and credentials come from the container's own variables (validation makes
        // sure the required ones exist), so no secret is written into the trigger.
        for (const QueueScaler::FromEnv &field : scaler.kedaFromEnv) {
            const QString variable
                = QueueScaler::variable(*w.component, *w.deployment, a.queue.from, field.part);
            if (!variable.isEmpty())
                metadata.insert(field.key, variable);
        }
        YamlTree trigger = YamlTree::map();
        trigger.insert(QStringLiteral("type"), scaler.kedaTrigger);
        trigger.insert(QStringLiteral("metadata"), metadata);
        triggers.append(trigger);
    }
    for (const auto &[name, percent] :
         {std::pair {"cpu", a.cpuTargetPercent}, {"memory", a.memoryTargetPercent}}) {
        if (percent <= 0)
            continue;
        YamlTree metadata = YamlTree::map();
        metadata.insert(QStringLiteral("value"), QString::number(percent));
        YamlTree trigger = YamlTree::map();
        trigger.insert(QStringLiteral("type"), QString::fromLatin1(name));
        trigger.insert(QStringLiteral("metricType"), QStringLiteral("Utilization"));
        trigger.insert(QStringLiteral("metadata"), metadata);
        triggers.append(trigger);
    }
    YamlTree spec = YamlTree::map();
    spec.insert(QStringLiteral("scaleTargetRef"), target);
    spec.insert(QStringLiteral("minReplicaCount"), std::max(1, a.minReplicas));
    spec.insert(QStringLiteral("maxReplicaCount"), std::max({1, a.minReplicas, a.maxReplicas}));
    spec.insert(QStringLiteral("triggers"), triggers);
    YamlTree so = YamlTree::map();
    so.insert(QStringLiteral("apiVersion"), QStringLiteral("keda.sh/v1alpha1"));
    so.insert(QStringLiteral("kind"), QStringLiteral("ScaledObject"));
    so.insert(QStringLiteral("metadata"),
              KubernetesManifests::metadata(
                  w.name, ExportNaming::standardLabels(project, *w.component, w.type)));
    so.insert(QStringLiteral("spec"), spec);
    return so;
}

YamlTree OverlayObjects::ingress(const Project &project, const Catalog &catalog,
                                 const PublicEntry &entry)
{
    const Component &c = *entry.component;
    const QString ingressClass
        = c.properties.value(QStringLiteral("ingressClass"), QStringLiteral("nginx"));
    YamlTree meta = KubernetesManifests::metadata(
        entry.name, ExportNaming::standardLabels(project, c, catalog.type(c.type)));
    if (entry.tls) {
        YamlTree annotations = YamlTree::map();
        annotations.insert(QStringLiteral("cert-manager.io/cluster-issuer"),
                           c.properties.value(QStringLiteral("clusterIssuer"),
                                              QStringLiteral("letsencrypt-prod")));
        if (ingressClass == QLatin1String("nginx"))
            annotations.insert(QStringLiteral("nginx.ingress.kubernetes.io/ssl-redirect"),
                               QStringLiteral("true"));
        meta.insert(QStringLiteral("annotations"), annotations);
    }
    YamlTree paths = YamlTree::sequence();
    for (const PublicEntry::Route &route : entry.routes) {
        YamlTree port = YamlTree::map();
        port.insert(QStringLiteral("number"), route.port);
        YamlTree service = YamlTree::map();
        service.insert(QStringLiteral("name"), ExportNaming::workloadName(*route.target));
        service.insert(QStringLiteral("port"), port);
        YamlTree backend = YamlTree::map();
        backend.insert(QStringLiteral("service"), service);
        YamlTree path = YamlTree::map();
        path.insert(QStringLiteral("path"), route.path);
        path.insert(QStringLiteral("pathType"), QStringLiteral("Prefix"));
        path.insert(QStringLiteral("backend"), backend);
        paths.append(path);
    }
    YamlTree http = YamlTree::map();
    http.insert(QStringLiteral("paths"), paths);
    YamlTree rule = YamlTree::map();
    rule.insert(QStringLiteral("host"), entry.host);
    rule.insert(QStringLiteral("http"), http);
    YamlTree rules = YamlTree::sequence();
    rules.append(rule);
    YamlTree spec = YamlTree::map();
    spec.insert(QStringLiteral("ingressClassName"), ingressClass);
    if (entry.tls) {
        YamlTree tls = YamlTree::map();
        tls.insert(QStringLiteral("hosts"), YamlTree::sequence({entry.host}));
        tls.insert(QStringLiteral("secretName"), entry.name + QLatin1String("-tls"));
        YamlTree tlsList = YamlTree::sequence();
        tlsList.append(tls);
        spec.insert(QStringLiteral("tls"), tlsList);
    }
    spec.insert(QStringLiteral("rules"), rules);
    YamlTree ing = YamlTree::map();
    ing.insert(QStringLiteral("apiVersion"), QStringLiteral("networking.k8s.io/v1"));
    ing.insert(QStringLiteral("kind"), QStringLiteral("Ingress"));
    ing.insert(QStringLiteral("metadata"), meta);
    ing.insert(QStringLiteral("spec"), spec);
    return ing;
}

YamlTree OverlayObjects::namespaceObject(const Project &project, const QString &name)
{
    YamlTree ns = YamlTree::map();
    ns.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
    ns.insert(QStringLiteral("kind"), QStringLiteral("Namespace"));
    ns.insert(
        QStringLiteral("metadata"),
        KubernetesManifests::metadata(
            name,
            {{QStringLiteral("app.kubernetes.io/part-of"), ExportNaming::labelValue(project.name)},
             {QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("stackdraft")}}));
    return ns;
}

} // namespace Stackdraft::Plugins
