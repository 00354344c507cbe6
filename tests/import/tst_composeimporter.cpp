#include "core/import/composeimporter.h"
#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "importtesting.h"

#include <QTest>

using namespace Stackdraft::Core;
using namespace ImportTesting;

class TestComposeImporter final : public QObject
{
    Q_OBJECT

private slots:
    void types_data();
    void types();
    void variables_data();
    void variables();
    void deployment();
    void connections();
    void profiles();
    void mergedFiles();
    void interpolation();
    void reportListsWhatIsLeftOut();
    void notComposeFiles_data();
    void notComposeFiles();
    void resultLoads();
    void variableSetTwice();
    void publishedPortOutOfRange();

private:
    static ImportResult importText(const QByteArray &yaml, const QMap<QString, QString> &vars = {},
                                   const QStringList &profiles = {});
};

ImportResult TestComposeImporter::importText(const QByteArray &yaml,
                                             const QMap<QString, QString> &vars,
                                             const QStringList &profiles)
{
    const Result<ImportResult> result
        = run(ComposeImporter(), {{QStringLiteral("compose.yaml"), yaml}}, vars, profiles);
    if (!result)
        qWarning().noquote() << result.error().toString();
    return result ? result.value() : ImportResult {};
}

void TestComposeImporter::types_data()
{
    QTest::addColumn<QByteArray>("service");
    QTest::addColumn<QString>("type");
    struct Row
    {
        const char *name;
        const char *service;
        const char *type;
    };
    const Row rows[] = {
        {"mysql", "image: mysql:8.0", "mysql"},
        {"mariadb", "image: mariadb:10.6.4-focal", "mysql"},
        {"postgres", "image: postgres:16-alpine", "postgresql"},
        {"bitnami postgres", "image: docker.io/bitnami/postgresql:16", "postgresql"},
        {"mongo", "image: mongo:7", "mongodb"},
        {"redis", "image: redis:7-alpine", "redis"},
        {"rabbitmq", "image: rabbitmq:3-management", "rabbitmq"},
        {"elasticsearch", "image: docker.elastic.co/elasticsearch/elasticsearch:8.13.0",
         "elasticsearch"},
        {"nginx proxy", "image: nginx:1.27", "load-balancer"},
        {"traefik", "image: traefik:v3", "load-balancer"},
        {"haproxy", "image: haproxy:2.9", "load-balancer"},
        {"prometheus", "image: prom/prometheus:v2.53.0", "prometheus"},
        {"grafana", "image: grafana/grafana:11.0.0", "grafana"},
        {"mongo-express is a tool", "image: mongo-express", "admin-ui"},
        {"unknown image", "image: gitea/gitea:latest", "generic-service"},
        {"build with a port", "build: ./api\n    ports: ['8000:8000']", "backend-service"},
        {"build, frontend target", "build: {context: web, target: react}\n    ports: ['3000:3000']",
         "web-frontend"},
        {"build, vite port", "build: app\n    ports: ['5173:5173']", "web-frontend"},
        {"build, no port", "build: ./jobs\n    command: celery -A app worker", "worker"},
        {"runtime image", "image: python:3.12-slim\n    ports: ['8000:8000']", "backend-service"},
    };
    for (const Row &row : rows)
        QTest::addRow("%s", row.name) << QByteArray(row.service) << QString::fromLatin1(row.type);
}

void TestComposeImporter::types()
{
    QFETCH(QByteArray, service);
    QFETCH(QString, type);
    const ImportResult result = importText("services:\n  svc:\n    " + service + "\n");
    QCOMPARE(result.project.components.size(), 1);
    QCOMPARE(result.project.components.first().type, type);
}

void TestComposeImporter::variables_data()
{
    QTest::addColumn<QByteArray>("environment");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::addRow("literal") << QByteArray("LOG_LEVEL: debug") << "LOG_LEVEL"
                             << "literal:debug";
    QTest::addRow("url naming a service")
        << QByteArray("DATABASE_URL: mysql://root:pw@db:3306/app") << "DATABASE_URL"
        << "from:db";
    QTest::addRow("bare host") << QByteArray("DB_HOST: db") << "DB_HOST"
                               << "from:db/host";
    QTest::addRow("host and port stay literal") << QByteArray("DB_ADDR: db:3306") << "DB_ADDR"
                                                << "literal:db:3306";
    QTest::addRow("password literal") << QByteArray("DB_PASSWORD: hunter2") << "DB_PASSWORD"
                                      << "secret:app-db-password";
    QTest::addRow("token") << QByteArray("API_TOKEN: abc") << "API_TOKEN"
                           << "secret:app-api-token";
    QTest::addRow("key") << QByteArray("SECRET_KEY: ${BACKEND_SECRET_KEY}") << "SECRET_KEY"
                         << "secret:backend-secret-key";
    QTest::addRow("path of a secret file")
        << QByteArray("MYSQL_ROOT_PASSWORD_FILE: /run/secrets/db-password") << "MYSQL_ROOT_PASSWORD"
        << "secret:db-password";
    QTest::addRow("key path is not a secret")
        << QByteArray("TLS_KEY_FILE: /etc/tls/key.pem") << "TLS_KEY_FILE"
        << "literal:/etc/tls/key.pem";
    QTest::addRow("list form") << QByteArray("[\"MODE=fast\"]") << "MODE"
                               << "literal:fast";
}

void TestComposeImporter::variables()
{
    QFETCH(QByteArray, environment);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QByteArray yaml = "services:\n  app:\n    build: .\n    ports: ['80:80']\n    secrets: "
                      "[db-password]\n    environment:";
    yaml
        += environment.startsWith('[') ? " " + environment + "\n" : "\n      " + environment + "\n";
    yaml += "  db:\n    image: mysql:8.0\nsecrets:\n  db-password:\n    file: pw.txt\n";
    const ImportResult result = importText(yaml);
    const Component *app = result.project.component(QStringLiteral("app"));
    QVERIFY(app);
    const EnvVar *var = app->envVar(name);
    QVERIFY2(var, qPrintable(noteKeys(result.report).join('\n')));
    QCOMPARE(envText(*var), expected);
    // No secret value is ever copied into the project.
    const QByteArray written = ProjectWriter::toBytes(result.project);
    QVERIFY(!written.contains("hunter2"));
    QVERIFY(!written.contains(":pw@"));
}

void TestComposeImporter::deployment()
{
    const ImportResult result = importText(R"(services:
  api:
    image: python:3.12-slim
    ports: ["8080:8000", "9000/udp"]
    expose: [7000]
    deploy:
      replicas: 3
      resources:
        limits: {cpus: "1.5", memory: 1G}
        reservations: {cpus: "0.25", memory: 256M}
  db:
    image: postgres:16
    volumes: [pgdata:/var/lib/postgresql/data]
volumes:
  pgdata: {}
)");
    const Component *api = result.project.component(QStringLiteral("api"));
    QVERIFY(api);
    QCOMPARE(api->ports.size(), 3);
    QCOMPARE(api->ports[0].container, 8000);
    QCOMPARE(api->ports[0].published, 8080);
    QCOMPARE(api->ports[1].protocol, QStringLiteral("UDP"));
    QCOMPARE(api->ports[2].published, 0);
    const Environment &env = result.project.environments.first();
    QCOMPARE(env.platform, Platform::Compose);
    const Deployment *d = env.deployment(QStringLiteral("api"));
    QCOMPARE(d->replicas, 3);
    QCOMPARE(d->resources.cpuLimit, 1500);
    QCOMPARE(d->resources.cpuRequest, 250);
    QCOMPARE(d->resources.memoryLimit, qint64(1) << 30);
    QCOMPARE(d->resources.memoryRequest, qint64(256) << 20);
    QVERIFY(env.deployment(QStringLiteral("db"))->storage > 0);
}

void TestComposeImporter::connections()
{
    const ImportResult result = importText(R"(services:
  proxy:
    image: nginx
    depends_on: [web]
    networks: [front]
  web:
    build: ./web
    ports: ["3000:3000"]
    depends_on:
      api: {condition: service_healthy}
    networks: [front]
  api:
    build: ./api
    ports: ["8000:8000"]
    links: ["cache:memo"]
    environment:
      CACHE: memo
    networks: [back]
  db:
    image: mysql:8.0
    networks: [back]
  cache:
    image: redis:7
networks:
  front: {}
  back: {}
)");
    const QStringList got = ImportTesting::connections(result.project);
    QVERIFY2(got.contains("proxy->web"), qPrintable(got.join(", ")));
    QVERIFY(got.contains("web->api"));
    QVERIFY(got.contains("api->cache"));
    QVERIFY2(got.contains("api->db"), "inferred from the shared network 'back'");
    QVERIFY(!got.contains("db->api"));
    QCOMPARE(envText(*result.project.component("api")->envVar("CACHE")), "from:cache/host");
}

void TestComposeImporter::profiles()
{
    const QByteArray yaml = "services:\n  app:\n    image: nginx\n  debug:\n    image: busybox\n"
                            "    profiles: [debug]\n";
    ImportResult without = importText(yaml);
    QCOMPARE(without.project.components.size(), 1);
    QVERIFY(hasNote(without.report, "services.debug", "profile"));
    ImportResult with = importText(yaml, {}, {QStringLiteral("debug")});
    QCOMPARE(with.project.components.size(), 2);
}

void TestComposeImporter::mergedFiles()
{
    const QByteArray base = "services:\n  api:\n    image: api:1\n    ports: ['8000:8000']\n"
                            "    environment: [MODE=dev, KEEP=yes]\n";
    const QByteArray override = "services:\n  api:\n    image: api:2\n    ports: ['9000:9000']\n"
                                "    environment:\n      MODE: prod\n  extra:\n    image: redis\n"
                                "    volumes: [./x:/x]\n";
    const Result<ImportResult> result
        = run(ComposeImporter(),
              {{QStringLiteral("base.yml"), base}, {QStringLiteral("prod.yml"), override}});
    QVERIFY(result);
    const Component *api = result->project.component(QStringLiteral("api"));
    QCOMPARE(api->image, QStringLiteral("api:2"));
    QCOMPARE(api->ports.size(), 2);
    QCOMPARE(api->envVar("MODE")->value, QStringLiteral("prod"));
    QCOMPARE(api->envVar("KEEP")->value, QStringLiteral("yes"));
    // A note names the file and line the key came from, even after merging.
    bool located = false;
    for (const ImportNote &note : result->report.notes())
        located = located || (note.file == QLatin1String("prod.yml") && note.line == 9);
    QVERIFY2(located, qPrintable(result->report.lines().join('\n')));
}

void TestComposeImporter::interpolation()
{
    const QByteArray yaml = "services:\n  app:\n    image: \"shop/${IMAGE:-api}:${TAG}\"\n"
                            "    environment:\n      PRICE: \"$$5\"\n      USER_NAME: ${DB_USER}\n";
    ImportResult set = importText(yaml, {{"TAG", "1.2"}, {"DB_USER", "ana"}});
    QCOMPARE(set.project.components.first().image, QStringLiteral("shop/api:1.2"));
    QCOMPARE(set.project.components.first().envVar("PRICE")->value, QStringLiteral("$5"));
    QCOMPARE(set.project.components.first().envVar("USER_NAME")->value, QStringLiteral("ana"));
    ImportResult unset = importText(yaml);
    QVERIFY(hasNote(unset.report, "services.app.image", "${TAG} is not set"));
    QVERIFY(unset.report.hasLosses());
}

void TestComposeImporter::reportListsWhatIsLeftOut()
{
    const ImportResult result = importText(R"(version: "3.9"
x-common: &common
  restart: always
services:
  web:
    <<: *common
    image: nginx
    container_name: web1
    volumes: ["./site:/usr/share/nginx/html"]
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost/healthz"]
      interval: 5s
networks:
  frontend:
    driver_opts:
      com.docker.network.bridge.name: br0
configs:
  site: {file: ./site.conf}
)");
    QVERIFY(hasNote(result.report, "networks.frontend.driver_opts", "not modelled"));
    QVERIFY(hasNote(result.report, "services.web.restart", "not modelled"));
    QVERIFY(hasNote(result.report, "services.web.container_name", "not modelled"));
    QVERIFY(hasNote(result.report, "services.web.volumes[0]", "bind mount"));
    QVERIFY(hasNote(result.report, "services.web.healthcheck.interval", "not modelled"));
    QVERIFY(hasNote(result.report, "configs", "not modelled"));
    QCOMPARE(result.project.components.first().properties.value("healthPath"),
             QStringLiteral("/healthz"));
    for (const ImportNote &note : result.report.notes())
        QVERIFY2(note.line > 0 && note.file == QLatin1String("compose.yaml"),
                 qPrintable(note.toString()));
}

void TestComposeImporter::notComposeFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addRow("yaml error") << QByteArray("services:\n  web:\n    image: [nginx\n") << 4 << 1
                                << "not valid YAML";
    QTest::addRow("no services") << QByteArray("name: shop\nvolumes: {}\n") << 1 << 1
                                 << "no 'services:'";
    QTest::addRow("a list") << QByteArray("- a\n- b\n") << 1 << 1 << "not a compose file";
    // Found by fuzz_compose_importer: no position at all for a file with no content.
    QTest::addRow("empty") << QByteArray() << 1 << 1 << "not a compose file";
    QTest::addRow("only a comment")
        << QByteArray("# services come later\n") << 1 << 1 << "not a compose file";
    QTest::addRow("alias bomb") << QByteArray(
        "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, "
        "*a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, "
        "*c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, "
        "*d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, "
        "*f, *f, *f, *f, *f, *f]\nservices: {}\n")
                                << 0 << 0 << "nodes";
    // These crashed every reader (unbounded recursion) before the tree was built from events.
    QTest::addRow("alias inside its own list")
        << QByteArray("x: &a [*a]\nservices: {}\n") << 1 << 8 << "stands inside";
    QTest::addRow("service inside itself")
        << QByteArray("services: &s\n  web: *s\n") << 2 << 8 << "stands inside";
}

void TestComposeImporter::notComposeFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const Result<ImportResult> result
        = run(ComposeImporter(), {{QStringLiteral("bad.yaml"), bytes}});
    QVERIFY(!result);
    QCOMPARE(result.error().file, QStringLiteral("bad.yaml"));
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().toString()));
    if (line > 0) {
        QCOMPARE(result.error().line, line);
        QCOMPARE(result.error().column, column);
    }
}

void TestComposeImporter::resultLoads()
{
    // Names a project file would refuse are made valid, and what is written loads back.
    const ImportResult result = importText(R"(services:
  "../evil":
    image: nginx
  My_API:
    image: python:3.12
    ports: ["8000:8000"]
    environment:
      "bad name": x
      discovery.type: single-node
      UPSTREAM: http://../evil:80/
)");
    QCOMPARE(result.project.components.size(), 2);
    QCOMPARE(result.project.components[0].id, QStringLiteral("evil"));
    QCOMPARE(result.project.components[1].id, QStringLiteral("my-api"));
    QVERIFY(hasNote(result.report, "services.My_API.environment.bad name",
                    "not a valid variable name"));
    // Names Kubernetes allows (Elasticsearch's settings) are carried.
    QVERIFY(result.project.components[1].envVar(QStringLiteral("discovery.type")));
    const QByteArray bytes = ProjectWriter::toBytes(result.project);
    const Result<Project> loaded
        = ProjectReader::read(bytes, QStringLiteral("x.stackdraft.yaml"), catalog());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded.value(), result.project);
}

// Found by fuzz_compose_importer: a name set twice in the list form (or as NAME and NAME_FILE)
// gave a component two variables of one name, a project the reader refuses. The last one wins,
// as in `docker compose`, and the report says so.
void TestComposeImporter::variableSetTwice()
{
    const ImportResult result = importText(R"(services:
  app:
    image: gitea/gitea:latest
    secrets: [db-password]
    environment:
      - DB_TYPE=mysql
      - DB_TYPE=postgres
      - DB_PASSWD=x
      - DB_PASSWD_FILE=/run/secrets/db-password
secrets:
  db-password:
    file: pw.txt
)");
    const Component *app = result.project.component(QStringLiteral("app"));
    QVERIFY(app);
    QStringList names;
    for (const EnvVar &var : app->env)
        names << var.name;
    QCOMPARE(names, QStringList({"DB_TYPE", "DB_PASSWD"}));
    QCOMPARE(envText(*app->envVar(QStringLiteral("DB_TYPE"))), QStringLiteral("literal:postgres"));
    QCOMPARE(envText(*app->envVar(QStringLiteral("DB_PASSWD"))),
             QStringLiteral("secret:db-password"));
    QVERIFY(hasNote(result.report, "services.app.environment.DB_TYPE", "set more than once"));
    QVERIFY(
        hasNote(result.report, "services.app.environment.DB_PASSWD_FILE", "set more than once"));
    const Result<Project> loaded = ProjectReader::read(
        ProjectWriter::toBytes(result.project), QStringLiteral("x.stackdraft.yaml"), catalog());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
}

// Found by fuzz_compose_importer: a published port past 65535 was imported, and the project the
// import wrote was then refused by the reader. Such an entry is left out with a note.
void TestComposeImporter::publishedPortOutOfRange()
{
    const ImportResult result = importText(R"(services:
  db:
    image: postgres:16
    ports: ["504949:5432", "5433:5432/udp"]
  web:
    image: nginx:1.27
    ports:
      - {target: 80, published: 70000}
)");
    const Component *db = result.project.component(QStringLiteral("db"));
    QVERIFY(db);
    QCOMPARE(db->ports.size(), 1); // only the valid entry
    QCOMPARE(db->ports[0].published, 5433);
    QVERIFY(result.project.component(QStringLiteral("web"))->ports.isEmpty());
    QVERIFY(hasNote(result.report, "services.db.ports[0]", "not imported"));
    QVERIFY(hasNote(result.report, "services.web.ports[0]", "not imported"));
    const Result<Project> loaded = ProjectReader::read(
        ProjectWriter::toBytes(result.project), QStringLiteral("x.stackdraft.yaml"), catalog());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
}

QTEST_GUILESS_MAIN(TestComposeImporter)
#include "tst_composeimporter.moc"
