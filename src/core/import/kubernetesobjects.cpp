#include "core/import/kubernetesobjects.h"

#include "core/import/importyaml.h"
#include "core/model/naming.h"
#include "core/model/quantity.h"
#include "core/model/quantitybounds.h"

namespace Stackdraft::Core {

KubernetesObjects::KubernetesObjects(ImportAssembler &assembler)
    : m_assembler(assembler)
{
}

void KubernetesObjects::add(KubernetesObject object)
{
    m_index.insert(object.key(), int(m_objects.size()));
    m_objects.append(std::move(object));
}

QList<KubernetesObject> KubernetesObjects::ofKind(const QString &kind) const
{
    QList<KubernetesObject> out;
    for (const KubernetesObject &object : m_objects) {
        if (object.kind == kind)
            out << object;
    }
    return out;
}

const KubernetesObject *KubernetesObjects::find(const QString &kind, const QString &name) const
{
    const auto it = m_index.constFind(kind + QLatin1Char('/') + name);
    return it == m_index.constEnd() ? nullptr : &m_objects[*it];
}

void KubernetesObjects::note(ImportNote::Kind kind, const KubernetesObject &object,
                             const YamlNode &at, const QString &path, const char *reason,
                             const QStringList &arguments)
{
    const QString key = path.isEmpty() ? object.key() : object.key() + QLatin1Char(' ') + path;
    m_assembler.report().add({kind, object.file, at.line, at.column, key, reason, arguments});
}

void KubernetesObjects::leftOut(const KubernetesObject &object, const YamlNode &map,
                                const QString &path, const QStringList &handled)
{
    for (size_t i = 0; i < map.keys.size(); ++i) {
        const QString &name = map.keys[i].scalar;
        if (handled.contains(name))
            continue;
        note(ImportNote::Kind::LeftOut, object, map.keys[i],
             path.isEmpty() ? name : path + QLatin1Char('.') + name,
             QT_TRANSLATE_NOOP("Import", "not modelled"));
    }
}

const YamlNode *KubernetesObjects::configMapValue(const QString &configMap,
                                                  const QString &key) const
{
    const KubernetesObject *object = find(QStringLiteral("ConfigMap"), configMap);
    if (!object)
        return nullptr;
    const YamlNode *data = object->node->find(QStringLiteral("data"));
    return data ? data->find(key) : nullptr;
}

QString KubernetesObjects::secretName(const QString &secret, const QString &key)
{
    if (Naming::isDnsLabel(key)) {
        const auto it = m_secretKeys.constFind(key);
        if (it == m_secretKeys.constEnd()) {
            m_secretKeys.insert(key, secret);
            return key;
        }
        if (*it == secret)
            return key;
    }
    return Naming::toDnsLabel(secret + QLatin1Char('-') + key);
}

qint64 KubernetesObjects::claimSize(const QString &claim) const
{
    const KubernetesObject *object = find(QStringLiteral("PersistentVolumeClaim"), claim);
    if (!object || !object->spec())
        return 0;
    const YamlNode *resources = object->spec()->find(QStringLiteral("resources"));
    const YamlNode *requests = resources ? resources->find(QStringLiteral("requests")) : nullptr;
    const QString size
        = ImportYaml::text(requests ? requests->find(QStringLiteral("storage")) : nullptr);
    const qint64 bytes = Quantity::parseMemory(size).value_or(0);
    return bytes <= Quantity::MaxMemory ? bytes : 0; // past what a project file holds: no size
}

} // namespace Stackdraft::Core
