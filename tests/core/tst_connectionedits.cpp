#include "core/edit/connectionedits.h"
#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "core/model/connectionids.h"
#include "editsample.h"
#include "testcatalog.h"

#include <QTest>

using namespace Stackdraft::Core;
using namespace Stackdraft::Core::Edit;
using EditSample::s;

// Connection ids (docs/file-format.md, "Connection ids") and the edits that address connections by
// them.
class TestConnectionEdits final : public QObject
{
    Q_OBJECT

private slots:
    void derivedIds();
    void fileWithoutIdsKeepsItsBytes();
    void idsAreWrittenOnlyWhenTheyDiffer();
    void statedIdsAreRead();
    void duplicateIdsAreRefused_data();
    void duplicateIdsAreRefused();
    void assignKeepsStatedIds();
    void addGivesANewId();
    void addRefuses_data();
    void addRefuses();
    void removeKeepsTheOthersIds();
    void setChangesLabelAndPort();

private:
    Result<Project> read(const QByteArray &bytes) const
    {
        return ProjectReader::read(bytes, s("x.stackdraft.yaml"), m_catalog);
    }

    const Catalog m_catalog = contractCatalog();
};

static const QByteArray header = "stackdraft: 1\nname: shop\n\ncomponents:\n  web:\n    type: "
                                 "web-frontend\n  api:\n    type: backend-service\n  db:\n    "
                                 "type: mysql\n";

void TestConnectionEdits::derivedIds()
{
    const QList<Connection> connections = {{s("web"), s("api"), {}, 0},
                                           {s("api"), s("db"), {}, 0},
                                           {s("api"), s("db"), {}, 0},
                                           {s("db"), s("api"), {}, 0},
                                           {s("api"), s("db"), {}, 0}};
    QCOMPARE(
        ConnectionIds::derived(connections),
        (QStringList {s("web->api"), s("api->db"), s("api->db.2"), s("db->api"), s("api->db.3")}));
}

void TestConnectionEdits::fileWithoutIdsKeepsItsBytes()
{
    const QByteArray file = header
        + "\nconnections:\n  - {from: web, to: api, label: REST}\n  - {from: api, to: db}\n"
          "  - {from: api, to: db, label: Replica, port: 3307}\n";
    const Result<Project> p = read(file);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
    QCOMPARE(p->connections[0].id, s("web->api"));
    QCOMPARE(p->connections[2].id, s("api->db.2"));
    QCOMPARE(ProjectWriter::toBytes(p.value()), file);
}

void TestConnectionEdits::idsAreWrittenOnlyWhenTheyDiffer()
{
    Project p = EditSample::make();
    const QByteArray before = ProjectWriter::toBytes(p);
    QVERIFY(!before.contains("id: api->db"));
    // Removing the first api->db leaves the second one's id as it was; it is now written.
    QVERIFY(removeConnection(p, s("api->db")));
    const QByteArray after = ProjectWriter::toBytes(p);
    QVERIFY2(after.contains("- {id: api->db.2, from: api, to: db, label: Replica, port: 3307}"),
             after.constData());
    const Result<Project> reloaded = read(after);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded.value(), p);
    // One line removed, one changed: nothing else moves.
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    QCOMPARE(b.size(), a.size() - 1);
}

void TestConnectionEdits::statedIdsAreRead()
{
    const QByteArray file
        = header + "\nconnections:\n  - {id: main, from: web, to: api}\n  - {from: api, to: db}\n";
    const Result<Project> p = read(file);
    QVERIFY(p.ok());
    QCOMPARE(p->connections[0].id, s("main"));
    QCOMPARE(p->connections[1].id, s("api->db"));
    QCOMPARE(ProjectWriter::toBytes(p.value()), file);
}

void TestConnectionEdits::duplicateIdsAreRefused_data()
{
    QTest::addColumn<QByteArray>("connections");
    QTest::addColumn<QString>("where");
    QTest::addRow("stated twice") << QByteArray("  - {id: a, from: web, to: api}\n"
                                                "  - {id: a, from: api, to: db}\n")
                                  << s(":14:10: connections[1].id");
    QTest::addRow("stated id equals a derived one")
        << QByteArray("  - {id: api->db, from: web, to: api}\n  - {from: api, to: db}\n")
        << s(":14:5: connections[1].id");
    QTest::addRow("empty id") << QByteArray("  - {id: \"\", from: web, to: api}\n")
                              << s("connections[0].id");
}

void TestConnectionEdits::duplicateIdsAreRefused()
{
    QFETCH(QByteArray, connections);
    QFETCH(QString, where);
    const Result<Project> p = read(header + "\nconnections:\n" + connections);
    QVERIFY(!p.ok());
    QVERIFY2(p.error().toString().contains(where), qPrintable(p.error().toString()));
}

void TestConnectionEdits::assignKeepsStatedIds()
{
    QList<Connection> connections = {{s("a"), s("b"), {}, 0, s("a->b")},
                                     {s("a"), s("b"), {}, 0},
                                     {s("x"), s("y"), {}, 0, s("a->b.2")},
                                     {s("a"), s("b"), {}, 0}};
    ConnectionIds::assign(connections);
    QCOMPARE(connections[0].id, s("a->b"));
    QCOMPARE(connections[1].id, s("a->b.3")); // a->b.2 is taken
    QCOMPARE(connections[2].id, s("a->b.2"));
    QCOMPARE(connections[3].id, s("a->b.4"));
}

void TestConnectionEdits::addGivesANewId()
{
    Project p = EditSample::make();
    const Result<QString> id = addConnection(p, {s("api"), s("db"), s("Backup"), 0});
    QVERIFY(id.ok());
    QCOMPARE(id.value(), s("api->db.3"));
    QCOMPARE(p.connections.last().id, id.value());
    // It equals the id derived at its position, so the file shows no id: a one-line diff.
    const QByteArray bytes = ProjectWriter::toBytes(p);
    QVERIFY(bytes.contains("  - {from: api, to: db, label: Backup}\n"));
    QCOMPARE(bytes.size(),
             ProjectWriter::toBytes(EditSample::make()).size()
                 + qsizetype(strlen("  - {from: api, to: db, label: Backup}\n")));
    const Result<QString> stated = addConnection(p, {s("web"), s("db"), {}, 0, s("direct")}, 0);
    QVERIFY(stated.ok());
    QCOMPARE(p.connections[0].id, s("direct"));
}

void TestConnectionEdits::addRefuses_data()
{
    QTest::addColumn<Connection>("connection");
    QTest::addColumn<QString>("reason");
    QTest::addRow("unknown end") << Connection {s("api"), s("ghost"), {}, 0} << s("ghost");
    QTest::addRow("self") << Connection {s("api"), s("api"), {}, 0} << s("itself");
    QTest::addRow("port") << Connection {s("api"), s("db"), {}, 70000} << s("65535");
    QTest::addRow("taken id") << Connection {s("api"), s("db"), {}, 0, s("web->api")}
                              << s("already taken");
}

void TestConnectionEdits::addRefuses()
{
    QFETCH(Connection, connection);
    QFETCH(QString, reason);
    Project p = EditSample::make();
    const Result<QString> added = addConnection(p, connection);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.contains(reason), qPrintable(added.error().message));
    QCOMPARE(p, EditSample::make());
}

void TestConnectionEdits::removeKeepsTheOthersIds()
{
    Project p = EditSample::make();
    const QStringList ids = {s("web->api"), s("api->cache"), s("api->db.2")};
    const Result<Placed<Connection>> removed = removeConnection(p, s("api->db"));
    QVERIFY(removed.ok());
    QCOMPARE(removed->index, 1);
    QStringList left;
    for (const Connection &c : p.connections)
        left.append(c.id);
    QCOMPARE(left, ids);
    QVERIFY(!removeConnection(p, s("api->db")).ok());
}

void TestConnectionEdits::setChangesLabelAndPort()
{
    Project p = EditSample::make();
    Connection c = *p.connection(s("api->cache"));
    c.label = s("RESP");
    c.port = 6380;
    QVERIFY(setConnection(p, c));
    QCOMPARE(*p.connection(s("api->cache")), c);
    c.to = s("ghost");
    QVERIFY(!setConnection(p, c));
    QVERIFY(!setConnection(p, {s("web"), s("db"), {}, 0, s("nope")}));
}

QTEST_GUILESS_MAIN(TestConnectionEdits)
#include "tst_connectionedits.moc"
