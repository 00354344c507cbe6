// Issue 12, "replication that isn't" and "external services point nowhere": a replicated or
// clustered data store is realised as one replicated service (an operator's custom resource, or an
// image told its peers), its clients connect to the writer, compose runs one instance and says so,
// stateful containers get safe defaults, an external service is reached where the architect says,
// and a mode a platform cannot realise is a validation error. Judged on examples/orders-platform
// (made for this) and on variations of it; the conformance tests validate the same custom resources
// against the operators' CRDs.
#include "core/validation/validationengine.h"
#include "exporttesting.h"

using namespace Stackdraft::Core;
using namespace ExportTesting;

namespace {

Project ordersPlatform()
{
    return example(QStringLiteral("orders-platform"));
}

Deployment &deployment(Project &project, const QString &env, const QString &component)
{
    Deployment *d = project.environment(env)->deployment(component);
    if (!d)
        qFatal("%s is not deployed in %s", qPrintable(component), qPrintable(env));
    return *d;
}

QStringList ruleHits(const Project &project, const QString &ruleId)
{
    QStringList hits;
    for (const Problem &p :
         ValidationEngine::standard().check(project, Catalog::standard(), PriceBooks::standard())) {
        if (p.ruleId == ruleId)
            hits << p.location.environment + QLatin1Char('/') + p.location.component;
    }
    hits.sort();
    return hits;
}

} // namespace

class TestReplication final : public QObject
{
    Q_OBJECT

private slots:
    void operatorsRealiseReplicatedStores_data();
    void operatorsRealiseReplicatedStores();
    void operatorStoresLeaveTheBase();
    void clientsConnectToTheWriter();
    void elasticsearchFormsACluster();
    void statefulContainersGetSafeDefaults();
    void composeRunsOneInstanceAndSaysSo();
    void externalServicesAreReachedWhereStated();
    void unrealisableModeIsAnError();
    void exampleValidatesClean();
};

void TestReplication::operatorsRealiseReplicatedStores_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    const QStringList noStatefulSet = {QStringLiteral("kind: StatefulSet")};
    QTest::newRow("postgresql") << QStringLiteral("orders-db")
                                << QStringList {"apiVersion: postgresql.cnpg.io/v1",
                                                "kind: Cluster",
                                                "instances: 3",
                                                "size: 100Gi",
                                                "imageName: ghcr.io/cloudnative-pg/postgresql:16",
                                                "owner: orders",
                                                "name: orders-db-credentials"}
                                << noStatefulSet;
    QTest::newRow("mongodb") << QStringLiteral(
        "catalog-db") << QStringList {"kind: MongoDBCommunity", "members: 3", "type: ReplicaSet",
                                      "version: 7.0.0",         "- SCRAM",    "name: catalog"}
                             << noStatefulSet;
    QTest::newRow("redis") << QStringLiteral("cache")
                           << QStringList {"kind: RedisReplication", "clusterSize: 3",
                                           "kind: RedisSentinel", "redisReplicationName: cache",
                                           "name: cache-sentinel"}
                           << noStatefulSet;
    QTest::newRow("rabbitmq") << QStringLiteral("events")
                              << QStringList {"kind: RabbitmqCluster", "replicas: 3",
                                              "name: events-credentials"}
                              << noStatefulSet;
}

void TestReplication::operatorsRealiseReplicatedStores()
{
    QFETCH(QString, component);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QString text = exportedFile(
        ordersPlatform(), QStringLiteral("k8s"),
        QStringLiteral("deploy/k8s/overlays/production/components/%1.yaml").arg(component));
    for (const QString &line : expected)
        QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + text));
    for (const QString &line : absent)
        QVERIFY2(!text.contains(line), qPrintable(line + QStringLiteral(" in:\n") + text));
}

// Where an operator runs a store in some environment, no environment patches a StatefulSet of it.
void TestReplication::operatorStoresLeaveTheBase()
{
    const Result<ExportSet> set = generate(ordersPlatform(), {QStringLiteral("k8s")});
    QVERIFY(set.ok());
    for (const char *store : {"orders-db", "catalog-db", "cache", "events"}) {
        QVERIFY2(
            !set->contains(QStringLiteral("deploy/k8s/base/%1.yaml").arg(QLatin1String(store))),
            store);
        QVERIFY(set->contains(QStringLiteral("deploy/k8s/overlays/staging/components/%1.yaml")
                                  .arg(QLatin1String(store))));
    }
    const QString kustomization = QString::fromUtf8(
        set->file(QStringLiteral("deploy/k8s/overlays/production/kustomization.yaml")));
    QVERIFY2(kustomization.contains(QLatin1String("CloudNativePG")), qPrintable(kustomization));
    QVERIFY(kustomization.contains(
        QLatin1String("kubectl create secret generic orders-db-credentials")));
}

void TestReplication::clientsConnectToTheWriter()
{
    const Result<ExportSet> set = generate(ordersPlatform(), {QStringLiteral("k8s")});
    QVERIFY(set.ok());
    QString overlay;
    for (const QString &path : set->paths()) {
        if (path.startsWith(QLatin1String("deploy/k8s/overlays/production/")))
            overlay += QString::fromUtf8(set->file(path));
    }
    QVERIFY2(overlay.contains(QLatin1String("@orders-db-rw:5432/orders")), qPrintable(overlay));
    QVERIFY(overlay.contains(
        QLatin1String("@catalog-db-svc:27017/catalog?authSource=admin&replicaSet=catalog-db")));
    QVERIFY(overlay.contains(QLatin1String("redis://cache-master:6379")));
    QVERIFY(overlay.contains(QLatin1String("@events:5672")));
}

void TestReplication::elasticsearchFormsACluster()
{
    const QString text
        = exportedFile(ordersPlatform(), QStringLiteral("k8s"),
                       QStringLiteral("deploy/k8s/overlays/production/patches/search-env.yaml"));
    QVERIFY2(text.contains(QLatin1String("value: search-0,search-1,search-2")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("value: search-headless")));
    QVERIFY(text.contains(QLatin1String("fieldPath: metadata.name")));
    // A node told to stay alone (the development setting) never joins its peers: the clustered
    // environments drop it, the single-node one keeps it.
    Project alone = ordersPlatform();
    alone.component(QStringLiteral("search"))->env
        << EnvVar::literal(QStringLiteral("discovery.type"), QStringLiteral("single-node"));
    const Result<ExportSet> set
        = generate(alone, {QStringLiteral("k8s"), QStringLiteral("compose")});
    QVERIFY(set.ok());
    const QString config = QString::fromUtf8(
        set->file(QStringLiteral("deploy/k8s/overlays/production/patches/search-configmap.yaml")));
    QVERIFY2(config.contains(QLatin1String("/data"))
                 && !config.contains(QLatin1String("single-node")),
             qPrintable(config));
    QVERIFY(set->file(QStringLiteral("deploy/compose/docker-compose.yml"))
                .contains("discovery.type: single-node"));
}

void TestReplication::statefulContainersGetSafeDefaults()
{
    const QString search = exportedFile(ordersPlatform(), QStringLiteral("k8s"),
                                        QStringLiteral("deploy/k8s/base/search.yaml"));
    QVERIFY2(search.contains(QLatin1String("fsGroup: 1000")), qPrintable(search));
    QVERIFY(search.contains(QLatin1String("- vm.max_map_count=262144")));
    QVERIFY(search.contains(QLatin1String("privileged: true")));
    // A single PostgreSQL keeps its data below the mount point (a fresh volume has lost+found).
    Project single = ordersPlatform();
    for (const char *env : {"staging", "production"}) {
        Deployment &d = deployment(single, QLatin1String(env), QStringLiteral("orders-db"));
        d.mode = DeploymentMode::Single;
        d.replicas = 1;
    }
    const QString db = exportedFile(single, QStringLiteral("k8s"),
                                    QStringLiteral("deploy/k8s/base/orders-db.yaml"));
    QVERIFY2(db.contains(QLatin1String("subPath: pgdata")), qPrintable(db));
    QVERIFY(db.contains(QLatin1String("fsGroup: 999")));
    QVERIFY(db.contains(QLatin1String("@orders-db:5432/orders"))
            || !db.contains(QLatin1String("-rw")));
}

void TestReplication::composeRunsOneInstanceAndSaysSo()
{
    Project project = ordersPlatform();
    Deployment &db
        = deployment(project, QStringLiteral("development"), QStringLiteral("orders-db"));
    db.mode = DeploymentMode::Replicated;
    db.replicas = 2;
    const QString compose = exportedFile(project, QStringLiteral("compose"),
                                         QStringLiteral("deploy/compose/docker-compose.yml"));
    QVERIFY2(
        compose.contains(QLatin1String("orders-db is replicated in the design; it runs here as one "
                                       "instance.")),
        qPrintable(compose));
    QVERIFY(
        compose.contains(QLatin1String("search needs the host setting vm.max_map_count=262144")));
    const qsizetype at = compose.indexOf(QLatin1String("\n  orders-db:"));
    const qsizetype next
        = compose.indexOf(QRegularExpression(QStringLiteral("\\n  [a-z][a-z0-9-]*:\\n")), at + 1);
    QVERIFY(at > 0);
    QVERIFY2(!compose.mid(at, next - at).contains(QLatin1String("replicas:")),
             qPrintable(compose.mid(at, next - at)));
}

void TestReplication::externalServicesAreReachedWhereStated()
{
    const QString compose = exportedFile(ordersPlatform(), QStringLiteral("compose"),
                                         QStringLiteral("deploy/compose/docker-compose.yml"));
    QVERIFY2(compose.contains(
                 QLatin1String("PAYMENT_PROVIDER_URL: https://api.payments.example.com/v1")),
             qPrintable(compose));
    Project project = ordersPlatform();
    project.component(QStringLiteral("payments"))
        ->env.append(EnvVar {.name = QStringLiteral("PAYMENT_PROVIDER_HOST"),
                             .kind = EnvVar::Kind::Reference,
                             .component = QStringLiteral("payment-provider"),
                             .part = QStringLiteral("host")});
    const QString withHost = exportedFile(project, QStringLiteral("compose"),
                                          QStringLiteral("deploy/compose/docker-compose.yml"));
    QVERIFY2(withHost.contains(QLatin1String("PAYMENT_PROVIDER_HOST: api.payments.example.com")),
             qPrintable(withHost));
}

void TestReplication::unrealisableModeIsAnError()
{
    Project project = ordersPlatform();
    QCOMPARE(ruleHits(project, QStringLiteral("SD-REPLICATION")), QStringList());
    // No replication strategy for MySQL on Kubernetes in the catalog: refused, not exported as
    // unrelated primaries.
    project.component(QStringLiteral("orders-db"))->type = QStringLiteral("mysql");
    QCOMPARE(ruleHits(project, QStringLiteral("SD-REPLICATION")),
             QStringList({"production/orders-db", "staging/orders-db"}));
    // One replica has nothing to replicate to.
    Project lonely = ordersPlatform();
    deployment(lonely, QStringLiteral("staging"), QStringLiteral("cache")).replicas = 1;
    QCOMPARE(ruleHits(lonely, QStringLiteral("SD-REPLICATION")), QStringList({"staging/cache"}));
    // Compose runs one instance with a note: no error.
    Project dev = ordersPlatform();
    deployment(dev, QStringLiteral("development"), QStringLiteral("orders-db")).mode
        = DeploymentMode::Cluster;
    QCOMPARE(ruleHits(dev, QStringLiteral("SD-REPLICATION")), QStringList());
}

void TestReplication::exampleValidatesClean()
{
    QStringList errors;
    for (const Problem &p : ValidationEngine::standard().check(
             ordersPlatform(), Catalog::standard(), PriceBooks::standard())) {
        if (p.severity == Severity::Error)
            errors << p.ruleId + QLatin1String(": ") + p.message.toString();
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestReplication)
#include "tst_replication.moc"
