#include "core/catalog/catalog.h"
#include "core/export/envresolver.h"
#include "core/model/project.h"

#include <QTest>

using namespace Stackdraft::Core;

class TestEnvResolver final : public QObject
{
    Q_OBJECT

private slots:
    void resolves_data();
    void resolves();
    void implicitCatalogVariables();
    void secretTextBecomesAReference();
    void secretsAreListedSorted();
    void undeployedTargetIsAnError();
    void checkAgreesWithResolve();
    void hostNamingIsPluggable();
    void bucketOfAnObjectStore();
    void renderPlacesReferences();
};

// A catalog built in code, so the expectations do not move with the bundled catalog's data.
static Catalog testCatalog()
{
    Catalog catalog;
    ComponentTypeData db;
    db.id = QStringLiteral("db");
    db.defaultPorts = {Port {.container = 3306}};
    db.env = {TypeEnvVar {.name = QStringLiteral("DB_ROOT_PASSWORD"), .secret = true},
              TypeEnvVar {.name = QStringLiteral("DB_NAME"), .value = QStringLiteral("app")},
              TypeEnvVar {.name = QStringLiteral("DB_OPTIONAL"),
                          .required = false,
                          .value = QStringLiteral("x")}};
    db.urlTemplate = QStringLiteral("db://{user}:{password}@{host}:{port}/{database}");
    db.urlDefaults = {{QStringLiteral("user"), QStringLiteral("root")},
                      {QStringLiteral("database"), QStringLiteral("app")}};
    db.urlFieldEnv = {{QStringLiteral("password"), QStringLiteral("DB_ROOT_PASSWORD")},
                      {QStringLiteral("database"), QStringLiteral("DB_NAME")}};
    catalog.add(ComponentType(db));
    ComponentTypeData cache;
    cache.id = QStringLiteral("cache");
    cache.defaultPorts = {Port {.container = 6379}};
    cache.urlTemplate = QStringLiteral("cache://{user}:{password}@{host}:{port}");
    catalog.add(ComponentType(cache));
    ComponentTypeData api;
    api.id = QStringLiteral("api");
    api.defaultPorts = {Port {.container = 8000}};
    catalog.add(ComponentType(api));
    ComponentTypeData store;
    store.id = QStringLiteral("store");
    store.defaultPorts = {Port {.container = 9000}};
    store.urlTemplate = QStringLiteral("http://{host}:{port}");
    store.urlDefaults = {{QStringLiteral("bucket"), QStringLiteral("data")}};
    catalog.add(ComponentType(store));
    ComponentTypeData external;
    external.id = QStringLiteral("external-service");
    external.external = true;
    catalog.add(ComponentType(external));
    return catalog;
}

static Project testProject()
{
    Project p;
    p.name = QStringLiteral("shop");
    Component api {.id = QStringLiteral("api"), .type = QStringLiteral("api")};
    api.env = {
        EnvVar::literal(QStringLiteral("LOG_LEVEL"), QStringLiteral("info")),
        EnvVar::reference(QStringLiteral("DATABASE_URL"), QStringLiteral("db")),
        EnvVar::reference(QStringLiteral("DB_HOST"), QStringLiteral("db"), QStringLiteral("host")),
        EnvVar::reference(QStringLiteral("DB_PORT"), QStringLiteral("db"), QStringLiteral("port")),
        EnvVar::reference(QStringLiteral("DB_USER"), QStringLiteral("db"), QStringLiteral("user")),
        EnvVar::reference(QStringLiteral("DB_PASS"), QStringLiteral("db"),
                          QStringLiteral("password")),
        EnvVar::reference(QStringLiteral("CACHE_URL"), QStringLiteral("cache")),
        EnvVar::reference(QStringLiteral("PAY_URL"), QStringLiteral("pay")),
        EnvVar::secretRef(QStringLiteral("SECRET_KEY"), QStringLiteral("api-secret-key"))};
    Component db {.id = QStringLiteral("db"), .type = QStringLiteral("db")};
    db.env = {EnvVar::literal(QStringLiteral("DB_NAME"), QStringLiteral("orders"))};
    Component cache {.id = QStringLiteral("cache"), .type = QStringLiteral("cache")};
    Component pay {.id = QStringLiteral("pay"), .type = QStringLiteral("external-service")};
    pay.properties.insert(QStringLiteral("url"), QStringLiteral("https://pay.example.com"));
    p.components = {api, db, cache, pay};
    p.connections = {Connection {QStringLiteral("api"), QStringLiteral("db"), {}, 3307}};
    Environment prod {.id = QStringLiteral("production")};
    prod.deployments = {Deployment {.component = QStringLiteral("api")},
                        Deployment {.component = QStringLiteral("db")},
                        Deployment {.component = QStringLiteral("cache")}};
    p.environments = {prod};
    return p;
}

using Parts = QList<ResolvedEnvVar::Part>;
Q_DECLARE_METATYPE(Parts)

static ResolvedEnvVar::Part text(const char *t)
{
    return {QString::fromUtf8(t), {}};
}
static ResolvedEnvVar::Part secret(const char *s)
{
    return {{}, QString::fromUtf8(s)};
}

void TestEnvResolver::resolves_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Parts>("expected");
    // The connection's port (3307) wins over the target's primary port; the target's DB_NAME
    // literal wins over the catalog default; the password is the target's implicit catalog secret.
    QTest::addRow("literal") << "LOG_LEVEL" << Parts {text("info")};
    QTest::addRow("url with secret")
        << "DATABASE_URL"
        << Parts {text("db://root:"), secret("db-db-root-password"), text("@db:3307/orders")};
    QTest::addRow("host") << "DB_HOST" << Parts {text("db")};
    QTest::addRow("port") << "DB_PORT" << Parts {text("3307")};
    QTest::addRow("user") << "DB_USER" << Parts {text("root")};
    QTest::addRow("password") << "DB_PASS" << Parts {secret("db-db-root-password")};
    // No password secret: the credentials drop out of the URL; no connection: the primary port.
    QTest::addRow("url without credentials") << "CACHE_URL" << Parts {text("cache://cache:6379")};
    QTest::addRow("external url") << "PAY_URL" << Parts {text("https://pay.example.com")};
    QTest::addRow("secret") << "SECRET_KEY" << Parts {secret("api-secret-key")};
}

void TestEnvResolver::resolves()
{
    QFETCH(QString, name);
    QFETCH(Parts, expected);
    const Project p = testProject();
    const Catalog catalog = testCatalog();
    const EnvResolver resolver(p, p.environments.first(), catalog);
    const Result<QList<ResolvedEnvVar>> vars
        = resolver.resolve(*p.component(QStringLiteral("api")));
    QVERIFY2(vars.ok(), qPrintable(vars.ok() ? QString() : vars.error().toString()));
    auto it = std::find_if(vars->cbegin(), vars->cend(),
                           [&](const ResolvedEnvVar &v) { return v.name == name; });
    QVERIFY(it != vars->cend());
    QCOMPARE(it->parts, expected);
    QCOMPARE(it->holdsSecret(),
             std::any_of(expected.cbegin(), expected.cend(),
                         [](const ResolvedEnvVar::Part &part) { return part.isSecret(); }));
}

void TestEnvResolver::implicitCatalogVariables()
{
    Project p = testProject();
    p.component(QStringLiteral("db"))->env.clear();
    const Catalog catalog = testCatalog();
    const EnvResolver resolver(p, p.environments.first(), catalog);
    const QList<EnvVar> vars = resolver.variables(*p.component(QStringLiteral("db")));
    // Required ones only; the secret gets a name of its own, the literal the catalog default.
    QCOMPARE(vars.size(), 2);
    QCOMPARE(vars.at(0),
             EnvVar::secretRef(QStringLiteral("DB_ROOT_PASSWORD"),
                               QStringLiteral("db-db-root-password")));
    QCOMPARE(vars.at(1), EnvVar::literal(QStringLiteral("DB_NAME"), QStringLiteral("app")));
}

void TestEnvResolver::secretTextBecomesAReference()
{
    Project p = testProject();
    p.component(QStringLiteral("db"))
        ->env.append(
            EnvVar::literal(QStringLiteral("DB_ROOT_PASSWORD"), QStringLiteral("hunter2")));
    const Catalog catalog = testCatalog();
    const EnvResolver resolver(p, p.environments.first(), catalog);
    const Result<QList<ResolvedEnvVar>> vars = resolver.resolve(*p.component(QStringLiteral("db")));
    QVERIFY(vars.ok());
    for (const ResolvedEnvVar &v : *vars)
        QVERIFY(!v.literal().contains(QLatin1String("hunter2")));
    QCOMPARE(resolver.passwordSecret(*p.component(QStringLiteral("db"))),
             QStringLiteral("db-db-root-password"));
}

void TestEnvResolver::secretsAreListedSorted()
{
    const Project p = testProject();
    const Catalog catalog = testCatalog();
    const EnvResolver resolver(p, p.environments.first(), catalog);
    QCOMPARE(
        resolver.secrets(),
        (QStringList {QStringLiteral("api-secret-key"), QStringLiteral("db-db-root-password")}));
}

void TestEnvResolver::undeployedTargetIsAnError()
{
    Project p = testProject();
    p.environments.first().deployments.removeLast(); // cache
    const Catalog catalog = testCatalog();
    const EnvResolver resolver(p, p.environments.first(), catalog);
    const Result<QList<ResolvedEnvVar>> vars
        = resolver.resolve(*p.component(QStringLiteral("api")));
    QVERIFY(!vars.ok());
    QVERIFY(vars.error().message.contains(QLatin1String("CACHE_URL")));
    QVERIFY(vars.error().message.contains(QLatin1String("production")));
    QCOMPARE(vars.error().field, QStringLiteral("environments.production.api.env.CACHE_URL"));
}

// check() gives resolve()'s verdict, error and field included, on every kind of reference: each
// part, each way one fails (an unknown or undeployed target, no port, no password, no such field).
void TestEnvResolver::checkAgreesWithResolve()
{
    Project p = testProject();
    Component &api = p.components[0];
    api.env << EnvVar::reference(QStringLiteral("GHOST_URL"), QStringLiteral("ghost"))
            << EnvVar::reference(QStringLiteral("PAY_HOST"), QStringLiteral("pay"),
                                 QStringLiteral("host"))
            << EnvVar::reference(QStringLiteral("PAY_PORT"), QStringLiteral("pay"),
                                 QStringLiteral("port"))
            << EnvVar::reference(QStringLiteral("CACHE_PASS"), QStringLiteral("cache"),
                                 QStringLiteral("password"))
            << EnvVar::reference(QStringLiteral("CACHE_HOST"), QStringLiteral("cache"),
                                 QStringLiteral("host"))
            << EnvVar::reference(QStringLiteral("DB_NOPE"), QStringLiteral("db"),
                                 QStringLiteral("nope"))
            << EnvVar::reference(QStringLiteral("BUCKET"), QStringLiteral("files"),
                                 QStringLiteral("bucket"))
            << EnvVar::reference(QStringLiteral("FILES_URL"), QStringLiteral("files"))
            << EnvVar::reference(QStringLiteral("PORTLESS_PORT"), QStringLiteral("portless"),
                                 QStringLiteral("port"));
    p.components << Component {.id = QStringLiteral("files"), .type = QStringLiteral("store")};
    p.components << Component {.id = QStringLiteral("portless"),
                               .type = QStringLiteral("external-service")};
    p.environments[0].deployments << Deployment {.component = QStringLiteral("files")}
                                  << Deployment {.component = QStringLiteral("portless")};
    const Catalog catalog = testCatalog();
    const EnvResolver resolver(p, p.environments.first(), catalog);
    int failures = 0;
    for (const Component &component : std::as_const(p.components)) {
        for (const EnvVar &var : resolver.variables(component)) {
            const Result<ResolvedEnvVar> resolved = resolver.resolve(component, var);
            const Status checked = resolver.check(component, var);
            QCOMPARE(bool(checked), bool(resolved));
            if (resolved)
                continue;
            ++failures;
            QCOMPARE(checked.error().message, resolved.error().message);
            QCOMPARE(checked.error().field, resolved.error().field);
        }
    }
    // ghost (unknown), pay's port (not deployed), cache's password, db's "nope", portless's port.
    QCOMPARE(failures, 5);
}

void TestEnvResolver::hostNamingIsPluggable()
{
    const Project p = testProject();
    const Catalog catalog = testCatalog();
    EnvResolver resolver(p, p.environments.first(), catalog);
    resolver.setHostNaming([](const Component &c) { return c.id + QStringLiteral(".shop.local"); });
    const Result<ResolvedEnvVar> v = resolver.resolve(
        *p.component(QStringLiteral("api")),
        EnvVar::reference(QStringLiteral("H"), QStringLiteral("db"), QStringLiteral("host")));
    QVERIFY(v.ok());
    QCOMPARE(v->literal(), QStringLiteral("db.shop.local"));
}

// `{from: X, part: bucket}`: the store's `bucket` property, else its catalog default, else a
// platform's own name for it (an S3 bucket's, which AWS completes).
void TestEnvResolver::bucketOfAnObjectStore()
{
    Project p = testProject();
    Component uploads {.id = QStringLiteral("uploads"), .type = QStringLiteral("store")};
    uploads.properties.insert(QStringLiteral("bucket"), QStringLiteral("media"));
    p.components << uploads
                 << Component {.id = QStringLiteral("files"), .type = QStringLiteral("store")};
    p.environments[0].deployments << Deployment {.component = QStringLiteral("uploads")}
                                  << Deployment {.component = QStringLiteral("files")};
    const Catalog catalog = testCatalog();
    EnvResolver resolver(p, p.environments.first(), catalog);
    const Component &api = *p.component(QStringLiteral("api"));
    auto bucket = [&](const char *store) {
        const Result<ResolvedEnvVar> v
            = resolver.resolve(api,
                               EnvVar::reference(QStringLiteral("B"), QString::fromLatin1(store),
                                                 QStringLiteral("bucket")));
        return v ? v->literal() : v.error().message;
    };
    QCOMPARE(bucket("uploads"), QStringLiteral("media"));
    QCOMPARE(bucket("files"), QStringLiteral("data"));
    // A type with no bucket says so rather than inventing one.
    QVERIFY2(bucket("cache").contains(QLatin1String("asks for 'bucket' of 'cache'")),
             qPrintable(bucket("cache")));
    resolver.setFieldNaming([](const Component &target, const QString &field) {
        return field == QLatin1String("bucket") ? target.id + QStringLiteral("-from-aws")
                                                : QString();
    });
    QCOMPARE(bucket("uploads"), QStringLiteral("uploads-from-aws"));
}

void TestEnvResolver::renderPlacesReferences()
{
    ResolvedEnvVar v {QStringLiteral("X"), {text("a$b:"), secret("s-1"), text("@h")}, {}};
    const QString rendered
        = v.render([](const QString &t) { return QString(t).replace('$', "$$"); },
                   [](const QString &s) { return QStringLiteral("${%1}").arg(s); });
    QCOMPARE(rendered, QStringLiteral("a$$b:${s-1}@h"));
    QVERIFY(v.holdsSecret());
    QVERIFY(!v.isPlainSecret());
    QCOMPARE(v.secrets(), QStringList {QStringLiteral("s-1")});
}

QTEST_GUILESS_MAIN(TestEnvResolver)
#include "tst_envresolver.moc"
