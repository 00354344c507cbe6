#include "core/io/projectreader.h"
#include "core/model/cronschedule.h"
#include "core/model/quantity.h"
#include "testcatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Stackdraft::Core;

class TestProjectReader final : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data();
    void badInput();
    void readsEveryField();
    void designProblemsAreNotLoadErrors();
    void readsBackupAndQueue();
    void oversizedInput();
    void oversizedFile();
    void missingFile();
    void deepNesting();
    void aliasExpansion();
    void formatDocExampleLoads();
    void echoedValuesAreOneLine_data();
    void echoedValuesAreOneLine();
    void mountedFileSources();
    void cronFieldNamesAreTranslated();

private:
    const Catalog m_catalog = contractCatalog();
};

// One malformed input: where the one error must point and a fragment of what it
// must say.
struct BadRow
{
    const char *name;
    const char *yaml;
    int line;
    int column;
    const char *field;
    const char *fragment;
};

// Components and environment shared by many rows; rows append what they break.
#define HEAD "stackdraft: 1\nname: shop\n"
#define API HEAD "components:\n  api:\n    type: backend-service\n"
#define PROD                                                                                       \
    API "environments:\n  - id: production\n    platform: kubernetes\n    "                        \
        "deployments:\n      api:\n"

static constexpr BadRow badRows[] = {
    {"empty file", "", 1, 1, "", "empty"},
    {"whitespace only", "  \n\n\t\n", 1, 1, "", "empty"},
    {"comment only", "# nothing here\n", 1, 1, "", "no content"},
    {"document marker only", "---\n# nothing\n", 3, 1, "", "no content"},
    {"not yaml", HEAD "components: [api\n", 4, 1, "", "a '[' list is not closed with ']'"},
    {"colon in plain text", HEAD "title: Shop: the best\n", 3, 12, "", "illegal map value"},
    {"bad indentation", HEAD "components:\n  api:\n    type: worker\n   label: x\n", 6, 4, "",
     "indented differently from the keys above"},
    {"tab indentation", HEAD "components:\n\tapi: {}\n", 4, 1, "", "YAML indents with spaces"},
    {"unclosed flow map", API "connections:\n  - {from: api, to: api\n", 8, 1, "",
     "'{' mapping is not closed"},
    {"top-level list", "- stackdraft: 1\n", 1, 1, "", "not a Stackdraft project"},
    {"two documents", HEAD "---\nname: other\n", 4, 1, "", "2 YAML documents"},
    {"missing version", "name: shop\n", 1, 1, "stackdraft", "schema version is missing"},
    {"newer version", "stackdraft: 2\nname: shop\n", 1, 13, "stackdraft", "newer Stackdraft"},
    {"version zero", "stackdraft: 0\nname: shop\n", 1, 13, "stackdraft",
     "unknown schema version 0"},
    {"version text", "stackdraft: one\nname: shop\n", 1, 13, "stackdraft",
     "expected a whole number"},
    {"missing name", "stackdraft: 1\ntitle: Shop\n", 1, 1, "name", "needs a 'name'"},
    {"bad project name", "stackdraft: 1\nname: My Shop\n", 2, 7, "name", "'my-shop'"},
    {"unknown top key", HEAD "component:\n  api:\n    type: worker\n", 3, 1, "component",
     "did you mean 'components'?"},
    {"unknown key far off", HEAD "colour: blue\n", 3, 1, "colour",
     "unknown key 'colour' (allowed:"},
    {"components as list", HEAD "components:\n  - api\n", 4, 3, "components", "expected a mapping"},
    {"bad component id", HEAD "components:\n  API_Server:\n    type: worker\n", 4, 3,
     "components.API_Server", "not a valid name"},
    {"missing type", HEAD "components:\n  api:\n    label: API\n", 5, 5, "components.api.type",
     "needs a 'type'"},
    {"unknown catalog type", HEAD "components:\n  api:\n    type: backend-servce\n", 5, 11,
     "components.api.type", "did you mean 'backend-service'?"},
    {"duplicate component id", API "  api:\n    type: mysql\n", 6, 3, "components.api",
     "duplicate key 'api' (first at line 4)"},
    {"type is a list", HEAD "components:\n  api:\n    type: [worker]\n", 5, 11,
     "components.api.type", "expected text, found a list"},
    {"port out of range", API "    ports: [70000]\n", 6, 13, "components.api.ports[0]",
     "between 1 and 65535"},
    {"bad protocol", API "    ports:\n      - {container: 53, protocol: DNS}\n", 7, 35,
     "components.api.ports[0].protocol", "use TCP or UDP"},
    {"bad env name", API "    env:\n      2FA_CODE: x\n", 7, 7, "components.api.env.2FA_CODE",
     "not a valid environment variable name"},
    {"env name with a space", API "    env:\n      LOG LEVEL: x\n", 7, 7,
     "components.api.env.LOG LEVEL", "letters, digits, '_', '-' and '.'"},
    {"command as text", API "    command: gunicorn\n", 6, 14, "components.api.command",
     "expected a list, found text"},
    {"empty argument", API "    args: [--bind, \"\"]\n", 6, 20, "components.api.args[1]",
     "a value is required here"},
    {"argument a mapping", API "    args: [{a: b}]\n", 6, 12, "components.api.args[0]",
     "expected text, found a mapping"},
    {"misspelt args", API "    arg: [x]\n", 6, 5, "components.api.arg", "did you mean 'args'?"},
    {"deployment command a mapping", PROD "        command: {sh: x}\n", 11, 18,
     "environments[0].deployments.api.command", "expected a list, found a mapping"},
    {"env reference unknown", API "    env:\n      DATABASE_URL: {from: mysql}\n", 7, 28,
     "components.api.env.DATABASE_URL.from", "refers to component 'mysql'"},
    {"env reference bad part",
     API "  db:\n    type: mysql\n    env:\n      X: {from: api, part: hots}\n", 9, 28,
     "components.db.env.X.part", "did you mean 'host'?"},
    {"bad secret name", API "    env:\n      API_KEY: {secret: My Key}\n", 7, 25,
     "components.api.env.API_KEY.secret", "not a valid name"},
    {"dangling connection", API "connections:\n  - {from: api, to: cache}\n", 7, 21,
     "connections[0].to", "unknown component 'cache'"},
    {"connection without to", API "connections:\n  - {from: api}\n", 7, 5, "connections[0].to",
     "needs both 'from' and 'to'"},
    {"self connection", API "connections:\n  - {from: api, to: api}\n", 7, 5, "connections[0]",
     "cannot connect to itself"},
    {"group member unknown", API "groups:\n  - id: app\n    label: App\n    members: [api, web]\n",
     9, 20, "groups[0].members[1]", "unknown component 'web'"},
    {"duplicate environment id", HEAD "environments:\n  - id: production\n  - id: production\n", 5,
     9, "environments[1].id", "duplicate environment id 'production'"},
    {"invalid platform", API "environments:\n  - id: production\n    platform: kubernets\n", 8, 15,
     "environments[0].platform", "did you mean 'kubernetes'?"},
    {"private subnets yes", API "environments:\n  - id: production\n    privateSubnets: yes\n", 8,
     21, "environments[0].privateSubnets", "expected true or false"},
    {"budget not a mapping", API "environments:\n  - id: production\n    budget: 900\n", 8, 13,
     "environments[0].budget", "expected a mapping"},
    {"budget memory unit", API "environments:\n  - id: production\n    budget: {memory: 16GB}\n", 8,
     22, "environments[0].budget.memory", "not a memory quantity"},
    {"negative usage",
     API "environments:\n  - id: production\n    usage:\n      "
         "dataTransferOutGb: -5\n",
     9, 26, "environments[0].usage.dataTransferOutGb", "must not be negative"},
    {"deployment of unknown component",
     API "environments:\n  - id: production\n    deployments:\n      web: {}\n", 9, 7,
     "environments[0].deployments.web", "not a component of this project"},
    {"negative replicas", PROD "        replicas: -2\n", 11, 19,
     "environments[0].deployments.api.replicas", "must not be negative"},
    {"replicas as list", PROD "        replicas: [1, 2]\n", 11, 19,
     "environments[0].deployments.api.replicas", "expected a whole number, found a list"},
    {"replicas missing value", PROD "        replicas:\n", 11, 9,
     "environments[0].deployments.api.replicas", "expected a whole number, found nothing"},
    {"memory lots", PROD "        memory: lots\n", 11, 17, "environments[0].deployments.api.memory",
     "'lots' is not a memory quantity"},
    {"cpu with words", PROD "        cpu: 2 cores\n", 11, 14, "environments[0].deployments.api.cpu",
     "not a CPU quantity"},
    {"unknown deployment key", PROD "        replica: 2\n", 11, 9,
     "environments[0].deployments.api.replica", "did you mean 'replicas'?"},
    {"backup yes", PROD "        backup: yes\n", 11, 17, "environments[0].deployments.api.backup",
     "expected true or false"},
    {"backup schedule hour 25", PROD "        backup: {schedule: \"0 25 * * *\"}\n", 11, 28,
     "environments[0].deployments.api.backup.schedule", "'25' is not a cron hour field (0-23"},
    {"backup schedule four fields", PROD "        backup: {schedule: \"0 3 * *\"}\n", 11, 28,
     "environments[0].deployments.api.backup.schedule", "write five fields"},
    {"backup schedule a name", PROD "        backup: {schedule: \"0 3 * * MON\"}\n", 11, 28,
     "environments[0].deployments.api.backup.schedule", "'MON' is not a cron day of week field"},
    {"backup schedule step zero", PROD "        backup: {schedule: \"*/0 * * * *\"}\n", 11, 28,
     "environments[0].deployments.api.backup.schedule", "'*/0' is not a cron minute field"},
    {"backup retention in words", PROD "        backup: {retention: 7days}\n", 11, 29,
     "environments[0].deployments.api.backup.retention",
     "'7days' is not a retention: write a number of days with a 'd' suffix"},
    {"backup retention zero", PROD "        backup: {retention: 0d}\n", 11, 29,
     "environments[0].deployments.api.backup.retention", "'0d' is not a retention"},
    {"backup retention a number", PROD "        backup: {retention: 7}\n", 11, 29,
     "environments[0].deployments.api.backup.retention", "'7' is not a retention"},
    {"backup key misspelt", PROD "        backup: {schedul: \"0 3 * * *\"}\n", 11, 18,
     "environments[0].deployments.api.backup.schedul", "did you mean 'schedule'?"},
    {"queue without name",
     PROD "        autoscaling: {min: 1, max: 3, queue: {from: mq, messagesPerReplica: 10}}\n", 11,
     46, "environments[0].deployments.api.autoscaling.queue.name", "a queue trigger needs 'name'"},
    {"queue per replica zero",
     PROD
     "        autoscaling: {min: 1, max: 3, queue: {from: mq, name: q, messagesPerReplica: 0}}\n",
     11, 86, "environments[0].deployments.api.autoscaling.queue.messagesPerReplica", "1"},
    {"queue from not a name",
     PROD "        autoscaling: {min: 1, max: 3, queue: {from: My_MQ, name: q, messagesPerReplica: "
          "5}}\n",
     11, 53, "environments[0].deployments.api.autoscaling.queue.from", "not a valid name"},
    {"unknown mode", PROD "        mode: clustre\n", 11, 15, "environments[0].deployments.api.mode",
     "did you mean 'cluster'?"},
    {"expose path relative", PROD "        expose: {host: shop.example.com, path: api}\n", 11, 48,
     "environments[0].deployments.api.expose.path", "starts with '/'"},
    {"position not a pair", PROD "        position: [1, 2, 3]\n", 11, 19,
     "environments[0].deployments.api.position", "expected a position [x, y]"},
    {"cpu past the bound", PROD "        cpu: 2000000\n", 11, 14,
     "environments[0].deployments.api.cpu", "largest CPU quantity accepted (1000000 cores)"},
    {"memory that overflowed", PROD "        memory: 4000000000G\n", 11, 17,
     "environments[0].deployments.api.memory", "largest memory quantity accepted (1024Ti)"},
    {"storage past the bound", PROD "        storage: 2048Ti\n", 11, 18,
     "environments[0].deployments.api.storage", "largest memory quantity accepted"},
    {"budget cpu past the bound",
     API "environments:\n  - id: production\n    budget: {cpu: 9000000000}\n", 8, 19,
     "environments[0].budget.cpu", "largest CPU quantity"},
    {"usage past the bound",
     API "environments:\n  - id: production\n    usage:\n      dataTransferOutGb: 1e300\n", 9, 26,
     "environments[0].usage.dataTransferOutGb", "must be between 0 and 1000000000000"},
    {"usage infinite",
     API "environments:\n  - id: production\n    usage:\n      logIngestionGb: .inf\n", 9, 23,
     "environments[0].usage.logIngestionGb", "expected a number"},
    {"monthly cost past the bound",
     API "environments:\n  - id: production\n    budget: {monthlyCost: 1e309}\n", 8, 27,
     "environments[0].budget.monthlyCost", "expected a number"},
    {"currency rate past the bound", HEAD "currency: {display: BRL, rate: 1e300}\n", 3, 32,
     "currency.rate", "must be between 0 and 1000000"},
    // Hints for the usual slips (issue 12).
    {"comma in a flow-map label",
     API
     "  db:\n    type: mysql\nconnections:\n  - {from: api, to: db, label: SQL (pool, retry)}\n",
     9, 43, "connections[0].retry)", "quote text that holds a comma: label: \"SQL (pool, retry)\""},
    {"storage written 200GB", PROD "        storage: 200GB\n", 11, 18,
     "environments[0].deployments.api.storage", "did you mean '200Gi'?"},
    {"memory written 512 mb", PROD "        memory: 512 mb\n", 11, 17,
     "environments[0].deployments.api.memory", "did you mean '512Mi'?"},
    {"unknown type far from any", HEAD "components:\n  db:\n    type: cassandra\n", 5, 11,
     "components.db.type", "the catalog has: admin-ui, alertmanager,"},
    // Mounted files (docs/file-format.md, "Mounted files").
    {"files not a list", API "    files: {path: /etc/x}\n", 6, 12, "components.api.files",
     "expected a list"},
    {"file without path", API "    files:\n      - content: x\n", 7, 9,
     "components.api.files[0].path", "needs its 'path'"},
    {"file path relative", API "    files:\n      - {path: etc/app.conf, content: x}\n", 7, 16,
     "components.api.files[0].path", "a container path is absolute"},
    {"file path a directory", API "    files:\n      - {path: /etc/app/, content: x}\n", 7, 16,
     "components.api.files[0].path", "names a directory"},
    {"file path with dots", API "    files:\n      - {path: /etc/../app.conf, content: x}\n", 7, 16,
     "components.api.files[0].path", "without '//', '.' or '..'"},
    {"file with neither", API "    files:\n      - path: /etc/app.conf\n", 7, 9,
     "components.api.files[0]", "needs 'content'"},
    {"file with both", API "    files:\n      - {path: /a.conf, content: x, source: a.conf}\n", 7,
     45, "components.api.files[0].source", "not both"},
    {"file content a mapping", API "    files:\n      - {path: /a.conf, content: {a: b}}\n", 7, 34,
     "components.api.files[0].content", "expected the file's text"},
    {"duplicate container path",
     API "    files:\n      - {path: /a.conf, content: x}\n      - {path: /a.conf, content: y}\n",
     8, 16, "components.api.files[1].path", "already mounted by components.api.files[0]"},
    {"source absolute", API "    files:\n      - {path: /a.conf, source: /etc/passwd}\n", 7, 33,
     "components.api.files[0].source", "is absolute"},
    {"source leaving the project", API "    files:\n      - {path: /a.conf, source: ../x.conf}\n",
     7, 33, "components.api.files[0].source", "leaves the project file's directory"},
    {"source missing",
     API "    files:\n      - {path: /a.conf, source: config/no-such-file.conf}\n", 7, 33,
     "components.api.files[0].source", "source file 'config/no-such-file.conf' not found"},
    {"unknown file key", API "    files:\n      - {path: /a.conf, contents: x}\n", 7, 25,
     "components.api.files[0].contents", "did you mean 'content'?"},
    {"duplicate deployment", PROD "        replicas: 2\n      api: {}\n", 12, 7,
     "environments[0].deployments.api", "duplicate key 'api'"},
};

void TestProjectReader::badInput_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");
    for (const BadRow &row : badRows) {
        QTest::addRow("%s", row.name)
            << QByteArray(row.yaml) << row.line << row.column << QString::fromUtf8(row.field)
            << QString::fromUtf8(row.fragment);
    }
}

void TestProjectReader::badInput()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    const Result<Project> result
        = ProjectReader::read(yaml, QStringLiteral("bad.stackdraft.yaml"), m_catalog);
    QVERIFY2(!result.ok(), "a malformed input loaded");
    const Error &error = result.error();
    QCOMPARE(error.file, QStringLiteral("bad.stackdraft.yaml"));
    QVERIFY2(error.message.contains(fragment), qPrintable(error.toString()));
    QCOMPARE(error.field, field);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestProjectReader::readsEveryField()
{
    const QByteArray yaml = R"(stackdraft: 1
name: shop
title: "Shop: the \"best\""
description: |-
  Line one
  Line two
currency: {display: BRL, rate: 5.35}
output:
  repository: ..
  directories: [deploy]
disabledRules: [SD-PROD-MONITORING]
components:
  api:
    type: backend-service
    label: API
    image: python:3.11-slim
    command: [gunicorn]
    args:
      - --bind
      - "0.0.0.0:8000"
    ports:
      - 8000
      - {container: 9090, published: 19090, name: metrics, protocol: UDP}
    env:
      LOG_LEVEL: info
      PORT: 8000
      DB_HOST: {from: db, part: host}
      SECRET_KEY: {secret: api-secret}
    properties:
      healthPath: /health
  db:
    type: mysql
    build: ./db
connections:
  - {from: api, to: db, label: SQL, port: 3306}
groups:
  - id: data
    label: Data Storage
    members: [db]
environments:
  - id: production
    platform: aws-ecs
    region: us-east-1
    networkCidr: 10.0.0.0/16
    privateSubnets: true
    budget: {cpu: 8, memory: 16Gi, monthlyCost: 900.5}
    usage:
      dataTransferOutGb: 10
      logRetentionDays: 14
    deployments:
      api:
        replicas: 3
        cpu: 0.5
        cpuLimit: 1
        memory: 512Mi
        memoryLimit: 1G
        autoscaling: {min: 2, max: 10, cpu: 70}
        expose: {host: api.shop.com, tls: true}
        args: [--workers, 4]
        env:
          LOG_LEVEL: warning
        position: [120.5, -80]
      db:
        storage: 10Gi
        mode: managed
        backup: true
)";
    const Result<Project> result
        = ProjectReader::read(yaml, QStringLiteral("shop.stackdraft.yaml"), m_catalog);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const Project &p = result.value();
    QCOMPARE(p.title, QStringLiteral("Shop: the \"best\""));
    QCOMPARE(p.description, QStringLiteral("Line one\nLine two"));
    QCOMPARE(p.currency.display, QStringLiteral("BRL"));
    QCOMPARE(p.currency.rate, 5.35);
    QCOMPARE(p.output.repository, QStringLiteral(".."));
    QCOMPARE(p.output.directories, QStringList {QStringLiteral("deploy")});
    QCOMPARE(p.disabledRules, QStringList {QStringLiteral("SD-PROD-MONITORING")});
    QCOMPARE(p.components.size(), 2);
    const Component &api = p.components[0];
    QCOMPARE(api.image, QStringLiteral("python:3.11-slim"));
    QCOMPARE(api.command, QStringList {QStringLiteral("gunicorn")});
    QCOMPARE(api.args, (QStringList {QStringLiteral("--bind"), QStringLiteral("0.0.0.0:8000")}));
    QCOMPARE(api.ports.size(), 2);
    QCOMPARE(api.ports[1], (Port {9090, 19090, QStringLiteral("UDP"), QStringLiteral("metrics")}));
    QCOMPARE(api.env.size(), 4);
    QCOMPARE(api.env[1], EnvVar::literal(QStringLiteral("PORT"), QStringLiteral("8000")));
    QCOMPARE(
        api.env[2],
        EnvVar::reference(QStringLiteral("DB_HOST"), QStringLiteral("db"), QStringLiteral("host")));
    QCOMPARE(api.env[3],
             EnvVar::secretRef(QStringLiteral("SECRET_KEY"), QStringLiteral("api-secret")));
    QCOMPARE(api.properties.value(QStringLiteral("healthPath")), QStringLiteral("/health"));
    QCOMPARE(p.components[1].build, QStringLiteral("./db"));
    QCOMPARE(p.connections.value(0).port, 3306);
    QCOMPARE(p.groups.value(0).label, QStringLiteral("Data Storage"));
    const Environment &env = p.environments.value(0);
    QCOMPARE(env.platform, Platform::AwsEcs);
    QCOMPARE(env.networkCidr, QStringLiteral("10.0.0.0/16"));
    QVERIFY(env.privateSubnets);
    QCOMPARE(env.budget, (Budget {8000, 16 * Quantity::Gi, 900.5}));
    QCOMPARE(env.usage.dataTransferOutGb, 10.0);
    QCOMPARE(env.usage.logRetentionDays, 14);
    QCOMPARE(env.usage.loadBalancerCapacityUnits, UsageAssumptions {}.loadBalancerCapacityUnits);
    const Deployment *d = env.deployment(QStringLiteral("api"));
    QVERIFY(d);
    QCOMPARE(d->replicas, 3);
    QCOMPARE(d->resources, (Resources {500, 1000, 512 * Quantity::Mi, 1'000'000'000}));
    QCOMPARE(d->autoscaling, (Autoscaling {true, 2, 10, 70, 0}));
    QCOMPARE(d->exposure, (Exposure {true, QStringLiteral("api.shop.com"), QString(), true}));
    QCOMPARE(d->envOverrides.size(), 1);
    QCOMPARE(d->command, QStringList());
    QCOMPARE(d->args, (QStringList {QStringLiteral("--workers"), QStringLiteral("4")}));
    QCOMPARE(d->position, QPointF(120.5, -80));
    const Deployment *db = env.deployment(QStringLiteral("db"));
    QVERIFY(db);
    QCOMPARE(db->storage, 10 * Quantity::Gi);
    QCOMPARE(db->mode, DeploymentMode::Managed);
    QVERIFY(db->backup);
}

void TestProjectReader::designProblemsAreNotLoadErrors()
{
    // min > max and zero replicas are for the validation engine to explain, not
    // reasons to refuse a file.
    const QByteArray yaml = PROD "        replicas: 0\n        autoscaling: {min: 5, max: 2}\n";
    const Result<Project> result = ProjectReader::read(yaml, QStringLiteral("x.yaml"), m_catalog);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const Deployment &d = result.value().environments[0].deployments[0];
    QCOMPARE(d.replicas, 0);
    QCOMPARE(d.autoscaling.minReplicas, 5);
    QCOMPARE(d.autoscaling.maxReplicas, 2);
}

void TestProjectReader::readsBackupAndQueue()
{
    const QByteArray yaml = API "  mq:\n    type: rabbitmq\n  db:\n    type: postgresql\n"
                                "environments:\n  - id: production\n    platform: kubernetes\n"
                                "    deployments:\n      api:\n"
                                "        autoscaling: {min: 1, max: 10, queue: {from: mq, name: "
                                "orders, messagesPerReplica: 100}}\n"
                                "      db:\n        backup: {schedule: \"30 2 * * 1-5\", "
                                "retention: 14d}\n"
                                "      mq:\n        backup: true\n";
    const Result<Project> loaded = ProjectReader::read(yaml, QStringLiteral("q.yaml"), m_catalog);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const Environment &env = loaded.value().environments[0];
    const Autoscaling &a = env.deployments[0].autoscaling;
    QVERIFY(a.enabled);
    QCOMPARE(a.queue, (QueueTrigger {QStringLiteral("mq"), QStringLiteral("orders"), 100}));
    QVERIFY(env.deployments[1].backup);
    QCOMPARE(env.deployments[1].backupPolicy, (BackupPolicy {QStringLiteral("30 2 * * 1-5"), 14}));
    QVERIFY(env.deployments[2].backup);
    QVERIFY(env.deployments[2].backupPolicy.isDefault());
}

void TestProjectReader::oversizedInput()
{
    const QByteArray huge(50 * 1024 * 1024, 'a');
    const Result<Project> result
        = ProjectReader::read(huge, QStringLiteral("huge.yaml"), m_catalog);
    QVERIFY(!result.ok());
    // Exact figures: "8.0 MB" for a file over 8 MiB contradicted the limit it was refused by.
    const QLocale locale;
    QVERIFY2(
        result.error().message.contains(
            QStringLiteral("the file is %1 bytes; project files are limited to %2 bytes (8 MiB)")
                .arg(locale.toString(qint64(huge.size())),
                     locale.toString(ProjectReader::MaxFileSize))),
        qPrintable(result.error().message));
    const Result<Project> justOver = ProjectReader::read(
        QByteArray(ProjectReader::MaxFileSize + 1, '#'), QStringLiteral("over.yaml"), m_catalog);
    QVERIFY(!justOver.ok());
    QVERIFY2(justOver.error().message.contains(locale.toString(ProjectReader::MaxFileSize + 1)),
             qPrintable(justOver.error().message));
}

void TestProjectReader::echoedValuesAreOneLine_data()
{
    QTest::addColumn<QByteArray>("yaml");
    // A key, a value and a component id carrying a forged log line and a terminal colour code.
    QTest::addRow("key") << QByteArray(HEAD
                                       "\"colour\\nother.stackdraft.yaml:1:1: fine\\e[31m\": x\n");
    QTest::addRow("value") << QByteArray(
        PROD "        mode: \"fast\\nother.stackdraft.yaml:1:1: everything is fine\\e[0m\"\n");
    QTest::addRow("platform") << QByteArray(
        API "environments:\n  - id: production\n    platform: \"k8s\\r\\u202eevil\"\n");
    QTest::addRow("long value") << QByteArray(PROD "        mode: " + QByteArray(5000, 'x') + "\n");
}

// Every value an error quotes is escaped and cut: one line, no control character, bounded length.
void TestProjectReader::echoedValuesAreOneLine()
{
    QFETCH(QByteArray, yaml);
    const Result<Project> result
        = ProjectReader::read(yaml, QStringLiteral("bad.stackdraft.yaml"), m_catalog);
    QVERIFY(!result.ok());
    const QString text = result.error().toString();
    for (const QChar c : text) {
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e,
                 qPrintable(QStringLiteral("raw U+%1 in: %2")
                                .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                .arg(text)));
    }
    QVERIFY2(text.size() < 400, qPrintable(text));
    QVERIFY2(!result.error().message.contains(QLatin1String("\n")), qPrintable(text));
}

void TestProjectReader::oversizedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.stackdraft.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray line = "# padding padding padding padding padding padding padding padding\n";
    QByteArray chunk;
    while (chunk.size() < 1024 * 1024)
        chunk += line;
    file.write(HEAD);
    for (int i = 0; i < 50; ++i)
        file.write(chunk);
    file.close();
    const Result<Project> result = ProjectReader::readFile(path, m_catalog);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, path);
    QVERIFY2(result.error().message.contains(QLocale().toString(QFileInfo(path).size())),
             qPrintable(result.error().message));
}

void TestProjectReader::missingFile()
{
    QTemporaryDir dir;
    const Result<Project> missing
        = ProjectReader::readFile(dir.filePath(QStringLiteral("nope.yaml")), m_catalog);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QLatin1String("no such file")));
    const Result<Project> directory = ProjectReader::readFile(dir.path(), m_catalog);
    QVERIFY(!directory.ok());
    QVERIFY(directory.error().message.contains(QLatin1String("directory")));
}

void TestProjectReader::deepNesting()
{
    const QByteArray yaml = HEAD "title: " + QByteArray(100000, '[');
    const Result<Project> result
        = ProjectReader::read(yaml, QStringLiteral("deep.yaml"), m_catalog);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 3);
}

void TestProjectReader::aliasExpansion()
{
    // "Billion laughs": ten levels of ten aliases each would expand to 10^10
    // nodes.
    QByteArray yaml = HEAD "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i <= 10; ++i) {
        const QByteArray prev = "*a" + QByteArray::number(i - 1);
        QByteArray items;
        for (int j = 0; j < 10; ++j)
            items += (j ? ", " : "") + prev;
        yaml += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [" + items + "]\n";
    }
    const Result<Project> result
        = ProjectReader::read(yaml, QStringLiteral("bomb.yaml"), m_catalog);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QLatin1String("expands")),
             qPrintable(result.error().toString()));
}

void TestProjectReader::formatDocExampleLoads()
{
    // The annotated example in docs/file-format.md must stay a valid project
    // file.
    QFile doc(QStringLiteral(STACKDRAFT_SOURCE_DIR "/docs/file-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const qsizetype start = text.indexOf("```yaml\n");
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf("```", start + 8);
    const QByteArray yaml = text.mid(start + 8, end - start - 8);
    const Result<Project> result
        = ProjectReader::read(yaml, QStringLiteral("file-format.md"), m_catalog);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QVERIFY(!result.value().environments.isEmpty());
}

// A translator that marks every text of one context, to see which words go through it.
class MarkingTranslator final : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context)
        : m_context(context)
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        return qstrcmp(context, m_context) == 0
            ? QStringLiteral("<%1>").arg(QString::fromUtf8(sourceText))
            : QString();
    }

private:
    const char *m_context;
};

// The field a bad cron schedule names ("day of week") reaches the translated message translated,
// not as English inside another language.
void TestProjectReader::cronFieldNamesAreTranslated()
{
    MarkingTranslator translator("CronSchedule");
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const Result<Project> result
        = ProjectReader::read(PROD "        backup: {schedule: \"0 3 * * MON\"}\n",
                              QStringLiteral("bad.stackdraft.yaml"), m_catalog);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QLatin1String("<day of week>")),
             qPrintable(result.error().toString()));
    QCOMPARE(CronSchedule::fieldName(CronSchedule::Field::Hour), QStringLiteral("hour"));
}

QTEST_GUILESS_MAIN(TestProjectReader)
// `source` is read beside the project file, whatever the working directory, and what it may not
// be (outside the directory through a link, too large, not text) is a load error naming it.
void TestProjectReader::mountedFileSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("config")));
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(QStringLiteral("config/main.conf"), "input { beats { port => 5044 } }\n");
    auto load = [&](const QByteArray &source) {
        write(QStringLiteral("p.stackdraft.yaml"),
              API "    files:\n      - path: /etc/app/main.conf\n        source: " + source
                  + "\n      - path: /etc/app/inline.conf\n        content: |\n          a: 1\n");
        return ProjectReader::readFile(dir.filePath(QStringLiteral("p.stackdraft.yaml")),
                                       m_catalog);
    };

    const Result<Project> ok = load("config/main.conf");
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().toString()));
    const QList<MountedFile> &files = ok.value().components[0].files;
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0].path, QStringLiteral("/etc/app/main.conf"));
    QCOMPARE(files[0].source, QStringLiteral("config/main.conf"));
    QCOMPARE(files[0].content, QByteArray("input { beats { port => 5044 } }\n"));
    QVERIFY(files[1].isInline());
    QCOMPARE(files[1].content, QByteArray("a: 1\n"));

    auto refused = [&](const QByteArray &source, const QString &fragment) {
        const Result<Project> result = load(source);
        QVERIFY2(!result.ok(), source.constData());
        QCOMPARE(result.error().field, QStringLiteral("components.api.files[0].source"));
        QCOMPARE(result.error().line, 8);
        QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().toString()));
    };
    refused("config/missing.conf", QStringLiteral("'config/missing.conf' not found"));
    refused("config", QStringLiteral("'config' is not a file"));
    QTemporaryDir outside;
    QFile secret(outside.filePath(QStringLiteral("secret.conf")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.close();
    QVERIFY(QFile::link(secret.fileName(), dir.filePath(QStringLiteral("config/link.conf"))));
    refused("config/link.conf", QStringLiteral("leads out of the project file's directory"));
    write(QStringLiteral("config/big.conf"), QByteArray(MountedFile::MaxSize + 1, 'x'));
    refused("config/big.conf", QStringLiteral("a mounted file is limited to"));
    write(QStringLiteral("config/binary.conf"), QByteArray("\xff\xfe\x00x", 4));
    refused("config/binary.conf", QStringLiteral("is not UTF-8 text"));
}

#include "tst_projectreader.moc"
