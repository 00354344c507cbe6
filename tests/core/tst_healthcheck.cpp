#include "core/catalog/componenttype.h"
#include "core/export/healthcheck.h"
#include "core/model/component.h"

#include <QTest>

using namespace Stackdraft::Core;

class TestHealthCheck final : public QObject
{
    Q_OBJECT

private slots:
    void httpTool_data();
    void httpTool();
    void kindChoice();
    void containerCommands();
};

void TestHealthCheck::httpTool_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("tool");
    QTest::addRow("alpine tag") << "node:18-alpine"
                                << "wget";
    QTest::addRow("registry and alpine") << "registry.local:5000/team/app:1.2-alpine3.19"
                                         << "wget";
    QTest::addRow("prometheus") << "prom/prometheus:v2.53.0"
                                << "wget";
    QTest::addRow("nginx debian") << "nginx:1.27"
                                  << "curl";
    QTest::addRow("python slim") << "python:3.11-slim"
                                 << "python";
    QTest::addRow("node debian") << "node:20"
                                 << "node";
    QTest::addRow("digest") << "node@sha256:abcd"
                            << "node";
    QTest::addRow("unknown") << "mycorp/service:1.0"
                             << "";
    QTest::addRow("distroless") << "gcr.io/distroless/static:nonroot"
                                << "";
}

void TestHealthCheck::httpTool()
{
    QFETCH(QString, image);
    QFETCH(QString, tool);
    QCOMPARE(HealthCheck::httpToolFor(image), tool);
}

void TestHealthCheck::kindChoice()
{
    ComponentTypeData db;
    db.id = QStringLiteral("db");
    db.healthCommand = {QStringLiteral("pg_isready")};
    ComponentTypeData web;
    web.id = QStringLiteral("web");
    web.healthPath = QStringLiteral("/health");
    web.healthPort = 9000;
    Component plain {.id = QStringLiteral("x")};
    QCOMPARE(HealthCheck::forComponent(plain, ComponentType(db), 5432).kind,
             HealthCheck::Kind::Exec);
    const HealthCheck http = HealthCheck::forComponent(plain, ComponentType(web), 8000);
    QCOMPARE(http.kind, HealthCheck::Kind::Http);
    QCOMPARE(http.port, 9000);
    QCOMPARE(HealthCheck::forComponent(plain, ComponentType(), 8000).kind, HealthCheck::Kind::Tcp);
    QCOMPARE(HealthCheck::forComponent(plain, ComponentType(), 0).kind, HealthCheck::Kind::None);
    Component own {.id = QStringLiteral("y")};
    own.properties.insert(QStringLiteral("healthPath"), QStringLiteral("ready"));
    const HealthCheck fromProperty = HealthCheck::forComponent(own, ComponentType(db), 8000);
    QCOMPARE(fromProperty.kind, HealthCheck::Kind::Http);
    QCOMPARE(fromProperty.path, QStringLiteral("/ready"));
}

void TestHealthCheck::containerCommands()
{
    HealthCheck http {.kind = HealthCheck::Kind::Http, .path = QStringLiteral("/h"), .port = 80};
    QCOMPARE(http.containerCommand(QStringLiteral("nginx:1.27-alpine")),
             (QStringList {"wget", "-q", "--spider", "http://localhost:80/h"}));
    QCOMPARE(http.containerCommand(QStringLiteral("mycorp/x:1")), QStringList());
    QCOMPARE(http.containerCommand(QStringLiteral("mycorp/x:1"), QStringLiteral("curl")).first(),
             QStringLiteral("curl"));
    HealthCheck tcp {.kind = HealthCheck::Kind::Tcp, .port = 80};
    QCOMPARE(tcp.containerCommand(QStringLiteral("nginx:1.27-alpine")), QStringList());
    HealthCheck exec {.kind = HealthCheck::Kind::Exec,
                      .command = {QStringLiteral("redis-cli"), QStringLiteral("ping")}};
    QCOMPARE(exec.containerCommand(QStringLiteral("anything")), exec.command);
}

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_healthcheck.moc"
