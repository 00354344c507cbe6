#include "operatorresources.h"

#include "core/catalog/catalog.h"
#include "core/export/envresolver.h"
#include "core/model/project.h"
#include "core/model/quantity.h"
#include "kubernetesmanifests.h"

#include <QRegularExpression>

namespace Stackdraft::Plugins {

using namespace Stackdraft::Core;

namespace {

// "postgres:16.2-alpine" -> {"postgres", "16.2-alpine"}; a registry host stays in the repository.
std::pair<QString, QString> splitImage(const QString &image)
{
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    if (colon > slash)
        return {image.left(colon), image.mid(colon + 1)};
    return {image, QString()};
}

bool isOfficialImage(const QString &repository, const QString &name)
{
    return repository == name || repository == QLatin1String("library/") + name
        || repository == QLatin1String("docker.io/library/") + name;
}

// The leading numeric version of a tag: "16.2-alpine" -> "16.2", "7-alpine" -> "7".
QString numericVersion(const QString &tag)
{
    static const QRegularExpression leading(QStringLiteral("^\\d+(\\.\\d+)*"));
    return leading.match(tag).captured(0);
}

YamlTree nameRef(const QString &name)
{
    YamlTree ref = YamlTree::map();
    ref.insert(QStringLiteral("name"), name);
    return ref;
}

YamlTree keyRef(const QString &name, const QString &key)
{
    YamlTree ref = nameRef(name);
    ref.insert(QStringLiteral("key"), key);
    return ref;
}

QString shellVariable(const QString &secret)
{
    return QStringLiteral("\"$%1\"").arg(ExportNaming::secretEnvName(secret));
}

} // namespace

OperatorResources::OperatorResources(const Project &project, const Environment &env,
                                     const Catalog &catalog)
    : m_project(project)
    , m_ownResolver(std::make_shared<const EnvResolver>(project, env, catalog))
    , m_resolver(*m_ownResolver)
{
}

OperatorResources::OperatorResources(const Project &project, const EnvResolver &resolver)
    : m_project(project)
    , m_resolver(resolver)
{
}

QString OperatorResources::operatorName(ReplicationStrategy strategy)
{
    switch (strategy) {
    case ReplicationStrategy::CloudNativePg:
        return QStringLiteral("CloudNativePG (postgresql.cnpg.io/v1)");
    case ReplicationStrategy::MongoDbCommunity:
        return QStringLiteral("MongoDB Community Operator (mongodbcommunity.mongodb.com/v1)");
    case ReplicationStrategy::RabbitmqClusterOperator:
        return QStringLiteral("RabbitMQ Cluster Operator (rabbitmq.com/v1beta1)");
    case ReplicationStrategy::RedisSentinel:
        return QStringLiteral("OT redis-operator (redis.redis.opstreelabs.in/v1beta2)");
    case ReplicationStrategy::PeerDiscovery:
    case ReplicationStrategy::Managed:
        return {};
    }
    return {};
}

YamlTree OperatorResources::object(const QString &apiVersion, const QString &kind,
                                   const Workload &w, const QString &name) const
{
    YamlTree metadata = YamlTree::map();
    metadata.insert(QStringLiteral("name"), name);
    YamlTree labels = YamlTree::map();
    for (const auto &[key, value] : ExportNaming::standardLabels(m_project, *w.component, w.type))
        labels.insert(key, value);
    metadata.insert(QStringLiteral("labels"), labels);
    YamlTree o = YamlTree::map();
    o.insert(QStringLiteral("apiVersion"), apiVersion);
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("metadata"), metadata);
    return o;
}

QString OperatorResources::storageSize(const Workload &w) const
{
    return Quantity::formatMemory(w.storage > 0 ? w.storage : qint64(1) << 30);
}

QString OperatorResources::urlField(const Workload &w, const QString &field,
                                    const QString &fallback) const
{
    const QString value = m_resolver.urlField(*w.component, field);
    return value.isEmpty() ? fallback : value;
}

QString OperatorResources::passwordSecret(const Workload &w) const
{
    return m_resolver.passwordSecret(*w.component);
}

QString OperatorResources::credentialsSecretName(const Workload &w) const
{
    return w.name + QLatin1String("-credentials");
}

YamlTree OperatorResources::cloudNativePgCluster(const Workload &w, int members) const
{
    YamlTree spec = YamlTree::map();
    spec.insert(QStringLiteral("instances"), members);
    // CloudNativePG runs its own PostgreSQL images (with its instance manager's tools); the
    // official image of the same major version maps onto them, any other image is used as given.
    const auto [repository, tag] = splitImage(w.image);
    if (isOfficialImage(repository, QStringLiteral("postgres"))) {
        const QString major = numericVersion(tag).section(QLatin1Char('.'), 0, 0);
        spec.insert(QStringLiteral("imageName"),
                    QStringLiteral("ghcr.io/cloudnative-pg/postgresql:")
                        + (major.isEmpty() ? QStringLiteral("16") : major));
    } else {
        spec.insert(QStringLiteral("imageName"), w.image);
    }
    // Switch-over and fail-over promote a replica; clients follow the "-rw" Service.
    spec.insert(QStringLiteral("primaryUpdateStrategy"), QStringLiteral("unsupervised"));
    YamlTree storage = YamlTree::map();
    storage.insert(QStringLiteral("size"), storageSize(w));
    spec.insert(QStringLiteral("storage"), storage);
    const YamlTree r = KubernetesManifests::resources(w);
    if (r.size() > 0)
        spec.insert(QStringLiteral("resources"), r);

    const QString user = urlField(w, QStringLiteral("user"), QStringLiteral("app"));
    const QString database = urlField(w, QStringLiteral("database"), QStringLiteral("app"));
    YamlTree initdb = YamlTree::map();
    initdb.insert(QStringLiteral("database"), database);
    if (user == QLatin1String("postgres")) {
        // Clients connect as the superuser: its password comes from our credentials Secret; the
        // database belongs to an application owner whose Secret the operator generates.
        initdb.insert(QStringLiteral("owner"), database);
        spec.insert(QStringLiteral("enableSuperuserAccess"), true);
        spec.insert(QStringLiteral("superuserSecret"), nameRef(credentialsSecretName(w)));
    } else {
        initdb.insert(QStringLiteral("owner"), user);
        initdb.insert(QStringLiteral("secret"), nameRef(credentialsSecretName(w)));
    }
    YamlTree bootstrap = YamlTree::map();
    bootstrap.insert(QStringLiteral("initdb"), initdb);
    spec.insert(QStringLiteral("bootstrap"), bootstrap);

    YamlTree cluster
        = object(QStringLiteral("postgresql.cnpg.io/v1"), QStringLiteral("Cluster"), w, w.name);
    cluster.insert(QStringLiteral("spec"), spec);
    return cluster;
}

YamlTree OperatorResources::mongoDbReplicaSet(const Workload &w, int members) const
{
    // The operator wants a full server version; a shorter tag ("7.0") means its first release.
    QString version = numericVersion(splitImage(w.image).second);
    if (version.isEmpty())
        version = QStringLiteral("7.0");
    while (version.count(QLatin1Char('.')) < 2)
        version += QLatin1String(".0");
    const QString user = urlField(w, QStringLiteral("user"), QStringLiteral("root"));

    YamlTree spec = YamlTree::map();
    spec.insert(QStringLiteral("members"), members);
    spec.insert(QStringLiteral("type"), QStringLiteral("ReplicaSet"));
    spec.insert(QStringLiteral("version"), version);
    YamlTree authentication = YamlTree::map();
    authentication.insert(QStringLiteral("modes"), YamlTree::sequence({QStringLiteral("SCRAM")}));
    YamlTree security = YamlTree::map();
    security.insert(QStringLiteral("authentication"), authentication);
    spec.insert(QStringLiteral("security"), security);

    YamlTree role = YamlTree::map();
    role.insert(QStringLiteral("name"), QStringLiteral("root"));
    role.insert(QStringLiteral("db"), QStringLiteral("admin"));
    YamlTree roles = YamlTree::sequence();
    roles.append(role);
    YamlTree account = YamlTree::map();
    account.insert(QStringLiteral("name"), user);
    account.insert(QStringLiteral("db"), QStringLiteral("admin"));
    account.insert(QStringLiteral("passwordSecretRef"),
                   keyRef(credentialsSecretName(w), QStringLiteral("password")));
    account.insert(QStringLiteral("roles"), roles);
    account.insert(QStringLiteral("scramCredentialsSecretName"), w.name + QLatin1String("-scram"));
    YamlTree users = YamlTree::sequence();
    users.append(account);
    spec.insert(QStringLiteral("users"), users);

    // Resources and volume size through the operator's StatefulSet override.
    YamlTree container = YamlTree::map();
    container.insert(QStringLiteral("name"), QStringLiteral("mongod"));
    const YamlTree r = KubernetesManifests::resources(w);
    if (r.size() > 0)
        container.insert(QStringLiteral("resources"), r);
    YamlTree requests = YamlTree::map();
    requests.insert(QStringLiteral("storage"), storageSize(w));
    YamlTree claimResources = YamlTree::map();
    claimResources.insert(QStringLiteral("requests"), requests);
    YamlTree claimSpec = YamlTree::map();
    claimSpec.insert(QStringLiteral("resources"), claimResources);
    YamlTree claim = YamlTree::map();
    claim.insert(QStringLiteral("metadata"), nameRef(QStringLiteral("data-volume")));
    claim.insert(QStringLiteral("spec"), claimSpec);
    YamlTree claims = YamlTree::sequence();
    claims.append(claim);
    YamlTree statefulSetSpec = YamlTree::map();
    statefulSetSpec.insert(QStringLiteral("template"), KubernetesManifests::podTemplate(container));
    statefulSetSpec.insert(QStringLiteral("volumeClaimTemplates"), claims);
    YamlTree statefulSet = YamlTree::map();
    statefulSet.insert(QStringLiteral("spec"), statefulSetSpec);
    spec.insert(QStringLiteral("statefulSet"), statefulSet);

    YamlTree replicaSet = object(QStringLiteral("mongodbcommunity.mongodb.com/v1"),
                                 QStringLiteral("MongoDBCommunity"), w, w.name);
    replicaSet.insert(QStringLiteral("spec"), spec);
    return replicaSet;
}

YamlTree OperatorResources::rabbitmqCluster(const Workload &w, int members) const
{
    YamlTree spec = YamlTree::map();
    spec.insert(QStringLiteral("replicas"), members);
    spec.insert(QStringLiteral("image"), w.image);
    const YamlTree r = KubernetesManifests::resources(w);
    if (r.size() > 0)
        spec.insert(QStringLiteral("resources"), r);
    YamlTree persistence = YamlTree::map();
    persistence.insert(QStringLiteral("storage"), storageSize(w));
    spec.insert(QStringLiteral("persistence"), persistence);
    // The default user's name and password come from our credentials Secret, so the brokers
    // accept what the clients' AMQP URLs carry.
    YamlTree externalSecret = nameRef(credentialsSecretName(w));
    YamlTree secretBackend = YamlTree::map();
    secretBackend.insert(QStringLiteral("externalSecret"), externalSecret);
    spec.insert(QStringLiteral("secretBackend"), secretBackend);
    YamlTree cluster = object(QStringLiteral("rabbitmq.com/v1beta1"),
                              QStringLiteral("RabbitmqCluster"), w, w.name);
    cluster.insert(QStringLiteral("spec"), spec);
    return cluster;
}

YamlTree OperatorResources::redisReplication(const Workload &w, int members) const
{
    YamlTree kubernetesConfig = YamlTree::map();
    // The operator drives its own images (their entrypoints read its settings).
    const auto [repository, tag] = splitImage(w.image);
    kubernetesConfig.insert(QStringLiteral("image"),
                            isOfficialImage(repository, QStringLiteral("redis"))
                                ? QStringLiteral("quay.io/opstree/redis:v7.0.15")
                                : w.image);
    kubernetesConfig.insert(QStringLiteral("imagePullPolicy"), QStringLiteral("IfNotPresent"));
    const YamlTree r = KubernetesManifests::resources(w);
    if (r.size() > 0)
        kubernetesConfig.insert(QStringLiteral("resources"), r);
    if (const QString secret = passwordSecret(w); !secret.isEmpty())
        kubernetesConfig.insert(QStringLiteral("redisSecret"),
                                keyRef(ExportNaming::kubernetesSecretName(m_project),
                                       ExportNaming::kubernetesSecretKey(secret)));

    YamlTree requests = YamlTree::map();
    requests.insert(QStringLiteral("storage"), storageSize(w));
    YamlTree claimResources = YamlTree::map();
    claimResources.insert(QStringLiteral("requests"), requests);
    YamlTree claimSpec = YamlTree::map();
    claimSpec.insert(QStringLiteral("accessModes"),
                     YamlTree::sequence({QStringLiteral("ReadWriteOnce")}));
    claimSpec.insert(QStringLiteral("resources"), claimResources);
    YamlTree claim = YamlTree::map();
    claim.insert(QStringLiteral("spec"), claimSpec);
    YamlTree storage = YamlTree::map();
    storage.insert(QStringLiteral("volumeClaimTemplate"), claim);

    YamlTree spec = YamlTree::map();
    spec.insert(QStringLiteral("clusterSize"), members);
    spec.insert(QStringLiteral("kubernetesConfig"), kubernetesConfig);
    spec.insert(QStringLiteral("storage"), storage);
    YamlTree replication = object(QStringLiteral("redis.redis.opstreelabs.in/v1beta2"),
                                  QStringLiteral("RedisReplication"), w, w.name);
    replication.insert(QStringLiteral("spec"), spec);
    return replication;
}

YamlTree OperatorResources::redisSentinel(const Workload &w) const
{
    YamlTree kubernetesConfig = YamlTree::map();
    kubernetesConfig.insert(QStringLiteral("image"),
                            QStringLiteral("quay.io/opstree/redis-sentinel:v7.0.15"));
    kubernetesConfig.insert(QStringLiteral("imagePullPolicy"), QStringLiteral("IfNotPresent"));
    YamlTree config = YamlTree::map();
    config.insert(QStringLiteral("redisReplicationName"), w.name);
    if (const QString secret = passwordSecret(w); !secret.isEmpty()) {
        YamlTree valueFrom = YamlTree::map();
        valueFrom.insert(QStringLiteral("secretKeyRef"),
                         keyRef(ExportNaming::kubernetesSecretName(m_project),
                                ExportNaming::kubernetesSecretKey(secret)));
        config.insert(QStringLiteral("redisReplicationPassword"), valueFrom);
    }
    YamlTree spec = YamlTree::map();
    // Three sentinels: a quorum of two survives the loss of any one.
    spec.insert(QStringLiteral("clusterSize"), 3);
    spec.insert(QStringLiteral("kubernetesConfig"), kubernetesConfig);
    spec.insert(QStringLiteral("redisSentinelConfig"), config);
    YamlTree sentinel
        = object(QStringLiteral("redis.redis.opstreelabs.in/v1beta2"),
                 QStringLiteral("RedisSentinel"), w, w.name + QLatin1String("-sentinel"));
    sentinel.insert(QStringLiteral("spec"), spec);
    return sentinel;
}

QList<YamlTree> OperatorResources::objects(const Workload &w, const ReplicationPlan &plan) const
{
    if (!plan.usesOperator())
        return {};
    switch (*plan.strategy) {
    case ReplicationStrategy::CloudNativePg:
        return {cloudNativePgCluster(w, plan.members)};
    case ReplicationStrategy::MongoDbCommunity:
        return {mongoDbReplicaSet(w, plan.members)};
    case ReplicationStrategy::RabbitmqClusterOperator:
        return {rabbitmqCluster(w, plan.members)};
    case ReplicationStrategy::RedisSentinel:
        return {redisReplication(w, plan.members), redisSentinel(w)};
    case ReplicationStrategy::PeerDiscovery:
    case ReplicationStrategy::Managed:
        break;
    }
    return {};
}

QStringList OperatorResources::credentialCommands(const Workload &w, const ReplicationPlan &plan,
                                                  const QString &namespaceName) const
{
    if (!plan.usesOperator())
        return {};
    const QString secret = passwordSecret(w);
    const QString ns = namespaceName.isEmpty() ? QString() : QStringLiteral(" -n ") + namespaceName;
    const QString password
        = secret.isEmpty() ? QStringLiteral("\"$PASSWORD\"") : shellVariable(secret);
    switch (*plan.strategy) {
    case ReplicationStrategy::CloudNativePg: {
        const QString user = urlField(w, QStringLiteral("user"), QStringLiteral("app"));
        return {QStringLiteral("kubectl create secret generic %1%2 --type=kubernetes.io/basic-auth "
                               "--from-literal=username=%3 --from-literal=password=%4")
                    .arg(credentialsSecretName(w), ns, user, password)};
    }
    case ReplicationStrategy::MongoDbCommunity:
        return {QStringLiteral("kubectl create secret generic %1%2 --from-literal=password=%3")
                    .arg(credentialsSecretName(w), ns, password)};
    case ReplicationStrategy::RabbitmqClusterOperator: {
        const QString user = urlField(w, QStringLiteral("user"), QStringLiteral("guest"));
        return {QStringLiteral("kubectl create secret generic %1%2 --from-literal=username=%3 "
                               "--from-literal=password=%4")
                    .arg(credentialsSecretName(w), ns, user, password)};
    }
    case ReplicationStrategy::RedisSentinel: // reads the project's Secret itself
    case ReplicationStrategy::PeerDiscovery:
    case ReplicationStrategy::Managed:
        break;
    }
    return {};
}

} // namespace Stackdraft::Plugins
