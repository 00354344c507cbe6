#include "exporttesting.h"

using namespace Stackdraft::Core;
using namespace ExportTesting;

class TestComposeExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void golden();
    void envExampleHoldsNoValue_data();
    void envExampleHoldsNoValue();
    void severalComposeEnvironments();
    void dependsOnWaitsForHealth();
};

void TestComposeExporter::initTestCase()
{
    QVERIFY2(
        registry().exporter(QStringLiteral("compose")),
        qPrintable(QStringLiteral("compose plugin not loaded from %1").arg(STACKDRAFT_BINARY_DIR)));
}

void TestComposeExporter::golden()
{
    const Result<ExportSet> set
        = generate(example(QStringLiteral("webot-chatflow")), {QStringLiteral("compose")});
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    const QString report
        = compareWithGolden(*set, QStringLiteral("webot-chatflow"), QStringLiteral("compose"));
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestComposeExporter::envExampleHoldsNoValue_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : exampleNames())
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestComposeExporter::envExampleHoldsNoValue()
{
    QFETCH(QString, name);
    const Result<ExportSet> set = generate(example(name), {QStringLiteral("compose")});
    QVERIFY(set.ok());
    int variables = 0;
    for (const QString &path : set->paths()) {
        if (!path.endsWith(QLatin1String(".env.example")))
            continue;
        for (const QByteArray &line : set->file(path).split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            QVERIFY2(line.endsWith('='), line.constData());
            ++variables;
        }
        // Every ${VAR} the compose file uses is listed.
        const QByteArray compose = set->file(path.section(QLatin1Char('/'), 0, -2)
                                             + QStringLiteral("/docker-compose.yml"));
        const QByteArray example = set->file(path);
        qsizetype at = 0;
        while ((at = compose.indexOf("${", at)) >= 0) {
            const qsizetype end = compose.indexOf('}', at);
            const QByteArray var = compose.mid(at + 2, end - at - 2);
            QVERIFY2(example.contains("\n" + var + "=\n"), var.constData());
            at = end;
        }
    }
    QVERIFY(variables > 0);
}

static Project smallProject()
{
    Project p;
    p.name = QStringLiteral("shop");
    Component api {.id = QStringLiteral("api"),
                   .type = QStringLiteral("backend-service"),
                   .image = QStringLiteral("python:3.12-slim")};
    api.env = {EnvVar::reference(QStringLiteral("DATABASE_URL"), QStringLiteral("db"))};
    Component db {.id = QStringLiteral("db"), .type = QStringLiteral("postgresql")};
    Component worker {.id = QStringLiteral("worker"),
                      .type = QStringLiteral("worker"),
                      .build = QStringLiteral("./worker")};
    p.components = {api, db, worker};
    p.connections = {Connection {QStringLiteral("api"), QStringLiteral("db"), {}, 0},
                     Connection {QStringLiteral("worker"), QStringLiteral("api"), {}, 0}};
    for (const char *id : {"dev", "qa"}) {
        Environment env {.id = QString::fromLatin1(id), .platform = Platform::Compose};
        env.deployments = {Deployment {.component = QStringLiteral("api")},
                           Deployment {.component = QStringLiteral("db")},
                           Deployment {.component = QStringLiteral("worker")}};
        p.environments << env;
    }
    return p;
}

void TestComposeExporter::severalComposeEnvironments()
{
    const Result<ExportSet> set = generate(smallProject(), {QStringLiteral("compose")});
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    QCOMPARE(
        set->paths(),
        (QStringList {"deploy/compose/dev/.env.example", "deploy/compose/dev/docker-compose.yml",
                      "deploy/compose/qa/.env.example", "deploy/compose/qa/docker-compose.yml"}));
    const QByteArray qa = set->file(QStringLiteral("deploy/compose/qa/docker-compose.yml"));
    QVERIFY(qa.contains("\nname: shop-qa\n"));
    // Build contexts are relative to the output root, so one level deeper here.
    QVERIFY2(qa.contains("context: ../../../worker\n"), qa.constData());
    // A filtered export writes the same bytes at the same path.
    const Result<ExportSet> onlyQa
        = generate(smallProject(), {QStringLiteral("compose")}, QStringLiteral("qa"));
    QVERIFY(onlyQa.ok());
    QCOMPARE(onlyQa->paths().size(), 2);
    QCOMPARE(onlyQa->file(QStringLiteral("deploy/compose/qa/docker-compose.yml")), qa);
}

void TestComposeExporter::dependsOnWaitsForHealth()
{
    const Result<ExportSet> set
        = generate(smallProject(), {QStringLiteral("compose")}, QStringLiteral("dev"));
    QVERIFY(set.ok());
    const QString compose
        = QString::fromUtf8(set->file(QStringLiteral("deploy/compose/dev/docker-compose.yml")));
    // postgres has an exec health check, so api waits for it to be healthy; the python image gets
    // an HTTP check through python itself; a built image's tools are unknown, so no check and
    // service_started.
    QVERIFY2(compose.contains(
                 QLatin1String("    depends_on:\n      db:\n        condition: service_healthy\n")),
             qPrintable(compose));
    QVERIFY(
        compose.contains(QLatin1String("urllib.request.urlopen('http://localhost:8000/health'")));
    QVERIFY(compose.contains(QLatin1String("DATABASE_URL: postgresql://")));
    QVERIFY(compose.contains(
        QLatin1String("    depends_on:\n      api:\n        condition: service_healthy\n")));
    QVERIFY(!compose.contains(QLatin1String("version:")));
}

QTEST_GUILESS_MAIN(TestComposeExporter)
#include "tst_composeexporter.moc"
