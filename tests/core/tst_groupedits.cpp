#include "core/edit/groupedits.h"
#include "editsample.h"

#include <QTest>

using namespace Stackdraft::Core;
using namespace Stackdraft::Core::Edit;
using EditSample::s;

class TestGroupEdits final : public QObject
{
    Q_OBJECT

private slots:
    void createAndUngroup();
    void createRefuses_data();
    void createRefuses();
    void membersAddedOnceAndRemoved();
    void setGroupChecksMembers();
    void uniqueIds();
};

void TestGroupEdits::createAndUngroup()
{
    Project p = EditSample::make();
    QVERIFY(createGroup(p, {s("edge"), s("Edge"), {s("web")}}, 0));
    QCOMPARE(p.groups[0].id, s("edge"));
    const Result<Placed<Group>> removed = removeGroup(p, s("edge"));
    QVERIFY(removed.ok());
    QCOMPARE(removed->index, 0);
    QCOMPARE(removed->value.members, QStringList {s("web")});
    QCOMPARE(p, EditSample::make()); // the members stay in the project
    QVERIFY(!removeGroup(p, s("edge")).ok());
}

void TestGroupEdits::createRefuses_data()
{
    QTest::addColumn<Group>("group");
    QTest::addColumn<QString>("reason");
    QTest::addRow("taken id") << Group {s("app"), {}, {}} << s("already taken");
    QTest::addRow("bad id") << Group {s("My Group"), {}, {}} << s("my-group");
    QTest::addRow("unknown member") << Group {s("g"), {}, {s("ghost")}} << s("ghost");
    QTest::addRow("member twice") << Group {s("g"), {}, {s("web"), s("web")}} << s("listed twice");
}

void TestGroupEdits::createRefuses()
{
    QFETCH(Group, group);
    QFETCH(QString, reason);
    Project p = EditSample::make();
    const Status created = createGroup(p, group);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().message.contains(reason), qPrintable(created.error().toString()));
    QCOMPARE(p, EditSample::make());
}

void TestGroupEdits::membersAddedOnceAndRemoved()
{
    const Group app = EditSample::make().groups[0];
    QCOMPARE(withMembers(app, {s("api"), s("db"), s("db")}).members,
             (QStringList {s("web"), s("api"), s("db")}));
    QCOMPARE(withoutMembers(app, {s("web"), s("ghost")}).members, QStringList {s("api")});
}

void TestGroupEdits::setGroupChecksMembers()
{
    Project p = EditSample::make();
    Group data = p.groups[1];
    data.label = s("Storage");
    data.members.append(s("web"));
    QVERIFY(setGroup(p, data));
    QCOMPARE(p.groups[1], data);
    data.members.append(s("ghost"));
    QVERIFY(!setGroup(p, data));
    QCOMPARE(p.groups[1].members.size(), 3);
    QVERIFY(!setGroup(p, {s("nothing"), {}, {}}));
}

void TestGroupEdits::uniqueIds()
{
    Project p = EditSample::make();
    QCOMPARE(uniqueGroupId(p, s("Data")), s("data-2"));
    QCOMPARE(uniqueGroupId(p, s("Monitoring")), s("monitoring"));
}

QTEST_GUILESS_MAIN(TestGroupEdits)
#include "tst_groupedits.moc"
