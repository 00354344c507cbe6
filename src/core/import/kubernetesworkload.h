#pragma once

#include "core/import/kubernetesobjects.h"
#include "core/model/deployment.h"

#include <QMap>
#include <QString>

namespace Stackdraft::Core {

// One workload (Deployment, StatefulSet, DaemonSet, ReplicationController, ReplicaSet): its first
// container becomes a component and the workload its deployment (replicas, requests/limits,
// storage); its variables are read in a second pass, once every Service's host is known.
class KubernetesWorkload final
{
public:
    KubernetesWorkload(KubernetesObjects &objects, const KubernetesObject &object);

    bool addComponent(Deployment &deployment);
    void addVariables();
    QString id() const { return m_id; }
    // The pod template's labels, for Service selectors.
    QMap<QString, QString> podLabels() const { return m_labels; }

private:
    QString chooseType(const QString &image, const QList<int> &ports) const;
    void readResources(const YamlNode &container, const QString &path, Deployment &deployment);
    void readProbes(const YamlNode &container, const QString &path, Component &component);
    void readStorage(const YamlNode &podSpec, Deployment &deployment, const QString &type);

    KubernetesObjects &m_objects;
    const KubernetesObject m_object;
    const YamlNode *m_container = nullptr;
    QString m_containerPath;
    QString m_id;
    QMap<QString, QString> m_labels;
};

} // namespace Stackdraft::Core
