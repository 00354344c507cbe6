#pragma once

#include "core/export/envresolver.h"
#include "core/export/exportnaming.h"
#include "core/export/replicationplan.h"
#include "core/export/workload.h"
#include "core/export/yamltree.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Stackdraft::Core {
class Catalog;
struct Environment;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::Plugins {

// The custom resources that realise a replicated data store through its Kubernetes operator
// (CloudNativePG, MongoDB Community, RabbitMQ Cluster Operator, OT redis-operator), each
// validated against the operator's published CRD schema by the conformance tests. The operators
// keep their own Services; clients reach the writer through ReplicationPlan::writerHost.
class OperatorResources final
{
public:
    OperatorResources(const Core::Project &project, const Core::Environment &env,
                      const Core::Catalog &catalog);
    // Shares `resolver` (of `project` in the environment; it must outlive this one) rather than
    // making its own, which indexes the whole project (EnvResolver).
    OperatorResources(const Core::Project &project, const Core::EnvResolver &resolver);

    // The objects of one workload whose plan usesOperator(), in apply order.
    QList<Core::YamlTree> objects(const Core::Workload &w, const Core::ReplicationPlan &plan) const;

    // The credential Secrets the operators read, which Stackdraft never generates: one shell
    // command each (kubectl create secret ...) filling them from the same environment variables
    // as the project's Secret, so clients and servers agree on every password.
    QStringList credentialCommands(const Core::Workload &w, const Core::ReplicationPlan &plan,
                                   const QString &namespaceName) const;
    // The operator a plan needs installed in the cluster, for the kustomization's notes.
    static QString operatorName(Core::ReplicationStrategy strategy);

private:
    Core::YamlTree cloudNativePgCluster(const Core::Workload &w, int members) const;
    Core::YamlTree mongoDbReplicaSet(const Core::Workload &w, int members) const;
    Core::YamlTree rabbitmqCluster(const Core::Workload &w, int members) const;
    Core::YamlTree redisReplication(const Core::Workload &w, int members) const;
    Core::YamlTree redisSentinel(const Core::Workload &w) const;

    Core::YamlTree object(const QString &apiVersion, const QString &kind, const Core::Workload &w,
                          const QString &name) const;
    QString storageSize(const Core::Workload &w) const;
    QString urlField(const Core::Workload &w, const QString &field, const QString &fallback) const;
    QString passwordSecret(const Core::Workload &w) const;
    QString credentialsSecretName(const Core::Workload &w) const;

    const Core::Project &m_project;
    std::shared_ptr<const Core::EnvResolver> m_ownResolver; // when not given one
    const Core::EnvResolver &m_resolver; // one per environment: resolving stays linear
};

} // namespace Stackdraft::Plugins
