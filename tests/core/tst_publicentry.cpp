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
        edge.realisation = {{QStringLiteral("kubernetes"), QStringLiteral("ingress")}};
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
    QTest::addColumn<QStringList>("expected"); // "entry host tls: path->target:port ..."
    QTest::addRow("lb with path labels")
        << "lb" << QStringList {"lb shop.example.com tls: /api->api:8080 /->web:8080"};
    QTest::addRow("waf in front of lb")
        << "waf" << QStringList {"waf shop.example.com tls: /api->api:8080 /->web:8080"};
    QTest::addRow("public workload")
        << "direct" << QStringList {"api api.example.com plain: /v1->api:8080"};
}

void TestPublicEntry::routes()
{
    QFETCH(QString, layout);
    QFETCH(QStringList, expected);
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
    Environment env {.id = QStringLiteral("prod"), .platform = Platform::Kubernetes};
    Deployment edge {.component
                     = layout == QLatin1String("direct") ? QStringLiteral("lb") : layout};
    if (layout != QLatin1String("direct"))
        edge.exposure
            = Exposure {.isPublic = true, .host = QStringLiteral("shop.example.com"), .tls = true};
    Deployment api {.component = QStringLiteral("api")};
    if (layout == QLatin1String("direct"))
        api.exposure = Exposure {.isPublic = true,
                                 .host = QStringLiteral("api.example.com"),
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
