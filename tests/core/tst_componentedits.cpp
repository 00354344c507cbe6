#include "core/edit/componentedits.h"
#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "editsample.h"
#include "testcatalog.h"

#include <QTest>

using namespace Stackdraft::Core;
using namespace Stackdraft::Core::Edit;
using EditSample::s;

class TestComponentEdits final : public QObject
{
    Q_OBJECT

private slots:
    void addInsertsAtIndex();
    void addRefuses_data();
    void addRefuses();
    void uniqueIds_data();
    void uniqueIds();
    void removeTakesEverythingThatNamedIt();
    void removeThenRestoreIsIdentity_data();
    void removeThenRestoreIsIdentity();
    void removeUnknownIsRefused();
    void renameRewritesEveryReference();
    void renameRefuses_data();
    void renameRefuses();
    void renameBackIsIdentity();
    void setComponentChecksValues();
};

void TestComponentEdits::addInsertsAtIndex()
{
    Project p = EditSample::make();
    QVERIFY(addComponent(p, {.id = s("queue"), .type = s("rabbitmq")}, 1));
    QCOMPARE(p.components[1].id, s("queue"));
    QVERIFY(addComponent(p, {.id = s("tail"), .type = s("worker")}));
    QCOMPARE(p.components.last().id, s("tail"));
    // A component may take a value from itself.
    Component self {.id = s("self"), .type = s("worker")};
    self.env = {EnvVar::reference(s("ME"), s("self"), s("host"))};
    QVERIFY(addComponent(p, self));
}

void TestComponentEdits::addRefuses_data()
{
    QTest::addColumn<Component>("component");
    QTest::addColumn<QString>("reason");
    QTest::addRow("taken id") << Component {.id = s("api"), .type = s("worker")}
                              << s("already taken");
    QTest::addRow("not a DNS label")
        << Component {.id = s("My API"), .type = s("worker")} << s("my-api");
    QTest::addRow("no type") << Component {.id = s("x")} << s("needs a type");
    Component badVar {.id = s("x"), .type = s("worker")};
    badVar.env = {EnvVar::literal(s("BAD NAME"), s("1"))};
    QTest::addRow("bad variable") << badVar << s("BAD_NAME");
    Component dangling {.id = s("x"), .type = s("worker")};
    dangling.env = {EnvVar::reference(s("URL"), s("nothing"))};
    QTest::addRow("dangling reference") << dangling << s("does not exist");
    Component twice {.id = s("x"), .type = s("worker")};
    twice.env = {EnvVar::literal(s("A"), s("1")), EnvVar::literal(s("A"), s("2"))};
    QTest::addRow("variable twice") << twice << s("set twice");
    Component badPart {.id = s("x"), .type = s("worker")};
    badPart.env = {EnvVar::reference(s("URL"), s("db"), s("pasword"))};
    QTest::addRow("unknown part") << badPart << s("unknown part");
    Component badSecret {.id = s("x"), .type = s("worker")};
    badSecret.env = {EnvVar::secretRef(s("K"), s("Not_A_Label"))};
    QTest::addRow("bad secret name") << badSecret << s("not a valid secret name");
    Component badPort {.id = s("x"), .type = s("worker")};
    badPort.ports = {Port {0, 0, s("TCP"), {}}};
    QTest::addRow("port 0") << badPort << s("between 1 and 65535");
    Component badProtocol {.id = s("x"), .type = s("worker")};
    badProtocol.ports = {Port {80, 0, s("SCTP"), {}}};
    QTest::addRow("protocol") << badProtocol << s("TCP or UDP");
}

void TestComponentEdits::addRefuses()
{
    QFETCH(Component, component);
    QFETCH(QString, reason);
    Project p = EditSample::make();
    const Status added = addComponent(p, component);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.contains(reason), qPrintable(added.error().toString()));
    QCOMPARE(p, EditSample::make());
}

void TestComponentEdits::uniqueIds_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::addRow("free") << s("queue") << s("queue");
    QTest::addRow("taken") << s("api") << s("api-2");
    QTest::addRow("from a label") << s("Orders API") << s("orders-api");
    QTest::addRow("long") << QString(70, QLatin1Char('a')) << QString(63, QLatin1Char('a'));
}

void TestComponentEdits::uniqueIds()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    Project p = EditSample::make();
    QCOMPARE(uniqueComponentId(p, base), expected);
    QVERIFY(addComponent(p, {.id = expected, .type = s("worker")}));
    const QString next = uniqueComponentId(p, base);
    QVERIFY(next != expected);
    QVERIFY(next.size() <= 63);
    QVERIFY(addComponent(p, {.id = next, .type = s("worker")}));
}

void TestComponentEdits::removeTakesEverythingThatNamedIt()
{
    Project p = EditSample::make();
    const Result<RemovedComponent> removed = removeComponent(p, s("db"));
    QVERIFY(removed.ok());
    QCOMPARE(removed->component.index, 2);
    QVERIFY(!p.component(s("db")));
    // Deployments in both environments, both api->db connections, the data group membership.
    QCOMPARE(removed->deployments.size(), 2);
    QCOMPARE(p.environment(s("development"))->deployments.size(), 2);
    QCOMPARE(removed->connections.size(), 2);
    QCOMPARE(removed->connections[0].index, 1);
    QCOMPARE(removed->connections[1].index, 3);
    QCOMPARE(p.connections.size(), 2);
    QCOMPARE(p.groups[1].members, QStringList {s("cache")});
    // The `from: db` variables would dangle: api's DATABASE_URL and DB_HOST, and production
    // api's override. They are returned so the editor can say what went with it.
    QCOMPARE(removed->references.size(), 3);
    QCOMPARE(removed->references[0].component, s("api"));
    QCOMPARE(removed->references[0].variable.value.name, s("DATABASE_URL"));
    QCOMPARE(removed->references[1].variable.value.name, s("DB_HOST"));
    QCOMPARE(removed->references[2].environment, s("production"));
    QCOMPARE(p.component(s("api"))->env.size(), 1); // the secret stays
    QVERIFY(p.environment(s("production"))->deployment(s("api"))->envOverrides.isEmpty());
    // The file still loads.
    const QByteArray bytes = ProjectWriter::toBytes(p);
    const Result<Project> reloaded = ProjectReader::read(bytes, s("x.yaml"), contractCatalog());
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.ok() ? QString() : reloaded.error().toString()));
    QCOMPARE(reloaded.value(), p);
}

void TestComponentEdits::removeThenRestoreIsIdentity_data()
{
    QTest::addColumn<QString>("id");
    for (const Component &c : EditSample::make().components)
        QTest::addRow("%s", qPrintable(c.id)) << c.id;
}

void TestComponentEdits::removeThenRestoreIsIdentity()
{
    QFETCH(QString, id);
    Project p = EditSample::make();
    const Result<RemovedComponent> removed = removeComponent(p, id);
    QVERIFY(removed.ok());
    QVERIFY(p != EditSample::make());
    restoreComponent(p, removed.value());
    QCOMPARE(p, EditSample::make());
}

void TestComponentEdits::removeUnknownIsRefused()
{
    Project p = EditSample::make();
    const Result<RemovedComponent> removed = removeComponent(p, s("ghost"));
    QVERIFY(!removed.ok());
    QVERIFY(removed.error().message.contains(s("ghost")));
    QCOMPARE(p, EditSample::make());
}

void TestComponentEdits::renameRewritesEveryReference()
{
    Project p = EditSample::make();
    QVERIFY(renameComponent(p, s("api"), s("orders")));
    QVERIFY(!p.component(s("api")));
    QCOMPARE(p.components[1].id, s("orders"));
    QCOMPARE(p.connections[0].to, s("orders"));
    QCOMPARE(p.connections[1].from, s("orders"));
    QCOMPARE(p.connections[0].id, s("web->api")); // ids never change
    QCOMPARE(p.groups[0].members, (QStringList {s("web"), s("orders")}));
    QVERIFY(p.environment(s("development"))->deployment(s("orders")));
    QVERIFY(p.environment(s("production"))->deployment(s("orders")));
    QCOMPARE(p.environment(s("production"))->deployments[1].component, s("orders"));
    QCOMPARE(p.component(s("web"))->env[0].component, s("orders"));
    QCOMPARE(p.environment(s("production"))->deployment(s("web"))->envOverrides[0].component,
             s("orders"));

    // The file keeps the connections' ids, now that they differ from what their ends derive.
    const QByteArray bytes = ProjectWriter::toBytes(p);
    QVERIFY2(bytes.contains("- {id: web->api, from: web, to: orders, label: REST}"),
             bytes.constData());
    const Result<Project> reloaded = ProjectReader::read(bytes, s("x.yaml"), contractCatalog());
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded.value(), p);
}

void TestComponentEdits::renameRefuses_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("reason");
    QTest::addRow("taken") << s("api") << s("db") << s("already taken");
    QTest::addRow("upper case") << s("api") << s("API") << s("not a valid component id");
    QTest::addRow("empty") << s("api") << QString() << s("not a valid component id");
    QTest::addRow("too long") << s("api") << QString(64, QLatin1Char('a'))
                              << s("at most 63 characters");
    QTest::addRow("unknown") << s("ghost") << s("spirit") << s("no component 'ghost'");
}

void TestComponentEdits::renameRefuses()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, reason);
    Project p = EditSample::make();
    const Status renamed = renameComponent(p, from, to);
    QVERIFY(!renamed.ok());
    QVERIFY2(renamed.error().message.contains(reason), qPrintable(renamed.error().message));
    QCOMPARE(p, EditSample::make());
}

void TestComponentEdits::renameBackIsIdentity()
{
    Project p = EditSample::make();
    for (const Component &c : EditSample::make().components) {
        QVERIFY(renameComponent(p, c.id, c.id + s("-x")));
        QVERIFY(renameComponent(p, c.id + s("-x"), c.id));
        QCOMPARE(p, EditSample::make());
    }
}

void TestComponentEdits::setComponentChecksValues()
{
    Project p = EditSample::make();
    Component web = *p.component(s("web"));
    web.label = s("Storefront");
    QVERIFY(setComponent(p, web));
    QCOMPARE(p.component(s("web"))->label, s("Storefront"));
    web.env.append(EnvVar::reference(s("CACHE"), s("nowhere")));
    QVERIFY(!setComponent(p, web));
    QCOMPARE(p.component(s("web"))->env.size(), 2);
    QVERIFY(!setComponent(p, {.id = s("ghost"), .type = s("worker")}));
}

QTEST_GUILESS_MAIN(TestComponentEdits)
#include "tst_componentedits.moc"
