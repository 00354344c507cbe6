#include "core/catalog/catalog.h"
#include "core/export/publicentry.h"
#include "core/model/project.h"

#include <QTest>

using namespace Stackdraft::Core;

class TestPublicEntry final : public QObject
{
    Q_OBJECT

private slots:
    void routes_data();
    void routes();
};

// Types built in code: an edge type the platform realises as an Ingress, and plain workloads.
static Catalog testCatalog()
{
    Catalog catalog;
    for (const char *id : {"lb", "waf"}) {
        ComponentTypeData edge;
        edge.id = QString::fromLatin1(id);
        edge.realisation = {{QStringLiteral("kubernetes"), QStringLiteral("ingress")},
                            {QStringLiteral("aws-ecs"),
                             QString::fromLatin1(qstrcmp(id, "lb") == 0 ? "alb" : "waf")}};
        catalog.add(ComponentType(edge));
    }
    ComponentTypeData app;
    app.id = QStringLiteral("app");
    app.defaultPorts = {Port {.container = 8080}};
    catalog.add(ComponentType(app));
    return catalog;
}

void TestPublicEntry::routes_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QStringList>("expected"); // "entry host tls: path->target:port ..."
    QTest::addRow("lb with path labels")
        << "lb" << Platform::Kubernetes
        << QStringList {"lb shop.example.com tls: /api->api:8080 /->web:8080"};
    QTest::addRow("waf in front of lb")
        << "waf" << Platform::Kubernetes
        << QStringList {"waf shop.example.com tls: /api->api:8080 /->web:8080"};
    QTest::addRow("public workload") << "direct" << Platform::Kubernetes
                                     << QStringList {"api api.example.com plain: /v1->api:8080"};
    // On aws-ecs what AWS runs (the ALB, the WAF) is an entry too, never a route's target.
    QTest::addRow("alb with path labels")
        << "lb" << Platform::AwsEcs
        << QStringList {"lb shop.example.com tls: /api->api:8080 /->web:8080"};
    QTest::addRow("waf in front of alb")
        << "waf" << Platform::AwsEcs
        << QStringList {"waf shop.example.com tls: /api->api:8080 /->web:8080"};
    // Public with no host: an entry for any host (an ALB's DNS name).
    QTest::addRow("public workload, any host")
        << "anyhost" << Platform::AwsEcs << QStringList {"api  plain: /v1->api:8080"};
}

void TestPublicEntry::routes()
{
    QFETCH(QString, layout);
    QFETCH(Platform, platform);
    QFETCH(QStringList, expected);
    const bool direct = layout == QLatin1String("direct") || layout == QLatin1String("anyhost");
    Project p;
    p.name = QStringLiteral("shop");
    p.components = {Component {.id = QStringLiteral("waf"), .type = QStringLiteral("waf")},
                    Component {.id = QStringLiteral("lb"), .type = QStringLiteral("lb")},
                    Component {.id = QStringLiteral("web"), .type = QStringLiteral("app")},
                    Component {.id = QStringLiteral("api"), .type = QStringLiteral("app")}};
    p.connections = {
        Connection {QStringLiteral("waf"), QStringLiteral("lb"), {}, 0},
        Connection {QStringLiteral("lb"), QStringLiteral("web"), QStringLiteral("/"), 0},
        Connection {QStringLiteral("lb"), QStringLiteral("api"), QStringLiteral("/api"), 0},
        Connection {QStringLiteral("web"), QStringLiteral("api"), QStringLiteral("REST calls"), 0}};
    Environment env {.id = QStringLiteral("prod"), .platform = platform};
    Deployment edge {.component = direct ? QStringLiteral("lb") : layout};
    if (!direct)
        edge.exposure
            = Exposure {.isPublic = true, .host = QStringLiteral("shop.example.com"), .tls = true};
    Deployment api {.component = QStringLiteral("api")};
    if (direct)
        api.exposure = Exposure {.isPublic = true,
                                 .host = layout == QLatin1String("direct")
                                     ? QStringLiteral("api.example.com")
                                     : QString(),
                                 .path = QStringLiteral("/v1")};
    env.deployments = {edge, Deployment {.component = QStringLiteral("web")}, api};
    if (layout == QLatin1String("waf"))
        env.deployments.append(Deployment {.component = QStringLiteral("lb")});
    p.environments = {env};

    QStringList actual;
    for (const PublicEntry &e : PublicEntry::list(p, p.environments.first(), testCatalog())) {
        QString text
            = QStringLiteral("%1 %2 %3:")
                  .arg(e.name, e.host, e.tls ? QStringLiteral("tls") : QStringLiteral("plain"));
        for (const PublicEntry::Route &r : e.routes)
            text += QStringLiteral(" %1->%2:%3").arg(r.path, r.target->id).arg(r.port);
        actual << text;
    }
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestPublicEntry)
#include "tst_publicentry.moc"
