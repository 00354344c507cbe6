#pragma once

#include "core/import/importassembler.h"
#include "core/io/yamlnode.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace Stackdraft::Core {

struct ImportRequest;

// One Kubernetes object as read: where it is and its YAML.
struct KubernetesObject
{
    QString file;
    QString kind;
    QString name;
    const YamlNode *node = nullptr;

    QString key() const { return kind + QLatin1Char('/') + name; }
    const YamlNode *spec() const { return node->find(QStringLiteral("spec")); }
};

// The object set of one import and what the importers share while reading it: ConfigMaps and
// PVCs by name, the secret names chosen so far, notes located in the right file.
class KubernetesObjects final
{
public:
    explicit KubernetesObjects(ImportAssembler &assembler);

    void add(KubernetesObject object);
    QList<KubernetesObject> ofKind(const QString &kind) const;
    const QList<KubernetesObject> &all() const { return m_objects; }
    const KubernetesObject *find(const QString &kind, const QString &name) const;

    ImportAssembler &assembler() { return m_assembler; }
    void note(ImportNote::Kind kind, const KubernetesObject &object, const YamlNode &at,
              const QString &path, const char *reason, const QStringList &arguments = {});
    // Every key of `map` not in `handled` as "not modelled".
    void leftOut(const KubernetesObject &object, const YamlNode &map, const QString &path,
                 const QStringList &handled);
    // The key a ConfigMap holds, or nullptr.
    const YamlNode *configMapValue(const QString &configMap, const QString &key) const;
    // The model's secret name for key `key` of Secret `secret`: the key itself when it is a DNS
    // label no other Secret uses (so Stackdraft's own exports come back as they were), else
    // "<secret>-<key>".
    QString secretName(const QString &secret, const QString &key);
    // Bytes a PersistentVolumeClaim requests; 0 when unknown.
    qint64 claimSize(const QString &claim) const;

private:
    ImportAssembler &m_assembler;
    QList<KubernetesObject> m_objects;
    QHash<QString, int> m_index; // "Kind/name" -> position
    QHash<QString, QString> m_secretKeys; // key -> the Secret that first used it
};

} // namespace Stackdraft::Core
