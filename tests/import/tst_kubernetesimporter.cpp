#include "core/import/kubernetesimporter.h"
#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "importtesting.h"

#include <QFile>
#include <QTest>

using namespace Stackdraft::Core;
using namespace ImportTesting;

class TestKubernetesImporter final : public QObject
{
    Q_OBJECT

private slots:
    void workloadsAndServices();
    void kinds_data();
    void kinds();
    void notManifests_data();
    void notManifests();
    void corpus_data();
    void corpus();
    void variableSetTwice();

private:
    static Result<ImportResult> importText(const QByteArray &yaml)
    {
        return run(KubernetesImporter(), {{QStringLiteral("app.yaml"), yaml}});
    }
};

static const QByteArray Shop = R"(apiVersion: v1
kind: ConfigMap
metadata: {name: api-config}
data:
  LOG_LEVEL: info
  CACHE_URL: redis://cache:6379
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop-prod
  annotations: {team: payments}
spec:
  replicas: 3
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      serviceAccountName: api
      containers:
        - name: api
          image: shop/api:1.4
          imagePullPolicy: Always
          ports: [{name: http, containerPort: 8000}]
          envFrom: [{configMapRef: {name: api-config}}]
          env:
            - {name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}
            - {name: DATABASE_URL, value: "postgres://shop:$(DB_PASSWORD)@db.shop-prod.svc.cluster.local:5432/shop"}
            - {name: MODE, valueFrom: {configMapKeyRef: {name: api-config, key: LOG_LEVEL}}}
            - {name: POD_IP, valueFrom: {fieldRef: {fieldPath: status.podIP}}}
          resources:
            requests: {cpu: 250m, memory: 256Mi}
            limits: {cpu: "1", memory: 1Gi}
          livenessProbe:
            httpGet: {path: /healthz, port: 8000}
        - name: proxy
          image: envoyproxy/envoy:v1.30
---
apiVersion: v1
kind: Service
metadata: {name: api}
spec:
  selector: {app: api}
  ports: [{port: 80, targetPort: 8000}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          env:
            - {name: POSTGRES_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}
  volumeClaimTemplates:
    - metadata: {name: data}
      spec:
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 20Gi}}
---
apiVersion: v1
kind: Service
metadata: {name: db}
spec:
  clusterIP: None
  selector: {app: db}
  ports: [{port: 5432}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: cache}
spec:
  selector: {matchLabels: {app: cache}}
  template:
    metadata: {labels: {app: cache}}
    spec:
      containers: [{name: redis, image: "redis:7"}]
---
apiVersion: v1
kind: Service
metadata: {name: cache}
spec:
  selector: {app: cache}
  ports: [{port: 6379}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: api}
spec:
  ingressClassName: nginx
  tls: [{hosts: [api.shop.example], secretName: api-tls}]
  rules:
    - host: api.shop.example
      http:
        paths:
          - {path: /v1, pathType: Prefix, backend: {service: {name: api, port: {number: 80}}}}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: api}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
  minReplicas: 2
  maxReplicas: 8
  metrics:
    - {type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}}
---
apiVersion: v1
kind: Secret
metadata: {name: db}
stringData: {password: do-not-copy}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec: {schedule: "0 3 * * *"}
)";

void TestKubernetesImporter::workloadsAndServices()
{
    const Result<ImportResult> result = importText(Shop);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const Project &project = result->project;
    QCOMPARE(project.components.size(), 3);
    const Environment &env = project.environments.first();
    QCOMPARE(env.platform, Platform::Kubernetes);
    QCOMPARE(env.namespaceName, QStringLiteral("shop-prod"));

    const Component *api = project.component("api");
    QCOMPARE(api->type, QStringLiteral("backend-service"));
    QCOMPARE(api->image, QStringLiteral("shop/api:1.4"));
    QCOMPARE(api->properties.value("healthPath"), QStringLiteral("/healthz"));
    QCOMPARE(envText(*api->envVar("LOG_LEVEL")), QStringLiteral("literal:info"));
    QCOMPARE(envText(*api->envVar("CACHE_URL")), QStringLiteral("from:cache"));
    QCOMPARE(envText(*api->envVar("DATABASE_URL")), QStringLiteral("from:db"));
    QCOMPARE(envText(*api->envVar("MODE")), QStringLiteral("literal:info"));
    QVERIFY2(!api->envVar("DB_PASSWORD"), "a secret only spliced into a derived URL goes");
    QVERIFY(!api->envVar("POD_IP"));
    QCOMPARE(envText(*project.component("db")->envVar("POSTGRES_PASSWORD")),
             QStringLiteral("secret:password"));
    QCOMPARE(project.component("db")->type, QStringLiteral("postgresql"));

    const Deployment *d = env.deployment("api");
    QCOMPARE(d->replicas, 3);
    QCOMPARE(d->resources.cpuRequest, 250);
    QCOMPARE(d->resources.memoryLimit, qint64(1) << 30);
    QVERIFY(d->autoscaling.enabled);
    QCOMPARE(d->autoscaling.minReplicas, 2);
    QCOMPARE(d->autoscaling.maxReplicas, 8);
    QCOMPARE(d->autoscaling.cpuTargetPercent, 60);
    QVERIFY(d->exposure.isPublic);
    QCOMPARE(d->exposure.host, QStringLiteral("api.shop.example"));
    QCOMPARE(d->exposure.path, QStringLiteral("/v1"));
    QVERIFY(d->exposure.tls);
    QCOMPARE(env.deployment("db")->storage, qint64(20) << 30);

    const QStringList links = ImportTesting::connections(project);
    QVERIFY(links.contains("api->cache"));
    QVERIFY(links.contains("api->db"));

    QVERIFY(hasNote(result->report, "Deployment/api spec.template.spec.containers[1]", "sidecar"));
    QVERIFY(hasNote(result->report, "spec.template.spec.containers[0].imagePullPolicy",
                    "not modelled"));
    QVERIFY(hasNote(result->report, "spec.template.spec.serviceAccountName", "not modelled"));
    QVERIFY(hasNote(result->report, "env.POD_IP", "pod's own fields"));
    QVERIFY(hasNote(result->report, "CronJob/nightly", "kind CronJob is not modelled"));
    QVERIFY(hasNote(result->report, "Deployment/api metadata.annotations", "not modelled"));
    QVERIFY(!ProjectWriter::toBytes(project).contains("do-not-copy"));
}

void TestKubernetesImporter::kinds_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("replicas");
    QTest::addRow("replication controller")
        << QByteArray("kind: ReplicationController\napiVersion: v1\nmetadata: {name: web}\nspec:\n"
                      "  replicas: 2\n  selector: {app: web}\n  template:\n    metadata: {labels: "
                      "{app: web}}\n    spec:\n      containers: [{name: web, image: \"node:20\", "
                      "ports: [{containerPort: 3000}]}]\n")
        << "backend-service" << 2;
    QTest::addRow("daemon set") << QByteArray(
        "kind: DaemonSet\napiVersion: apps/v1\nmetadata: {name: logs}\nspec:\n  "
        "selector: {matchLabels: {app: logs}}\n  template:\n    metadata: {labels: "
        "{app: logs}}\n    spec:\n      containers: [{name: f, image: "
        "\"fluent/fluentd:v1.16\"}]\n")
                                << "log-pipeline" << 1;
    QTest::addRow("a List") << QByteArray(
        "apiVersion: v1\nkind: List\nitems:\n  - kind: Deployment\n    apiVersion: "
        "apps/v1\n    metadata: {name: mongo}\n    spec:\n      template:\n        "
        "spec:\n          containers: [{name: m, image: \"mongo:7\"}]\n")
                            << "mongodb" << 1;
}

void TestKubernetesImporter::kinds()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, type);
    QFETCH(int, replicas);
    const Result<ImportResult> result = importText(yaml);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->project.components.size(), 1);
    QCOMPARE(result->project.components.first().type, type);
    QCOMPARE(result->project.environments.first().deployments.first().replicas, replicas);
}

void TestKubernetesImporter::notManifests_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addRow("helm template")
        << QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name "
                      "}}\n")
        << 4 << 9 << "Helm chart template";
    QTest::addRow("list of unknown kinds")
        << QByteArray("apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: x/v1, kind: Widget, "
                      "metadata: {name: a}}\n")
        << 1 << 1 << "no object Stackdraft reads";
    // Found by fuzz_kubernetes_importer: no position at all for a file with no object.
    QTest::addRow("empty") << QByteArray() << 1 << 1 << "no Kubernetes object";
    QTest::addRow("only comments")
        << QByteArray("# rendered later\n---\n# nothing\n") << 1 << 1 << "no Kubernetes object";
    QTest::addRow("not a manifest")
        << QByteArray("---\nfoo: bar\n") << 2 << 1 << "without 'apiVersion' and 'kind'";
    QTest::addRow("yaml error") << QByteArray("apiVersion: v1\nkind: Service\n  metadata: x\n") << 3
                                << 11 << "not valid YAML";
    QTest::addRow("deep nesting") << QByteArray(3000, '[') << 0 << 0 << "nests deeper";
}

void TestKubernetesImporter::notManifests()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const Result<ImportResult> result = importText(yaml);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().toString()));
    QCOMPARE(result.error().file, QStringLiteral("app.yaml"));
    if (line > 0) {
        QCOMPARE(result.error().line, line);
        QCOMPARE(result.error().column, column);
    }
}

void TestKubernetesImporter::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("components");
    QTest::addRow("guestbook") << "guestbook.yaml"
                               << QStringList {"frontend", "redis-master", "redis-replica"};
    QTest::addRow("guestbook-go") << "guestbook-go.yaml"
                                  << QStringList {"guestbook", "redis-master", "redis-replica"};
}

void TestKubernetesImporter::corpus()
{
    QFETCH(QString, file);
    QFETCH(QStringList, components);
    QFile input(QStringLiteral(STACKDRAFT_SOURCE_DIR "/tests/import/corpus/kubernetes/") + file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const Result<ImportResult> result = run(KubernetesImporter(), {{file, input.readAll()}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QStringList ids;
    for (const Component &c : result->project.components)
        ids << c.id;
    QCOMPARE(ids, components);
    QCOMPARE(result->project.component("redis-master")->type, QStringLiteral("redis"));
    const Result<Project> loaded
        = ProjectReader::read(ProjectWriter::toBytes(result->project), file, catalog());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
}

// A container's env naming a variable twice, or again after envFrom: the last one wins (what the
// kubelet does), once in the model, with a note.
void TestKubernetesImporter::variableSetTwice()
{
    const Result<ImportResult> result = importText(R"(apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data: {MODE: slow}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers:
        - name: api
          image: shop/api:1.4
          envFrom: [{configMapRef: {name: cfg}}]
          env:
            - {name: MODE, value: fast}
            - {name: LEVEL, value: info}
            - {name: LEVEL, value: debug}
)");
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const Component *api = result->project.component(QStringLiteral("api"));
    QVERIFY(api);
    QCOMPARE(api->env.size(), 2);
    QCOMPARE(envText(*api->envVar(QStringLiteral("MODE"))), QStringLiteral("literal:fast"));
    QCOMPARE(envText(*api->envVar(QStringLiteral("LEVEL"))), QStringLiteral("literal:debug"));
    QCOMPARE(noteKeys(result->report).filter(QStringLiteral("set more than once")).size(), 2);
    const Result<Project> loaded = ProjectReader::read(
        ProjectWriter::toBytes(result->project), QStringLiteral("x.stackdraft.yaml"), catalog());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
}

QTEST_GUILESS_MAIN(TestKubernetesImporter)
#include "tst_kubernetesimporter.moc"
