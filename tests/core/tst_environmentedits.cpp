#include "core/edit/environmentedits.h"
#include "editsample.h"

#include <QTest>

using namespace Stackdraft::Core;
using namespace Stackdraft::Core::Edit;
using EditSample::s;

class TestEnvironmentEdits final : public QObject
{
    Q_OBJECT

private slots:
    void addAndRemove();
    void addRefuses_data();
    void addRefuses();
    void duplicateCopiesEveryDeployment();
    void duplicateRefusesATakenId();
    void rename();
    void move_data();
    void move();
    void settingsKeepDeployments();
    void settingsRefuses_data();
    void settingsRefuses();
};

void TestEnvironmentEdits::addAndRemove()
{
    Project p = EditSample::make();
    QVERIFY(addEnvironment(p, {.id = s("staging"), .platform = Platform::Kubernetes}, 1));
    QCOMPARE(p.environments[1].id, s("staging"));
    const Result<Placed<Environment>> removed = removeEnvironment(p, s("staging"));
    QVERIFY(removed.ok());
    QCOMPARE(removed->index, 1);
    QCOMPARE(p, EditSample::make());
    QVERIFY(!removeEnvironment(p, s("staging")).ok());
}

void TestEnvironmentEdits::addRefuses_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("reason");
    QTest::addRow("taken") << Environment {.id = s("production")} << s("already taken");
    QTest::addRow("bad id") << Environment {.id = s("Prod 2")} << s("prod-2");
    Environment ghost {.id = s("qa")};
    ghost.deployments = {Deployment {.component = s("ghost")}};
    QTest::addRow("deploys a ghost") << ghost << s("no component 'ghost'");
    Environment twice {.id = s("qa")};
    twice.deployments = {Deployment {.component = s("web")}, Deployment {.component = s("web")}};
    QTest::addRow("deploys twice") << twice << s("deployed twice");
    Environment usage {.id = s("qa")};
    usage.usage.logRetentionDays = -1;
    QTest::addRow("negative retention") << usage << s("between 0 and 36500");
}

void TestEnvironmentEdits::addRefuses()
{
    QFETCH(Environment, environment);
    QFETCH(QString, reason);
    Project p = EditSample::make();
    const Status added = addEnvironment(p, environment);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.contains(reason), qPrintable(added.error().toString()));
    QCOMPARE(p, EditSample::make());
}

void TestEnvironmentEdits::duplicateCopiesEveryDeployment()
{
    Project p = EditSample::make();
    p.environment(s("production"))->namespaceName = s("shop-prod");
    const Result<Environment> copy
        = duplicateEnvironment(p, s("production"), s("staging"), s("Staging"));
    QVERIFY(copy.ok());
    QCOMPARE(copy->id, s("staging"));
    QCOMPARE(copy->label, s("Staging"));
    QCOMPARE(copy->platform, Platform::Kubernetes);
    QCOMPARE(copy->deployments, p.environment(s("production"))->deployments);
    QVERIFY(copy->namespaceName.isEmpty()); // two environments must not share a namespace
    QCOMPARE(p.environments.size(), 2); // not inserted
    QVERIFY(addEnvironment(p, copy.value()));
}

void TestEnvironmentEdits::duplicateRefusesATakenId()
{
    const Project p = EditSample::make();
    QVERIFY(!duplicateEnvironment(p, s("production"), s("development"), {}).ok());
    QVERIFY(!duplicateEnvironment(p, s("qa"), s("qa2"), {}).ok());
    QCOMPARE(uniqueEnvironmentId(p, s("production")), s("production-2"));
}

void TestEnvironmentEdits::rename()
{
    Project p = EditSample::make();
    QVERIFY(renameEnvironment(p, s("development"), s("dev")));
    QCOMPARE(p.environments[0].id, s("dev"));
    QVERIFY(!renameEnvironment(p, s("dev"), s("production")).ok());
    QVERIFY(!renameEnvironment(p, s("dev"), s("Dev")).ok());
    QVERIFY(renameEnvironment(p, s("dev"), s("development")));
    QCOMPARE(p, EditSample::make());
}

void TestEnvironmentEdits::move_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<bool>("ok");
    const QString dev = s("development"), prod = s("production");
    QTest::addRow("first to last") << dev << 1 << QStringList {prod, dev} << true;
    QTest::addRow("in place") << prod << 1 << QStringList {dev, prod} << true;
    QTest::addRow("past the end") << dev << 2 << QStringList {dev, prod} << false;
    QTest::addRow("negative") << dev << -1 << QStringList {dev, prod} << false;
    QTest::addRow("unknown") << s("qa") << 0 << QStringList {dev, prod} << false;
}

void TestEnvironmentEdits::move()
{
    QFETCH(QString, id);
    QFETCH(int, to);
    QFETCH(QStringList, order);
    QFETCH(bool, ok);
    Project p = EditSample::make();
    QCOMPARE(moveEnvironment(p, id, to).ok(), ok);
    QStringList ids;
    for (const Environment &e : p.environments)
        ids.append(e.id);
    QCOMPARE(ids, order);
}

void TestEnvironmentEdits::settingsKeepDeployments()
{
    Project p = EditSample::make();
    Environment settings {.id = s("production"), .label = s("Prod"), .platform = Platform::AwsEcs};
    settings.region = s("us-east-1");
    settings.budget = Budget {4000, 0, 500};
    QVERIFY(setEnvironmentSettings(p, settings));
    const Environment &prod = *p.environment(s("production"));
    QCOMPARE(prod.label, s("Prod"));
    QCOMPARE(prod.platform, Platform::AwsEcs);
    QCOMPARE(prod.budget.monthlyCost, 500.0);
    QCOMPARE(prod.deployments, EditSample::make().environment(s("production"))->deployments);
}

void TestEnvironmentEdits::settingsRefuses_data()
{
    QTest::addColumn<Environment>("settings");
    QTest::addColumn<QString>("reason");
    Environment cost {.id = s("production")};
    cost.budget.monthlyCost = -1;
    QTest::addRow("negative cost") << cost << s("must not be negative");
    Environment nan {.id = s("production")};
    nan.usage.dataTransferOutGb = std::numeric_limits<double>::infinity();
    QTest::addRow("infinite transfer") << nan << s("finite");
    Environment cpu {.id = s("production")};
    cpu.budget.cpu = -500;
    QTest::addRow("negative cpu") << cpu << s("CPU quantity");
    QTest::addRow("unknown") << Environment {.id = s("qa")} << s("no environment 'qa'");
}

void TestEnvironmentEdits::settingsRefuses()
{
    QFETCH(Environment, settings);
    QFETCH(QString, reason);
    Project p = EditSample::make();
    const Status set = setEnvironmentSettings(p, settings);
    QVERIFY(!set.ok());
    QVERIFY2(set.error().message.contains(reason), qPrintable(set.error().toString()));
    QCOMPARE(p, EditSample::make());
}

QTEST_GUILESS_MAIN(TestEnvironmentEdits)
#include "tst_environmentedits.moc"
