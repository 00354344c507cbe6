#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "core/model/connectionids.h"
#include "core/model/quantity.h"
#include "testcatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdraft::Core;

class TestProjectWriter final : public QObject
{
    Q_OBJECT

private slots:
    void examplesRoundTrip_data();
    void examplesRoundTrip();
    void hostileText_data();
    void hostileText();
    void everyFieldRoundTrips();
    void defaultsAreLeftOut();
    void backupAndQueueForms_data();
    void backupAndQueueForms();
    void canonicalLayout();
    void writeFileIsAtomic();
    void writeFileReportsErrors();
    void mountedFilesRoundTrip();

private:
    const Catalog m_catalog = contractCatalog();
};

static QString describe(const Result<Project> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

void TestProjectWriter::examplesRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    // The examples, and the projects the conformance tests export (tests/conformance/projects).
    for (const char *dir : {"/examples", "/tests/conformance/projects"}) {
        const QDir examples(QStringLiteral(STACKDRAFT_SOURCE_DIR) + QLatin1String(dir));
        const QStringList files
            = examples.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::addRow("%s", qPrintable(file)) << examples.filePath(file);
    }
}

// Every example is in canonical form: load -> save gives the same bytes. With
// STACKDRAFT_REGENERATE_GOLDEN=1 a hand-edited example is rewritten in canonical form instead.
void TestProjectWriter::examplesRoundTrip()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    const Result<Project> loaded = ProjectReader::read(original, path, m_catalog);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
    const QByteArray saved = ProjectWriter::toBytes(loaded.value());
    if (qEnvironmentVariableIntValue("STACKDRAFT_REGENERATE_GOLDEN") == 1 && saved != original) {
        const Status written = ProjectWriter::writeFile(loaded.value(), path);
        QVERIFY(written.ok());
        QSKIP("rewritten in canonical form");
    }
    if (saved != original) {
        // Show the first differing line: a byte offset alone is useless in a 300-line file.
        const QList<QByteArray> a = original.split('\n');
        const QList<QByteArray> b = saved.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            if (a[i] != b[i])
                QFAIL(qPrintable(QStringLiteral("line %1 differs:\n  file:  %2\n  saved: %3")
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(a[i]), QString::fromUtf8(b[i]))));
        }
        QCOMPARE(b.size(), a.size());
    }
    // Loading what was saved gives the same model.
    const Result<Project> reloaded = ProjectReader::read(saved, path, m_catalog);
    QVERIFY2(reloaded.ok(), qPrintable(describe(reloaded)));
    QCOMPARE(reloaded.value(), loaded.value());
}

// Strings YAML would misread if written plain, and strings that need escapes.
void TestProjectWriter::hostileText_data()
{
    QTest::addColumn<QString>("text");
    static const char *const rows[] = {"yes",
                                       "No",
                                       "on",
                                       "OFF",
                                       "y",
                                       "n",
                                       "true",
                                       "False",
                                       "null",
                                       "~",
                                       "8.0",
                                       "3",
                                       "-1",
                                       "0x1F",
                                       "1e3",
                                       ".5",
                                       ".inf",
                                       ".NaN",
                                       "2024-01-01",
                                       "1:20",
                                       "10.0.0.0/16",
                                       "key: value",
                                       "ends with colon:",
                                       "a #comment",
                                       "#hash",
                                       "- item",
                                       "-",
                                       "?",
                                       "? x",
                                       "[list]",
                                       "{map}",
                                       "a, b",
                                       "*alias",
                                       "&anchor",
                                       "!tag",
                                       "%directive",
                                       "@at",
                                       "`tick`",
                                       "'single'",
                                       "\"double\"",
                                       "back\\slash",
                                       "C:\\path",
                                       "tab\there",
                                       "bell\a",
                                       "line\nbreak",
                                       "trailing newline\n",
                                       " leading space",
                                       "trailing space ",
                                       "",
                                       "   ",
                                       "Ação — café ☕ 🚀",
                                       "\xE2\x80\xA8separator",
                                       "\xC2\xA0nbsp",
                                       "|",
                                       ">",
                                       "<<",
                                       "...",
                                       "---",
                                       "python:3.11-slim",
                                       "REST / WebSocket",
                                       "/api/*",
                                       "/*",
                                       "multi\n\nparagraph\n",
                                       "\n starts with newline",
                                       "two trailing\n\n",
                                       "  indented\nsecond",
                                       "a: b, c",
                                       "x[0]",
                                       "f{y}",
                                       "a ,b",
                                       "1_000",
                                       "12:30:00",
                                       "0o17",
                                       "+1",
                                       "Yes please",
                                       "x:",
                                       ":colon",
                                       "http://host:80/x",
                                       "~home",
                                       "a=b"};
    for (const char *row : rows)
        QTest::addRow("%s", QByteArray(row).toPercentEncoding(" :/").constData())
            << QString::fromUtf8(row);
}

void TestProjectWriter::hostileText()
{
    QFETCH(QString, text);
    Project p;
    p.name = QStringLiteral("hostile");
    p.title = text;
    p.description = text;
    Component c {
        .id = QStringLiteral("api"), .label = text, .type = QStringLiteral("backend-service")};
    c.description = text;
    c.image = text;
    c.env = {EnvVar::literal(QStringLiteral("VALUE"), text)};
    c.properties.insert(text.isEmpty() ? QStringLiteral("empty") : text, text);
    c.ports = {Port {8080, 0, QStringLiteral("TCP"), text}};
    Component db {.id = QStringLiteral("db"), .type = QStringLiteral("mysql")};
    p.components = {c, db};
    p.connections = {Connection {QStringLiteral("api"), QStringLiteral("db"), text, 0}};
    ConnectionIds::assign(p.connections); // as the reader does
    p.groups = {Group {QStringLiteral("g"), text, {QStringLiteral("api")}}};
    if (!text.isEmpty()) { // list entries cannot be empty
        p.disabledRules = {text};
        p.output.directories = {text};
        p.components[0].command = {text, QStringLiteral("--")};
        p.components[0].args = {text};
    }
    Environment env {.id = QStringLiteral("on"), .label = text, .purpose = text, .region = text};
    Deployment d {.component = QStringLiteral("api")};
    d.exposure = Exposure {true, text, QString(), true};
    d.envOverrides = {EnvVar::literal(QStringLiteral("VALUE"), text)};
    if (!text.isEmpty())
        d.args = {QStringLiteral("-x"), text};
    env.deployments = {d};
    p.environments = {env};

    const QByteArray bytes = ProjectWriter::toBytes(p);
    const Result<Project> loaded
        = ProjectReader::read(bytes, QStringLiteral("hostile.yaml"), m_catalog);
    QVERIFY2(loaded.ok(),
             qPrintable(describe(loaded) + QLatin1Char('\n') + QString::fromUtf8(bytes)));
    QCOMPARE(loaded.value().title, text);
    QCOMPARE(loaded.value().components[0], p.components[0]);
    QCOMPARE(loaded.value().connections, p.connections);
    QCOMPARE(loaded.value(), p);
    QCOMPARE(ProjectWriter::toBytes(loaded.value()), bytes);
}

static Project fullProject()
{
    Project p;
    p.name = QStringLiteral("full");
    p.title = QStringLiteral("Full");
    p.currency = CurrencySettings {QStringLiteral("BRL"), 5.35};
    p.output
        = OutputSettings {QStringLiteral(".."), {QStringLiteral("deploy"), QStringLiteral("docs")}};
    Component api {.id = QStringLiteral("api"), .type = QStringLiteral("backend-service")};
    api.ports = {Port {8000, 0, QStringLiteral("TCP"), {}},
                 Port {53, 5353, QStringLiteral("UDP"), QStringLiteral("dns")}};
    api.env = {
        EnvVar::reference(QStringLiteral("DB_URL"), QStringLiteral("db")),
        EnvVar::reference(QStringLiteral("DB_PORT"), QStringLiteral("db"), QStringLiteral("port")),
        EnvVar::secretRef(QStringLiteral("KEY"), QStringLiteral("api-key"))};
    api.command = {QStringLiteral("gunicorn")};
    api.args
        = {QStringLiteral("--bind"), QStringLiteral("0.0.0.0:8000"), QStringLiteral("app:app")};
    Component db {.id = QStringLiteral("db"),
                  .type = QStringLiteral("postgresql"),
                  .build = QStringLiteral("./db")};
    p.components = {api, db};
    p.connections = {Connection {QStringLiteral("api"), QStringLiteral("db"), {}, 5432}};
    ConnectionIds::assign(p.connections); // as the reader does
    Environment prod {.id = QStringLiteral("production"), .platform = Platform::AwsEcs};
    prod.region = QStringLiteral("us-east-1");
    prod.priceBook = QStringLiteral("aws-us-east-1");
    prod.namespaceName = QStringLiteral("full-prod");
    prod.networkCidr = QStringLiteral("10.0.0.0/16");
    prod.privateSubnets = true;
    prod.budget = Budget {2500, 3 * Quantity::Gi + 512 * Quantity::Mi, 123.45};
    prod.usage = UsageAssumptions {10, 2.5, 30, 1.5, 0.25, 100};
    Deployment a {.component = QStringLiteral("api"), .replicas = 4};
    a.resources = Resources {250, 1500, 300 * Quantity::Mi, 1500 * 1000 * 1000};
    a.autoscaling = Autoscaling {false, 2, 6, 0, 75};
    a.exposure
        = Exposure {false, QStringLiteral("internal.example"), QStringLiteral("/api"), false};
    a.position = QPointF(12.25, -3);
    a.args = {QStringLiteral("--workers"), QStringLiteral("4")};
    Deployment b {.component = QStringLiteral("db"), .storage = 20 * Quantity::Gi};
    b.mode = DeploymentMode::Cluster;
    b.backup = true;
    b.backupPolicy = BackupPolicy {QStringLiteral("30 2 * * 1-5"), 14};
    a.autoscaling.queue = QueueTrigger {QStringLiteral("db"), QStringLiteral("orders"), 50};
    b.exposure.isPublic = true;
    b.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\"")};
    prod.deployments = {a, b};
    p.environments = {Environment {.id = QStringLiteral("dev")}, prod};
    return p;
}

void TestProjectWriter::everyFieldRoundTrips()
{
    const Project p = fullProject();
    const QByteArray bytes = ProjectWriter::toBytes(p);
    const Result<Project> loaded
        = ProjectReader::read(bytes, QStringLiteral("full.yaml"), m_catalog);
    QVERIFY2(loaded.ok(),
             qPrintable(describe(loaded) + QLatin1Char('\n') + QString::fromUtf8(bytes)));
    QCOMPARE(loaded.value().environments[1], p.environments[1]);
    QCOMPARE(loaded.value(), p);
    QCOMPARE(ProjectWriter::toBytes(loaded.value()), bytes);
}

void TestProjectWriter::defaultsAreLeftOut()
{
    Project p;
    p.name = QStringLiteral("tiny");
    p.components = {Component {.id = QStringLiteral("api"), .type = QStringLiteral("worker")}};
    Environment dev {.id = QStringLiteral("development")};
    dev.deployments = {Deployment {.component = QStringLiteral("api")}};
    p.environments = {dev};
    QCOMPARE(ProjectWriter::toBytes(p),
             QByteArray("stackdraft: 1\nname: tiny\n\ncomponents:\n  api:\n    "
                        "type: worker\n\n"
                        "environments:\n  - id: development\n    platform: "
                        "compose\n    deployments:\n"
                        "      api: {}\n"));
}

// The backup and queue-trigger forms: each written as one flow line, read back to the same model
// and the same bytes.
struct FormRow
{
    const char *name;
    bool backup;
    BackupPolicy policy;
    Autoscaling autoscaling;
    const char *line; // what the deployment's block must hold
};

static const QList<FormRow> &formRows()
{
    static const QueueTrigger orders {QStringLiteral("mq"), QStringLiteral("orders"), 100};
    static const QList<FormRow> rows = {
        {"backup on, default policy", true, {}, {}, "        backup: true\n"},
        {"schedule and retention",
         true,
         {QStringLiteral("0 3 * * *"), 7},
         {},
         "        backup: {schedule: \"0 3 * * *\", retention: 7d}\n"},
        {"retention only", true, {{}, 30}, {}, "        backup: {retention: 30d}\n"},
        {"switched off, policy kept",
         false,
         {QStringLiteral("*/15 * * * *"), 0},
         {},
         "        backup: {enabled: false, schedule: \"*/15 * * * *\"}\n"},
        {"queue trigger",
         false,
         {},
         Autoscaling {true, 1, 10, 0, 0, orders},
         "        autoscaling: {min: 1, max: 10, queue: {from: mq, name: orders, "
         "messagesPerReplica: 100}}\n"},
        {"queue trigger and CPU",
         false,
         {},
         Autoscaling {true, 2, 8, 70, 0, orders},
         "        autoscaling: {min: 2, max: 8, cpu: 70, queue: {from: mq, name: orders, "
         "messagesPerReplica: 100}}\n"},
        {"queue name needing quotes",
         false,
         {},
         Autoscaling {true, 1, 3, 0, 0, {QStringLiteral("mq"), QStringLiteral("jobs: high"), 5}},
         "        autoscaling: {min: 1, max: 3, queue: {from: mq, name: \"jobs: high\", "
         "messagesPerReplica: 5}}\n"},
    };
    return rows;
}

void TestProjectWriter::backupAndQueueForms_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < formRows().size(); ++i)
        QTest::addRow("%s", formRows()[i].name) << i;
}

void TestProjectWriter::backupAndQueueForms()
{
    QFETCH(int, row);
    const FormRow &r = formRows().at(row);
    Project p;
    p.name = QStringLiteral("forms");
    p.components = {Component {.id = QStringLiteral("api"), .type = QStringLiteral("worker")},
                    Component {.id = QStringLiteral("mq"), .type = QStringLiteral("rabbitmq")}};
    Environment env {.id = QStringLiteral("production"), .platform = Platform::Kubernetes};
    Deployment d {.component = QStringLiteral("api")};
    d.backup = r.backup;
    d.backupPolicy = r.policy;
    d.autoscaling = r.autoscaling;
    env.deployments = {d, Deployment {.component = QStringLiteral("mq")}};
    p.environments = {env};
    const QByteArray bytes = ProjectWriter::toBytes(p);
    QVERIFY2(bytes.contains(r.line), bytes.constData());
    const Result<Project> loaded = ProjectReader::read(bytes, QStringLiteral("f.yaml"), m_catalog);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded) + QLatin1Char('\n') + bytes));
    QCOMPARE(loaded.value(), p);
    QCOMPARE(ProjectWriter::toBytes(loaded.value()), bytes);
}

void TestProjectWriter::canonicalLayout()
{
    // Non-canonical spellings load, and are written the canonical way.
    const QByteArray yaml
        = "stackdraft: 1\nname: shop\ncomponents:\n  api: {type: worker}\n"
          "environments:\n- id: prod\n  deployments:\n    api: {replicas: 1, cpu: "
          "0.5, "
          "memory: 1024Mi, storage: 1.5Gi, expose: {}}\n";
    const Result<Project> loaded = ProjectReader::read(yaml, QStringLiteral("x.yaml"), m_catalog);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
    const QByteArray saved = ProjectWriter::toBytes(loaded.value());
    QVERIFY2(saved.contains("        cpu: 500m\n        memory: 1Gi\n        storage: 1536Mi\n"
                            "        expose: {public: true}\n"),
             saved.constData());
    QVERIFY(!saved.contains("replicas"));
}

void TestProjectWriter::writeFileIsAtomic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("full.stackdraft.yaml"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content\n");
    old.close();
    const Project p = fullProject();
    const Status status = ProjectWriter::writeFile(p, path);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList {QStringLiteral("full.stackdraft.yaml")});
    const Result<Project> loaded = ProjectReader::readFile(path, m_catalog);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
    QCOMPARE(loaded.value(), p);
}

void TestProjectWriter::writeFileReportsErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-dir/x.stackdraft.yaml"));
    const Status status = ProjectWriter::writeFile(fullProject(), path);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().file, path);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestProjectWriter)
// Mounted files: inline text keeps its exact bytes (a literal block or a quoted string), a source
// is written as its path only, and load -> save gives back the same bytes.
void TestProjectWriter::mountedFilesRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("config")));
    QFile source(dir.filePath(QStringLiteral("config/pipeline.conf")));
    QVERIFY(source.open(QIODevice::WriteOnly));
    source.write("input {}\n");
    source.close();

    Project p;
    p.name = QStringLiteral("files");
    Component api {.id = QStringLiteral("api"), .type = QStringLiteral("worker")};
    api.files = {
        MountedFile {
            QStringLiteral("/etc/nginx/conf.d/default.conf"), {}, "server {\n  listen 80;\n}\n"},
        MountedFile {QStringLiteral("/etc/app/one-line"), {}, "no final newline"},
        MountedFile {QStringLiteral("/etc/app/empty"), {}, ""},
        MountedFile {QStringLiteral("/etc/app/indented"), {}, "  starts with spaces\nx\n\n\n"},
        MountedFile {QStringLiteral("/usr/share/logstash/pipeline/main.conf"),
                     QStringLiteral("config/pipeline.conf"), "input {}\n"},
    };
    p.components = {api};
    const QByteArray bytes = ProjectWriter::toBytes(p);
    QVERIFY2(bytes.contains("    files:\n      - path: /etc/nginx/conf.d/default.conf\n"
                            "        content: |\n          server {\n            listen 80;\n"
                            "          }\n"),
             bytes.constData());
    QVERIFY2(bytes.contains("      - path: /usr/share/logstash/pipeline/main.conf\n"
                            "        source: config/pipeline.conf\n"),
             bytes.constData());
    QVERIFY(!bytes.contains("input {}"));

    const QString path = dir.filePath(QStringLiteral("files.stackdraft.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Result<Project> loaded = ProjectReader::readFile(path, m_catalog);
    QVERIFY2(loaded.ok(),
             qPrintable(describe(loaded) + QLatin1Char('\n') + QString::fromUtf8(bytes)));
    QCOMPARE(loaded.value().components[0].files, api.files);
    QCOMPARE(ProjectWriter::toBytes(loaded.value()), bytes);
}

#include "tst_projectwriter.moc"
