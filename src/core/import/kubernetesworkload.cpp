#include "core/import/kubernetesworkload.h"

#include "core/catalog/catalog.h"
#include "core/export/replicationplan.h"
#include "core/import/healthimport.h"
#include "core/import/importyaml.h"
#include "core/import/typeguesser.h"
#include "core/model/naming.h"
#include "core/model/quantity.h"
#include "core/model/quantitybounds.h"

#include <QHash>

namespace Stackdraft::Core {
namespace {

using Kind = ImportNote::Kind;
using ImportYaml::text;

const YamlNode *path(const YamlNode *node, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (!node)
            return nullptr;
        node = node->find(QLatin1String(key));
    }
    return node;
}

} // namespace

KubernetesWorkload::KubernetesWorkload(KubernetesObjects &objects, const KubernetesObject &object)
    : m_objects(objects)
    , m_object(object)
{
}

bool KubernetesWorkload::addComponent(Deployment &deployment)
{
    const YamlNode *spec = m_object.spec();
    const YamlNode *podSpec = path(spec, {"template", "spec"});
    const YamlNode *containers = podSpec ? podSpec->find(QStringLiteral("containers")) : nullptr;
    if (!containers || !containers->isSequence() || containers->items.empty()) {
        m_objects.note(
            Kind::LeftOut, m_object, *m_object.node, {},
            QT_TRANSLATE_NOOP("Import", "no pod template with a container; not imported"));
        return false;
    }
    if (const YamlNode *labels = path(spec, {"template", "metadata", "labels"})) {
        for (size_t i = 0; i < labels->keys.size(); ++i)
            m_labels.insert(labels->keys[i].scalar, labels->values[i].scalar);
    }
    m_objects.leftOut(m_object, *spec, QStringLiteral("spec"),
                      {QStringLiteral("replicas"), QStringLiteral("selector"),
                       QStringLiteral("template"), QStringLiteral("serviceName"),
                       QStringLiteral("volumeClaimTemplates")});
    m_objects.leftOut(m_object, *podSpec, QStringLiteral("spec.template.spec"),
                      {QStringLiteral("containers"), QStringLiteral("volumes")});
    for (size_t i = 1; i < containers->items.size(); ++i) {
        m_objects.note(Kind::LeftOut, m_object, containers->items[i],
                       QStringLiteral("spec.template.spec.containers[%1]").arg(i),
                       QT_TRANSLATE_NOOP("Import",
                                         "a second container (sidecar '%1'): one container per "
                                         "component is modelled"),
                       {text(containers->items[i].find(QStringLiteral("name")))});
    }
    m_container = &containers->items.front();
    m_containerPath = QStringLiteral("spec.template.spec.containers[0]");
    m_objects.leftOut(m_object, *m_container, m_containerPath,
                      {QStringLiteral("name"), QStringLiteral("image"), QStringLiteral("ports"),
                       QStringLiteral("env"), QStringLiteral("envFrom"),
                       QStringLiteral("resources"), QStringLiteral("livenessProbe"),
                       QStringLiteral("readinessProbe"), QStringLiteral("volumeMounts")});

    Component component;
    component.label = m_object.name;
    component.image = text(m_container->find(QStringLiteral("image")));
    QList<int> ports;
    if (const YamlNode *list = m_container->find(QStringLiteral("ports"))) {
        for (const YamlNode &item : list->items) {
            const int number = text(item.find(QStringLiteral("containerPort"))).toInt();
            if (number <= 0 || number > 65535)
                continue;
            Port port;
            port.container = number;
            port.name = text(item.find(QStringLiteral("name")));
            if (port.name.size() > 15 || !Naming::isDnsLabel(port.name))
                port.name.clear(); // the model's port names are short DNS labels
            if (text(item.find(QStringLiteral("protocol"))) == QLatin1String("UDP"))
                port.protocol = QStringLiteral("UDP");
            component.ports << port;
            ports << number;
        }
    }
    component.type = chooseType(component.image, ports);
    readProbes(*m_container, m_containerPath, component);
    m_id = m_objects.assembler().addComponent(
        component, m_object.name,
        {m_object.file, m_object.node->line, m_object.node->column, m_object.key()});

    deployment.component = m_id;
    if (const YamlNode *replicas = spec->find(QStringLiteral("replicas")))
        deployment.replicas = qMax(0, replicas->scalar.toInt());
    if (m_object.kind == QLatin1String("DaemonSet")) {
        m_objects.note(Kind::Changed, m_object, *m_object.node, {},
                       QT_TRANSLATE_NOOP(
                           "Import", "one pod per node is not modelled; imported as one replica"));
    }
    readResources(*m_container, m_containerPath, deployment);
    readStorage(*podSpec, deployment, component.type);
    return true;
}

QString KubernetesWorkload::chooseType(const QString &image, const QList<int> &ports) const
{
    QString type = TypeGuesser::fromImage(image);
    if (type.isEmpty())
        type = TypeGuesser::fromImage(m_object.name);
    const ComponentType known = m_objects.assembler().catalog().type(type);
    // A load balancer is the cluster's Ingress, not a pod: a proxy running as a workload stays one.
    if (known.isValid()
        && known.realisation(QStringLiteral("kubernetes")) == QLatin1String("ingress"))
        type.clear();
    if (!type.isEmpty())
        return type;
    const QString name = TypeGuesser::imageName(image);
    const QString repository = image.section(QLatin1Char(':'), 0, 0);
    // The team's own image: a language runtime, or a repository named after the workload.
    const bool own = TypeGuesser::isRuntimeImage(image)
        || (repository.contains(QLatin1Char('/')) && name.endsWith(m_object.name));
    if (own) {
        return TypeGuesser::forApplication(
            {m_object.name, text(m_container->find(QStringLiteral("name"))), name}, ports, {});
    }
    return QLatin1String(TypeGuesser::Generic);
}

void KubernetesWorkload::readResources(const YamlNode &container, const QString &path,
                                       Deployment &deployment)
{
    const YamlNode *resources = container.find(QStringLiteral("resources"));
    if (!resources)
        return;
    Resources &r = deployment.resources;
    struct Field
    {
        const char *section;
        const char *name;
        qint64 *into;
        bool cpu;
    };
    const Field fields[] = {{"requests", "cpu", &r.cpuRequest, true},
                            {"requests", "memory", &r.memoryRequest, false},
                            {"limits", "cpu", &r.cpuLimit, true},
                            {"limits", "memory", &r.memoryLimit, false}};
    for (const Field &field : fields) {
        const YamlNode *section = resources->find(QLatin1String(field.section));
        const YamlNode *value = section ? section->find(QLatin1String(field.name)) : nullptr;
        if (!value)
            continue;
        const auto parsed
            = field.cpu ? Quantity::parseCpu(value->scalar) : Quantity::parseMemory(value->scalar);
        // Past the bound the project reader accepts (quantitybounds.h) is no quantity either.
        if (parsed && *parsed <= (field.cpu ? Quantity::MaxCpu : Quantity::MaxMemory))
            *field.into = *parsed;
        else
            m_objects.note(Kind::LeftOut, m_object, *value,
                           path
                               + QStringLiteral(".resources.%1.%2")
                                     .arg(QLatin1String(field.section), QLatin1String(field.name)),
                           QT_TRANSLATE_NOOP("Import", "'%1' is not a quantity; not imported"),
                           {value->scalar});
    }
    for (const char *section : {"requests", "limits"}) {
        if (const YamlNode *map = resources->find(QLatin1String(section)); map && map->isMap())
            m_objects.leftOut(m_object, *map,
                              path + QStringLiteral(".resources.") + QLatin1String(section),
                              {QStringLiteral("cpu"), QStringLiteral("memory")});
    }
}

void KubernetesWorkload::readProbes(const YamlNode &container, const QString &path,
                                    Component &component)
{
    const ComponentType type = m_objects.assembler().catalog().type(component.type);
    QString livenessPath;
    for (const char *probeName : {"livenessProbe", "readinessProbe"}) {
        const YamlNode *probe = container.find(QLatin1String(probeName));
        if (!probe)
            continue;
        const QString probePath = path + QLatin1Char('.') + QLatin1String(probeName);
        const bool liveness = QLatin1String(probeName) == QLatin1String("livenessProbe");
        if (const YamlNode *http = probe->find(QStringLiteral("httpGet"))) {
            const QString p = text(http->find(QStringLiteral("path")));
            const QString value = p.isEmpty() ? QStringLiteral("/") : p;
            if (liveness || livenessPath.isEmpty()) {
                if (liveness)
                    livenessPath = value;
                if (component.properties.value(QStringLiteral("healthPath")).isEmpty())
                    HealthImport::fromHttpPath(value, component);
            }
            if (!liveness && !livenessPath.isEmpty() && value != livenessPath)
                component.properties.insert(QStringLiteral("readinessPath"), value);
        } else if (const YamlNode *exec = probe->find(QStringLiteral("exec"))) {
            QStringList command;
            if (const YamlNode *list = exec->find(QStringLiteral("command"))) {
                for (const YamlNode &item : list->items)
                    command << item.scalar;
            }
            if (component.properties.value(QStringLiteral("healthCommand")).isEmpty()
                && HealthImport::fromCommand(command, type, component)
                    == HealthImport::Outcome::KeptAsProperty)
                m_objects.note(Kind::Changed, m_object, *probe, probePath,
                               QT_TRANSLATE_NOOP("Import",
                                                 "kept as property healthCommand; exports run the "
                                                 "type's own check"));
        }
        m_objects.leftOut(m_object, *probe, probePath,
                          {QStringLiteral("httpGet"), QStringLiteral("exec"),
                           QStringLiteral("tcpSocket"), QStringLiteral("initialDelaySeconds"),
                           QStringLiteral("periodSeconds"), QStringLiteral("timeoutSeconds"),
                           QStringLiteral("failureThreshold"), QStringLiteral("successThreshold")});
    }
}

void KubernetesWorkload::readStorage(const YamlNode &podSpec, Deployment &deployment,
                                     const QString &typeId)
{
    const ComponentType type = m_objects.assembler().catalog().type(typeId);
    qint64 size = 0;
    const YamlNode *at = nullptr;
    QString where;
    if (const YamlNode *templates = m_object.spec()->find(QStringLiteral("volumeClaimTemplates"))) {
        for (size_t i = 0; i < templates->items.size(); ++i) {
            const YamlNode *storage
                = path(&templates->items[i], {"spec", "resources", "requests", "storage"});
            qint64 bytes = Quantity::parseMemory(text(storage)).value_or(0);
            if (bytes > Quantity::MaxMemory)
                bytes = 0; // past what a project file holds: no size, as for an unreadable one
            if (size == 0) {
                size = bytes;
                at = &templates->items[i];
                where = QStringLiteral("spec.volumeClaimTemplates[%1]").arg(i);
            } else {
                m_objects.note(
                    Kind::LeftOut, m_object, templates->items[i],
                    QStringLiteral("spec.volumeClaimTemplates[%1]").arg(i),
                    QT_TRANSLATE_NOOP("Import", "a second volume: one per component is modelled"));
            }
        }
    }
    if (const YamlNode *volumes = podSpec.find(QStringLiteral("volumes"))) {
        for (size_t i = 0; i < volumes->items.size(); ++i) {
            const QString volumePath = QStringLiteral("spec.template.spec.volumes[%1]").arg(i);
            const QString claim
                = text(path(&volumes->items[i], {"persistentVolumeClaim", "claimName"}));
            if (!claim.isEmpty() && size == 0) {
                size = m_objects.claimSize(claim);
                at = &volumes->items[i];
                where = volumePath;
                continue;
            }
            m_objects.note(Kind::LeftOut, m_object, volumes->items[i], volumePath,
                           QT_TRANSLATE_NOOP("Import", "volume '%1' is not modelled"),
                           {text(volumes->items[i].find(QStringLiteral("name")))});
        }
    }
    if (size <= 0)
        return;
    if (!type.isStateful()) {
        m_objects.note(Kind::LeftOut, m_object, *at, where,
                       QT_TRANSLATE_NOOP("Import",
                                         "persistent storage on a type that keeps no state (%1); "
                                         "not modelled"),
                       {typeId});
        return;
    }
    deployment.storage = size;
}

void KubernetesWorkload::addVariables()
{
    ImportAssembler &assembler = m_objects.assembler();
    QList<EnvVar> env;
    QHash<QString, QString> rawValues; // name -> value as written, for $(NAME) uses
    // What the replication strategy gives each member (our own export's peer discovery) is the
    // strategy's, not the design's: the deployment's mode brings it back on export.
    const Component *component = assembler.project().component(m_id);
    const ComponentType type = assembler.catalog().type(component ? component->type : QString());
    const bool peers
        = type.replication(platformId(Platform::Kubernetes)) == ReplicationStrategy::PeerDiscovery;
    auto add = [&](const QString &name, const QString &value, const YamlNode &at,
                   const QString &key, const QString &secret = {}) {
        if (peers && ReplicationPlan::peerDiscoveryVariables().contains(name))
            return;
        rawValues.insert(name, value);
        const ImportLocation where {m_object.file, at.line, at.column,
                                    m_object.key() + QLatin1Char(' ') + key};
        if (auto var = assembler.envVar(m_id, name, value, where, secret))
            assembler.addVariable(env, *var, where);
    };
    if (const YamlNode *from = m_container->find(QStringLiteral("envFrom"))) {
        for (size_t i = 0; i < from->items.size(); ++i) {
            const YamlNode &item = from->items[i];
            const QString key = m_containerPath + QStringLiteral(".envFrom[%1]").arg(i);
            const QString configMap = text(path(&item, {"configMapRef", "name"}));
            const KubernetesObject *object = m_objects.find(QStringLiteral("ConfigMap"), configMap);
            const YamlNode *data = object ? object->node->find(QStringLiteral("data")) : nullptr;
            if (configMap.isEmpty() || !object) {
                m_objects.note(
                    Kind::LeftOut, m_object, item, key,
                    QT_TRANSLATE_NOOP("Import",
                                      "variables from a Secret or a ConfigMap that is not "
                                      "in the input: their names are unknown"));
                continue;
            }
            for (size_t k = 0; data && k < data->keys.size(); ++k)
                add(data->keys[k].scalar, data->values[k].scalar, data->keys[k],
                    QStringLiteral("ConfigMap/") + configMap);
        }
    }
    if (const YamlNode *vars = m_container->find(QStringLiteral("env"))) {
        for (size_t i = 0; i < vars->items.size(); ++i) {
            const YamlNode &item = vars->items[i];
            const QString name = text(item.find(QStringLiteral("name")));
            const QString key = m_containerPath + QStringLiteral(".env.") + name;
            if (const YamlNode *value = item.find(QStringLiteral("value"))) {
                add(name, value->scalar, item, key);
                continue;
            }
            if (item.find(QStringLiteral("valueFrom")) == nullptr) {
                add(name, {}, item, key);
                continue;
            }
            if (const YamlNode *ref = path(&item, {"valueFrom", "secretKeyRef"})) {
                add(name, {}, item, key,
                    m_objects.secretName(text(ref->find(QStringLiteral("name"))),
                                         text(ref->find(QStringLiteral("key")))));
            } else if (const YamlNode *ref = path(&item, {"valueFrom", "configMapKeyRef"})) {
                const YamlNode *value
                    = m_objects.configMapValue(text(ref->find(QStringLiteral("name"))),
                                               text(ref->find(QStringLiteral("key"))));
                if (value)
                    add(name, value->scalar, item, key);
                else
                    m_objects.note(Kind::LeftOut, m_object, item, key,
                                   QT_TRANSLATE_NOOP("Import",
                                                     "the ConfigMap key it reads is not in the "
                                                     "input; not imported"));
            } else {
                m_objects.note(Kind::LeftOut, m_object, item, key,
                               QT_TRANSLATE_NOOP("Import",
                                                 "a value from the pod's own fields is not "
                                                 "modelled"));
            }
        }
    }
    // A secret read only to be spliced into a URL ("$(DB_PASSWORD)") that became a reference: the
    // reference brings the password itself, so the helper variable goes.
    QList<EnvVar> kept;
    for (const EnvVar &var : env) {
        bool helper = false;
        if (var.kind == EnvVar::Kind::Secret) {
            const QString use = QStringLiteral("$(") + var.name + QLatin1Char(')');
            for (const EnvVar &other : env) {
                if (other.kind == EnvVar::Kind::Reference
                    && rawValues.value(other.name).contains(use))
                    helper = true;
            }
        }
        if (!helper)
            kept << var;
    }
    assembler.project().component(m_id)->env = kept;
}

} // namespace Stackdraft::Core
