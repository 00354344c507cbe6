#include "core/export/exportwriter.h"
#include "core/export/replicationplan.h"
#include "exporttesting.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Stackdraft::Core;
using namespace ExportTesting;

class TestKubernetesExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void golden();
    void urbanaProductionOverlay();
    void environmentOnlyComponentsLiveInTheirOverlay();
    void kustomizeBuildsEveryOverlay_data();
    void kustomizeBuildsEveryOverlay();
    void nothingWithoutKubernetesEnvironments();
    void backupJobs();
    void queueScalerReplacesHpa();
};

void TestKubernetesExporter::initTestCase()
{
    QVERIFY(registry().exporter(QStringLiteral("k8s")));
}

void TestKubernetesExporter::golden()
{
    const Result<ExportSet> set
        = generate(example(QStringLiteral("webot-chatflow")), {QStringLiteral("k8s")});
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    const QString report
        = compareWithGolden(*set, QStringLiteral("webot-chatflow"), QStringLiteral("k8s"));
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

// The document's production: HPA 2-10 on 70% CPU and 80% memory, probes, a TLS Ingress.
void TestKubernetesExporter::urbanaProductionOverlay()
{
    const Project project = example(QStringLiteral("urbana-connect"));
    const Result<ExportSet> set
        = generate(project, {QStringLiteral("k8s")}, QStringLiteral("production"));
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    const QString dir = QStringLiteral("deploy/k8s/overlays/production/");
    const QString hpa = QString::fromUtf8(set->file(dir + QStringLiteral("hpa.yaml")));
    const QRegularExpression gatewayHpa(QStringLiteral(
        "kind: HorizontalPodAutoscaler\\nmetadata:\\n  name: api-gateway\\n(?:.*\\n)*?spec:\\n"
        "  scaleTargetRef:\\n    apiVersion: apps/v1\\n    kind: Deployment\\n    name: "
        "api-gateway\\n"
        "  minReplicas: 2\\n  maxReplicas: 10\\n  metrics:\\n"
        "    - type: Resource\\n      resource:\\n        name: cpu\\n        target:\\n"
        "          type: Utilization\\n          averageUtilization: 70\\n"
        "    - type: Resource\\n      resource:\\n        name: memory\\n        target:\\n"
        "          type: Utilization\\n          averageUtilization: 80\\n"));
    QVERIFY2(gatewayHpa.match(hpa).hasMatch(), qPrintable(hpa));

    const QString ingress = QString::fromUtf8(set->file(dir + QStringLiteral("ingress.yaml")));
    QVERIFY(ingress.contains(QLatin1String("apiVersion: networking.k8s.io/v1\nkind: Ingress\n")));
    QVERIFY(ingress.contains(QLatin1String("cert-manager.io/cluster-issuer:")));
    QVERIFY(ingress.contains(QLatin1String("  ingressClassName: nginx\n")));
    QVERIFY(ingress.contains(QLatin1String("pathType: Prefix")));
    const Deployment *gateway = project.environment(QStringLiteral("production"))
                                    ->deployment(QStringLiteral("api-gateway"));
    QVERIFY(gateway && gateway->exposure.tls);
    QVERIFY(
        ingress.contains(QStringLiteral("  tls:\n    - hosts:\n        - %1\n      secretName: ")
                             .arg(gateway->exposure.host)));

    const QString base
        = QString::fromUtf8(set->file(QStringLiteral("deploy/k8s/base/api-gateway.yaml")));
    QVERIFY(base.contains(QLatin1String("livenessProbe:\n            httpGet:")));
    QVERIFY(base.contains(QLatin1String("readinessProbe:\n            httpGet:")));
    QVERIFY(base.contains(
        QLatin1String("rollingUpdate:\n      maxSurge: 1\n      maxUnavailable: 0\n")));
    // The document's MongoDB replica set of 3: the operator's resource, not three StatefulSet pods
    // that know nothing of each other.
    QVERIFY(!set->contains(QStringLiteral("deploy/k8s/base/mongodb.yaml")));
    const QString mongo = QString::fromUtf8(
        set->file(QStringLiteral("deploy/k8s/overlays/production/components/mongodb.yaml")));
    QVERIFY2(mongo.contains(QLatin1String("kind: MongoDBCommunity")), qPrintable(mongo));
    QVERIFY(mongo.contains(QLatin1String("members: 3")));
    QVERIFY(mongo.contains(QLatin1String("volumeClaimTemplates:")));
    const QString elastic
        = QString::fromUtf8(set->file(QStringLiteral("deploy/k8s/base/elasticsearch.yaml")));
    QVERIFY(elastic.contains(QLatin1String("kind: StatefulSet")));
    QVERIFY(elastic.contains(QLatin1String("clusterIP: None")));
    QVERIFY(elastic.contains(QLatin1String("livenessProbe:\n            exec:")));
}

void TestKubernetesExporter::environmentOnlyComponentsLiveInTheirOverlay()
{
    // webot-chatflow monitors production only.
    const Project project = example(QStringLiteral("webot-chatflow"));
    const Result<ExportSet> set = generate(project, {QStringLiteral("k8s")});
    QVERIFY(set.ok());
    const QStringList kubernetesEnvs = {QStringLiteral("staging"), QStringLiteral("production")};
    for (const Component &c : project.components) {
        const bool everywhere
            = std::all_of(kubernetesEnvs.cbegin(), kubernetesEnvs.cend(),
                          [&](const QString &e) { return project.environment(e)->deploys(c.id); });
        const bool inBase = set->contains(QStringLiteral("deploy/k8s/base/%1.yaml").arg(c.id));
        if (c.type == QLatin1String("load-balancer"))
            continue; // realised by the Ingress
        // A store an operator runs somewhere is a custom resource there: each overlay has its own.
        const ComponentType type = Catalog::standard().type(c.type);
        const bool byOperator
            = std::any_of(kubernetesEnvs.cbegin(), kubernetesEnvs.cend(), [&](const QString &e) {
                  const Deployment *d = project.environment(e)->deployment(c.id);
                  return d && ReplicationPlan::make(type, *d, Platform::Kubernetes).usesOperator();
              });
        QCOMPARE(inBase, everywhere && !byOperator);
        if (byOperator)
            continue;
        for (const QString &e : kubernetesEnvs) {
            const bool inOverlay = set->contains(
                QStringLiteral("deploy/k8s/overlays/%1/components/%2.yaml").arg(e, c.id));
            QCOMPARE(inOverlay, !everywhere && project.environment(e)->deploys(c.id));
        }
    }
}

void TestKubernetesExporter::kustomizeBuildsEveryOverlay_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : exampleNames())
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestKubernetesExporter::kustomizeBuildsEveryOverlay()
{
    QFETCH(QString, name);
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        QSKIP("kubectl not found");
    const Project project = example(name);
    const Result<ExportSet> set = generate(project, {QStringLiteral("k8s")});
    QVERIFY(set.ok());
    QTemporaryDir out;
    QVERIFY(ExportWriter::write(*set, out.path()).ok());
    if (!set->isEmpty()) { // the base must build on its own too
        QProcess base;
        base.start(kubectl,
                   {QStringLiteral("kustomize"), out.filePath(QStringLiteral("deploy/k8s/base"))});
        QVERIFY(base.waitForFinished(60000));
        QVERIFY2(base.exitCode() == 0, base.readAllStandardError().constData());
    }
    for (const Environment &env : project.environments) {
        if (env.platform != Platform::Kubernetes)
            continue;
        QProcess build;
        build.start(kubectl,
                    {QStringLiteral("kustomize"),
                     out.filePath(QStringLiteral("deploy/k8s/overlays/") + env.id)});
        QVERIFY(build.waitForFinished(60000));
        QVERIFY2(build.exitCode() == 0, build.readAllStandardError().constData());
        const QString objects = QString::fromUtf8(build.readAllStandardOutput());
        // Every object lands in the environment's namespace, which the overlay creates.
        QVERIFY(objects.contains(QStringLiteral("kind: Namespace\nmetadata:\n")));
        const QRegularExpression foreignNamespace(
            QStringLiteral("\\n  namespace: (?!%1\\n)")
                .arg(QRegularExpression::escape(env.namespaceName.isEmpty()
                                                    ? project.name + QLatin1Char('-') + env.id
                                                    : env.namespaceName)));
        QVERIFY2(!foreignNamespace.match(objects).hasMatch(), qPrintable(env.id));
    }
}

void TestKubernetesExporter::nothingWithoutKubernetesEnvironments()
{
    Project project = example(QStringLiteral("webot-chatflow"));
    for (Environment &env : project.environments)
        env.platform = Platform::Compose;
    const Result<ExportSet> set = generate(project, {QStringLiteral("k8s")});
    QVERIFY(set.ok());
    QVERIFY(set->isEmpty());
}

// The YAML document of `kind` named `name` in a multi-document file; empty when absent.
static QString document(const QByteArray &file, const QString &kind, const QString &name)
{
    for (const QString &doc : QString::fromUtf8(file).split(QStringLiteral("\n---\n"))) {
        if (doc.contains(QStringLiteral("kind: %1\n").arg(kind))
            && doc.contains(QStringLiteral("\n  name: %1\n").arg(name)))
            return doc;
    }
    return {};
}

// Each store with a backup gets a CronJob running its dump tool on the stated schedule (else 03:00
// UTC) into its own volume, pruned to the retention; the password comes from the Secret.
void TestKubernetesExporter::backupJobs()
{
    const Result<ExportSet> set = generate(conformanceProject(QStringLiteral("backup-and-queues")),
                                           {QStringLiteral("k8s")});
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    const QString dir = QStringLiteral("deploy/k8s/overlays/staging/");
    const QByteArray backups = set->file(dir + QStringLiteral("backups.yaml"));
    QVERIFY2(!backups.isEmpty(), "no backups.yaml");
    QVERIFY(set->file(dir + QStringLiteral("kustomization.yaml")).contains("  - backups.yaml\n"));
    struct Expected
    {
        const char *job, *tool, *schedule, *host, *prune;
    };
    for (const Expected &e : {
             // CloudNativePG: the writer's Service.
             Expected {"db-backup", "pg_dump", "0 2 * * *", "db-rw", "-mtime +6 "},
             Expected {"ledger-backup", "mysqldump", "0 3 * * *", "ledger", "-mtime +13 "},
             Expected {"catalog-backup", "mongodump", "0 */6 * * *", "catalog", "-mtime +2 "},
             Expected {"cache-backup", "redis-cli", "0 3 * * *", "cache", "-mtime +6 "},
         }) {
        const QString job
            = document(backups, QStringLiteral("CronJob"), QString::fromLatin1(e.job));
        QVERIFY2(!job.isEmpty(), e.job);
        QVERIFY2(job.contains(QStringLiteral("schedule: \"%1\"").arg(QLatin1String(e.schedule))),
                 qPrintable(job));
        QVERIFY2(job.contains(QLatin1String(e.tool)), qPrintable(job));
        QVERIFY2(job.contains(QStringLiteral("value: %1\n").arg(QLatin1String(e.host))),
                 qPrintable(job));
        QVERIFY2(job.contains(QLatin1String(e.prune)), qPrintable(job));
        QVERIFY2(job.contains(QStringLiteral("claimName: %1").arg(QLatin1String(e.job))),
                 qPrintable(job));
        QVERIFY(
            !document(backups, QStringLiteral("PersistentVolumeClaim"), QString::fromLatin1(e.job))
                 .isEmpty());
    }
    // The database's password is a Secret reference, never a value.
    const QString db = document(backups, QStringLiteral("CronJob"), QStringLiteral("db-backup"));
    QVERIFY2(db.contains(QLatin1String("name: BACKUP_PASSWORD\n"))
                 && db.contains(QLatin1String("secretKeyRef:")),
             qPrintable(db));
    // The job's pods are not the store's: the store's Service must not select them.
    QVERIFY2(db.contains(QLatin1String("app.kubernetes.io/name: db-backup")), qPrintable(db));
    // The receipts store has no backup: no job.
    QVERIFY(!backups.contains("receipts-backup"));
}

// A queue trigger: a KEDA ScaledObject reading the broker's URL from the worker's own variable,
// with its CPU target as a KEDA trigger, and no HPA for the worker (two autoscalers would fight).
void TestKubernetesExporter::queueScalerReplacesHpa()
{
    const Result<ExportSet> set = generate(conformanceProject(QStringLiteral("backup-and-queues")),
                                           {QStringLiteral("k8s")});
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    const QString dir = QStringLiteral("deploy/k8s/overlays/staging/");
    const QByteArray scaled = set->file(dir + QStringLiteral("scaledobjects.yaml"));
    const QString worker
        = document(scaled, QStringLiteral("ScaledObject"), QStringLiteral("worker"));
    QVERIFY2(!worker.isEmpty(), scaled.constData());
    for (const char *line :
         {"apiVersion: keda.sh/v1alpha1", "minReplicaCount: 1", "maxReplicaCount: 10",
          "type: rabbitmq", "mode: QueueLength", "value: \"100\"", "queueName: orders",
          "hostFromEnv: AMQP_URL", "type: cpu", "metricType: Utilization", "value: \"80\""})
        QVERIFY2(worker.contains(QLatin1String(line)), line);
    const QByteArray hpa = set->file(dir + QStringLiteral("hpa.yaml"));
    QVERIFY(
        !document(hpa, QStringLiteral("HorizontalPodAutoscaler"), QStringLiteral("api")).isEmpty());
    QVERIFY(document(hpa, QStringLiteral("HorizontalPodAutoscaler"), QStringLiteral("worker"))
                .isEmpty());
    QVERIFY(
        set->file(dir + QStringLiteral("kustomization.yaml")).contains("  - scaledobjects.yaml\n"));
}

QTEST_GUILESS_MAIN(TestKubernetesExporter)
#include "tst_kubernetesexporter.moc"
