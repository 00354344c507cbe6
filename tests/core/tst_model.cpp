#include "core/model/naming.h"
#include "core/model/project.h"

#include <QTest>

using namespace Stackdraft::Core;

class TestModel final : public QObject
{
    Q_OBJECT

private slots:
    void activeConnectionsNeedBothEnds();
    void effectiveEnvAppliesOverrides();
    void lookups();
    void dnsLabels_data();
    void dnsLabels();
    void toDnsLabel();
    void envNames_data();
    void envNames();
    void mutableLookupsDetachCopies();
};

static Project twoComponentProject()
{
    Project p;
    p.name = QStringLiteral("shop");
    Component api {.id = QStringLiteral("api"), .type = QStringLiteral("backend-service")};
    api.env = {EnvVar::literal(QStringLiteral("LOG_LEVEL"), QStringLiteral("debug")),
               EnvVar::reference(QStringLiteral("DATABASE_URL"), QStringLiteral("db"))};
    Component db {.id = QStringLiteral("db"), .type = QStringLiteral("postgresql")};
    p.components = {api, db};
    p.connections
        = {Connection {QStringLiteral("api"), QStringLiteral("db"), QStringLiteral("SQL"), 0}};
    Environment dev {.id = QStringLiteral("development")};
    dev.deployments = {Deployment {.component = QStringLiteral("api")}};
    Environment prod {.id = QStringLiteral("production"), .platform = Platform::Kubernetes};
    Deployment apiProd {.component = QStringLiteral("api"), .replicas = 3};
    apiProd.envOverrides
        = {EnvVar::literal(QStringLiteral("LOG_LEVEL"), QStringLiteral("warn")),
           EnvVar::secretRef(QStringLiteral("SENTRY_DSN"), QStringLiteral("sentry"))};
    prod.deployments = {apiProd, Deployment {.component = QStringLiteral("db")}};
    p.environments = {dev, prod};
    return p;
}

void TestModel::activeConnectionsNeedBothEnds()
{
    const Project p = twoComponentProject();
    QCOMPARE(p.activeConnections(p.environments[0]).size(), 0);
    QCOMPARE(p.activeConnections(p.environments[1]).size(), 1);
    QCOMPARE(p.deployedComponents(p.environments[0]).size(), 1);
}

void TestModel::effectiveEnvAppliesOverrides()
{
    const Project p = twoComponentProject();
    const QList<EnvVar> dev = p.effectiveEnv(p.components[0], p.environments[0]);
    QCOMPARE(dev.size(), 2);
    QCOMPARE(dev[0].value, QStringLiteral("debug"));
    const QList<EnvVar> prod = p.effectiveEnv(p.components[0], p.environments[1]);
    QCOMPARE(prod.size(), 3);
    QCOMPARE(prod[0].value, QStringLiteral("warn"));
    QCOMPARE(prod[1].kind, EnvVar::Kind::Reference);
    QCOMPARE(prod[2].kind, EnvVar::Kind::Secret);
}

void TestModel::lookups()
{
    Project p = twoComponentProject();
    QVERIFY(p.component(QStringLiteral("db")));
    QVERIFY(!p.component(QStringLiteral("nope")));
    QVERIFY(p.environment(QStringLiteral("production")));
    QVERIFY(!p.environment(QStringLiteral("qa")));
    p.environment(QStringLiteral("production"))->deployment(QStringLiteral("api"))->replicas = 5;
    QCOMPARE(p.environments[1].deployments[0].replicas, 5);
    QCOMPARE(platformFromId(QStringLiteral("aws-ecs")), Platform::AwsEcs);
    QVERIFY(!platformFromId(QStringLiteral("nomad")));
    QCOMPARE(deploymentModeFromId(QStringLiteral("cluster")), DeploymentMode::Cluster);
}

void TestModel::dnsLabels_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addRow("simple") << QStringLiteral("backend") << true;
    QTest::addRow("dash") << QStringLiteral("api-gateway") << true;
    QTest::addRow("digits") << QStringLiteral("redis2") << true;
    QTest::addRow("upper") << QStringLiteral("Backend") << false;
    QTest::addRow("underscore") << QStringLiteral("api_gw") << false;
    QTest::addRow("leading dash") << QStringLiteral("-api") << false;
    QTest::addRow("trailing dash") << QStringLiteral("api-") << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("64 chars") << QString(64, QLatin1Char('a')) << false;
    QTest::addRow("63 chars") << QString(63, QLatin1Char('a')) << true;
    QTest::addRow("space") << QStringLiteral("my api") << false;
}

void TestModel::dnsLabels()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(Naming::isDnsLabel(name), valid);
}

// Kubernetes' rule, [-._a-zA-Z][-._a-zA-Z0-9]*, which compose and ECS accept too.
void TestModel::envNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addRow("upper") << QStringLiteral("DATABASE_URL") << true;
    QTest::addRow("lower") << QStringLiteral("node_env") << true;
    QTest::addRow("leading underscore") << QStringLiteral("_PRIVATE") << true;
    QTest::addRow("dots") << QStringLiteral("discovery.type") << true;
    QTest::addRow("dots and more") << QStringLiteral("xpack.security.enabled") << true;
    QTest::addRow("dash") << QStringLiteral("my-var") << true;
    QTest::addRow("leading dot") << QStringLiteral(".hidden") << true;
    QTest::addRow("leading dash") << QStringLiteral("-x") << true;
    QTest::addRow("digits after") << QStringLiteral("S3_BUCKET2") << true;
    QTest::addRow("leading digit") << QStringLiteral("2FA") << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("space") << QStringLiteral("LOG LEVEL") << false;
    QTest::addRow("equals") << QStringLiteral("A=B") << false;
    QTest::addRow("dollar") << QStringLiteral("$HOME") << false;
    QTest::addRow("colon") << QStringLiteral("a:b") << false;
    QTest::addRow("non-ASCII letter") << QStringLiteral("CONEXÃO") << false;
}

void TestModel::envNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(Naming::isEnvName(name), valid);
}

void TestModel::toDnsLabel()
{
    QCOMPARE(Naming::toDnsLabel(QStringLiteral("My API_1")), QStringLiteral("my-api-1"));
    QCOMPARE(Naming::toDnsLabel(QStringLiteral("Conexão Café")), QStringLiteral("conexao-cafe"));
    QCOMPARE(Naming::toDnsLabel(QStringLiteral("!!!")), QStringLiteral("component"));
    QVERIFY(Naming::isDnsLabel(Naming::toDnsLabel(QString(100, QLatin1Char('x')))));
    QCOMPARE(Naming::toEnvName(QStringLiteral("my-api")), QStringLiteral("MY_API"));
}

void TestModel::mutableLookupsDetachCopies()
{
    const Project original = twoComponentProject();
    Project copy = original;
    copy.environment(QStringLiteral("production"))->deployment(QStringLiteral("api"))->replicas = 7;
    copy.component(QStringLiteral("api"))->label = QStringLiteral("changed");
    QCOMPARE(original.environments[1].deployments[0].replicas, 3);
    QCOMPARE(original.components[0].label, QString());
    QCOMPARE(copy.environments[1].deployments[0].replicas, 7);
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
