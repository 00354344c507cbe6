#include "core/import/kubernetesservices.h"

#include "core/import/importyaml.h"
#include "core/model/project.h"

namespace Stackdraft::Core {
namespace {

using Kind = ImportNote::Kind;
using ImportYaml::text;

QStringList selected(const YamlNode *selector, const KubernetesServices::Workloads &workloads)
{
    QStringList ids;
    if (!selector || !selector->isMap() || selector->keys.empty())
        return ids;
    for (const auto &workload : workloads) {
        const QMap<QString, QString> labels = workload->podLabels();
        bool match = true;
        for (size_t i = 0; i < selector->keys.size() && match; ++i)
            match = labels.value(selector->keys[i].scalar) == selector->values[i].scalar;
        if (match)
            ids << workload->id();
    }
    return ids;
}

struct Route
{
    QString host;
    QString path;
    QString target; // component id
};

} // namespace

void KubernetesServices::readServices(KubernetesObjects &objects, const Workloads &workloads,
                                      Environment &env)
{
    ImportAssembler &assembler = objects.assembler();
    for (const KubernetesObject &service : objects.ofKind(QStringLiteral("Service"))) {
        const YamlNode *spec = service.spec();
        if (!spec)
            continue;
        const QString type = text(spec->find(QStringLiteral("type")));
        const QStringList ids = selected(spec->find(QStringLiteral("selector")), workloads);
        if (ids.isEmpty()) {
            objects.note(Kind::LeftOut, service, *service.node, {},
                         QT_TRANSLATE_NOOP("Import",
                                           "selects no imported workload (an external name or a "
                                           "missing selector); not modelled"));
            continue;
        }
        objects.leftOut(service, *spec, QStringLiteral("spec"),
                        {QStringLiteral("selector"), QStringLiteral("ports"),
                         QStringLiteral("type"), QStringLiteral("clusterIP")});
        for (const QString &id : ids) {
            assembler.addHost(service.name, id);
            Component *component = assembler.project().component(id);
            if (const YamlNode *ports = spec->find(QStringLiteral("ports"));
                ports && component && component->ports.isEmpty()) {
                for (const YamlNode &port : ports->items) {
                    bool numeric = false;
                    int number = text(port.find(QStringLiteral("targetPort"))).toInt(&numeric);
                    if (!numeric)
                        number = text(port.find(QStringLiteral("port"))).toInt();
                    if (number > 0 && number <= 65535)
                        component->ports.append({number, 0, QStringLiteral("TCP"), {}});
                }
            }
            if (type == QLatin1String("LoadBalancer") || type == QLatin1String("NodePort")) {
                if (Deployment *deployment = env.deployment(id))
                    deployment->exposure.isPublic = true;
                objects.note(Kind::Changed, service, *spec->find(QStringLiteral("type")),
                             QStringLiteral("spec.type"),
                             QT_TRANSLATE_NOOP("Import",
                                               "%1 is imported as a public exposure of %2; "
                                               "exports publish it through an Ingress"),
                             {type, id});
            }
        }
    }
}

void KubernetesServices::readIngresses(KubernetesObjects &objects, Environment &env)
{
    ImportAssembler &assembler = objects.assembler();
    for (const KubernetesObject &ingress : objects.ofKind(QStringLiteral("Ingress"))) {
        const YamlNode *spec = ingress.spec();
        if (!spec)
            continue;
        objects.leftOut(
            ingress, *spec, QStringLiteral("spec"),
            {QStringLiteral("rules"), QStringLiteral("tls"), QStringLiteral("ingressClassName")});
        QList<Route> routes;
        QStringList tlsHosts;
        if (const YamlNode *tls = spec->find(QStringLiteral("tls"))) {
            for (const YamlNode &entry : tls->items) {
                if (const YamlNode *hosts = entry.find(QStringLiteral("hosts"))) {
                    for (const YamlNode &host : hosts->items)
                        tlsHosts << host.scalar;
                }
            }
        }
        const YamlNode *rules = spec->find(QStringLiteral("rules"));
        for (size_t r = 0; rules && r < rules->items.size(); ++r) {
            const YamlNode &rule = rules->items[r];
            const QString host = text(rule.find(QStringLiteral("host")));
            const YamlNode *http = rule.find(QStringLiteral("http"));
            const YamlNode *paths = http ? http->find(QStringLiteral("paths")) : nullptr;
            for (size_t p = 0; paths && p < paths->items.size(); ++p) {
                const YamlNode &entry = paths->items[p];
                const YamlNode *backend = entry.find(QStringLiteral("backend"));
                QString service
                    = text(backend ? backend->find(QStringLiteral("serviceName")) : nullptr);
                if (const YamlNode *s
                    = backend ? backend->find(QStringLiteral("service")) : nullptr)
                    service = text(s->find(QStringLiteral("name")));
                const QString target = assembler.componentForHost(service);
                const QString key = QStringLiteral("spec.rules[%1].http.paths[%2]").arg(r).arg(p);
                if (target.isEmpty()) {
                    objects.note(Kind::LeftOut, ingress, entry, key,
                                 QT_TRANSLATE_NOOP("Import",
                                                   "routes to '%1', which is not an "
                                                   "imported Service; not modelled"),
                                 {service});
                    continue;
                }
                if (!routes.isEmpty() && routes.first().host != host) {
                    objects.note(Kind::LeftOut, ingress, entry, key,
                                 QT_TRANSLATE_NOOP("Import",
                                                   "a second host (%1): one public host "
                                                   "per entry is modelled"),
                                 {host});
                    continue;
                }
                QString path = text(entry.find(QStringLiteral("path")));
                routes.append({host, path.isEmpty() ? QStringLiteral("/") : path, target});
            }
        }
        if (routes.isEmpty())
            continue;
        Exposure exposure;
        exposure.isPublic = true;
        exposure.host = routes.first().host;
        exposure.tls
            = tlsHosts.contains(exposure.host) || (exposure.host.isEmpty() && !tlsHosts.isEmpty());
        QSet<QString> targets;
        for (const Route &route : routes)
            targets.insert(route.target);
        QString carrier;
        if (targets.size() == 1) {
            // One workload behind it: the Ingress is that workload's own exposure.
            carrier = routes.first().target;
            if (routes.first().path != QLatin1String("/"))
                exposure.path = routes.first().path;
            if (Deployment *deployment = env.deployment(carrier))
                deployment->exposure = exposure;
        } else {
            Component lb;
            lb.type = QStringLiteral("load-balancer");
            lb.label = ingress.name;
            carrier = assembler.addComponent(
                lb, ingress.name,
                {ingress.file, ingress.node->line, ingress.node->column, ingress.key()});
            Deployment deployment;
            deployment.component = carrier;
            deployment.exposure = exposure;
            env.deployments.append(deployment);
            for (const Route &route : routes)
                assembler.connect(carrier, route.target, route.path);
        }
        Component *component = assembler.project().component(carrier);
        if (const QString cls = text(spec->find(QStringLiteral("ingressClassName")));
            !cls.isEmpty())
            component->properties.insert(QStringLiteral("ingressClass"), cls);
        const YamlNode *metadata = ingress.node->find(QStringLiteral("metadata"));
        const YamlNode *annotations
            = metadata ? metadata->find(QStringLiteral("annotations")) : nullptr;
        for (size_t i = 0; annotations && i < annotations->keys.size(); ++i) {
            const QString &name = annotations->keys[i].scalar;
            if (name == QLatin1String("cert-manager.io/cluster-issuer"))
                component->properties.insert(QStringLiteral("clusterIssuer"),
                                             annotations->values[i].scalar);
            else if (name != QLatin1String("nginx.ingress.kubernetes.io/ssl-redirect")
                     || !exposure.tls)
                objects.note(Kind::LeftOut, ingress, annotations->keys[i],
                             QStringLiteral("metadata.annotations.") + name,
                             QT_TRANSLATE_NOOP("Import", "not modelled"));
        }
    }
}

void KubernetesServices::readAutoscalers(KubernetesObjects &objects, Environment &env)
{
    for (const KubernetesObject &hpa : objects.ofKind(QStringLiteral("HorizontalPodAutoscaler"))) {
        const YamlNode *spec = hpa.spec();
        if (!spec)
            continue;
        const YamlNode *target = spec->find(QStringLiteral("scaleTargetRef"));
        const QString id = objects.assembler().componentForHost(
            text(target ? target->find(QStringLiteral("name")) : nullptr));
        Deployment *deployment = id.isEmpty() ? nullptr : env.deployment(id);
        if (!deployment) {
            objects.note(Kind::LeftOut, hpa, *hpa.node, {},
                         QT_TRANSLATE_NOOP("Import", "scales no imported workload; not modelled"));
            continue;
        }
        objects.leftOut(hpa, *spec, QStringLiteral("spec"),
                        {QStringLiteral("scaleTargetRef"), QStringLiteral("minReplicas"),
                         QStringLiteral("maxReplicas"), QStringLiteral("metrics"),
                         QStringLiteral("targetCPUUtilizationPercentage")});
        Autoscaling &a = deployment->autoscaling;
        a.enabled = true;
        a.minReplicas = qMax(1, text(spec->find(QStringLiteral("minReplicas"))).toInt());
        a.maxReplicas
            = qMax(a.minReplicas, text(spec->find(QStringLiteral("maxReplicas"))).toInt());
        a.cpuTargetPercent
            = text(spec->find(QStringLiteral("targetCPUUtilizationPercentage"))).toInt();
        const YamlNode *metrics = spec->find(QStringLiteral("metrics"));
        for (size_t i = 0; metrics && i < metrics->items.size(); ++i) {
            const YamlNode &metric = metrics->items[i];
            const YamlNode *resource = metric.find(QStringLiteral("resource"));
            const QString name = text(resource ? resource->find(QStringLiteral("name")) : nullptr);
            const YamlNode *t = resource ? resource->find(QStringLiteral("target")) : nullptr;
            const int percent
                = text(t ? t->find(QStringLiteral("averageUtilization")) : nullptr).toInt();
            if (name == QLatin1String("cpu") && percent > 0)
                a.cpuTargetPercent = percent;
            else if (name == QLatin1String("memory") && percent > 0)
                a.memoryTargetPercent = percent;
            else
                objects.note(Kind::LeftOut, hpa, metric, QStringLiteral("spec.metrics[%1]").arg(i),
                             QT_TRANSLATE_NOOP("Import",
                                               "only CPU and memory utilisation targets are "
                                               "modelled"));
        }
    }
}

void KubernetesServices::readMetadata(KubernetesObjects &objects, Environment &env)
{
    for (const KubernetesObject &object : objects.all()) {
        const YamlNode *metadata = object.node->find(QStringLiteral("metadata"));
        if (!metadata || !metadata->isMap())
            continue;
        if (const QString ns = text(metadata->find(QStringLiteral("namespace")));
            !ns.isEmpty() && env.namespaceName.isEmpty())
            env.namespaceName = ns;
        QStringList handled {QStringLiteral("name"), QStringLiteral("namespace"),
                             QStringLiteral("labels")};
        if (object.kind == QLatin1String("Ingress"))
            handled << QStringLiteral("annotations");
        objects.leftOut(object, *metadata, QStringLiteral("metadata"), handled);
        if (object.kind == QLatin1String("Secret")
            && (object.node->find(QStringLiteral("data"))
                || object.node->find(QStringLiteral("stringData"))))
            objects.note(Kind::Info, object, *object.node, {},
                         QT_TRANSLATE_NOOP("Import",
                                           "read by name only: secret values never enter the "
                                           "project"));
    }
}

} // namespace Stackdraft::Core
