#include "core/edit/deploymentedits.h"
#include "core/edit/deploymentfield.h"
#include "core/model/quantity.h"
#include "editsample.h"

#include <QTest>

#include <limits>

using namespace Stackdraft::Core;
using namespace Stackdraft::Core::Edit;
using EditSample::s;

class TestDeploymentEdits final : public QObject
{
    Q_OBJECT

private slots:
    void deployAndUndeploy();
    void deployRefuses_data();
    void deployRefuses();
    void setDeploymentChecksValues_data();
    void setDeploymentChecksValues();
    void moveIsAllOrNothing();
    void fieldsRoundTrip_data();
    void fieldsRoundTrip();
    void fieldOfTheWrongKindIsRefused();
    void resetOverride();
};

void TestDeploymentEdits::deployAndUndeploy()
{
    Project p = EditSample::make();
    QVERIFY(deploy(p, s("development"), {.component = s("cache"), .position = QPointF(1, 2)}, 0));
    QCOMPARE(p.environment(s("development"))->deployments[0].component, s("cache"));
    const Result<Placed<Deployment>> removed = undeploy(p, s("development"), s("cache"));
    QVERIFY(removed.ok());
    QCOMPARE(removed->index, 0);
    QCOMPARE(removed->value.position, QPointF(1, 2));
    QCOMPARE(p, EditSample::make());
    QVERIFY(!undeploy(p, s("development"), s("cache")).ok());
}

void TestDeploymentEdits::deployRefuses_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<Deployment>("deployment");
    QTest::addColumn<QString>("reason");
    QTest::addRow("twice") << s("development") << Deployment {.component = s("web")}
                           << s("already deployed");
    QTest::addRow("ghost") << s("development") << Deployment {.component = s("ghost")}
                           << s("no component 'ghost'");
    QTest::addRow("no such environment")
        << s("qa") << Deployment {.component = s("web")} << s("no environment 'qa'");
}

void TestDeploymentEdits::deployRefuses()
{
    QFETCH(QString, environment);
    QFETCH(Deployment, deployment);
    QFETCH(QString, reason);
    Project p = EditSample::make();
    const Status deployed = deploy(p, environment, deployment);
    QVERIFY(!deployed.ok());
    QVERIFY2(deployed.error().message.contains(reason), qPrintable(deployed.error().message));
    QCOMPARE(p, EditSample::make());
}

void TestDeploymentEdits::setDeploymentChecksValues_data()
{
    QTest::addColumn<Deployment>("deployment");
    QTest::addColumn<QString>("field"); // empty: accepted
    const auto with = [](auto change) {
        Deployment d {.component = s("api")};
        change(d);
        return d;
    };
    QTest::addRow("valid") << with([](Deployment &d) {
        d.replicas = 4;
        d.resources = {500, 1000, 512 * Quantity::Mi, Quantity::Gi};
        d.exposure = {true, s("api.example.com"), s("/api"), true};
    }) << QString();
    QTest::addRow("zero replicas is a design problem, not an edit error")
        << with([](Deployment &d) { d.replicas = 0; }) << QString();
    QTest::addRow("limit under request too") << with([](Deployment &d) {
        d.resources = {1000, 500, 0, 0};
    }) << QString();
    QTest::addRow("negative replicas")
        << with([](Deployment &d) { d.replicas = -1; }) << s("replicas");
    QTest::addRow("too many replicas")
        << with([](Deployment &d) { d.replicas = 10001; }) << s("replicas");
    QTest::addRow("negative cpu") << with([](Deployment &d) { d.resources.cpuRequest = -1; })
                                  << s("cpu");
    QTest::addRow("negative memory limit")
        << with([](Deployment &d) { d.resources.memoryLimit = -1; }) << s("memoryLimit");
    QTest::addRow("autoscaling target") << with([](Deployment &d) {
        d.autoscaling = {true, 1, 2, 1001, 0};
    }) << s("autoscaling.cpu");
    QTest::addRow("relative path") << with([](Deployment &d) {
        d.exposure = {true, {}, s("api"), false};
    }) << s("expose.path");
    QTest::addRow("infinite position") << with([](Deployment &d) {
        d.position = QPointF(std::numeric_limits<double>::infinity(), 0);
    }) << s("position");
    QTest::addRow("override naming a ghost")
        << with([](Deployment &d) { d.envOverrides = {EnvVar::reference(s("X"), s("ghost"))}; })
        << s("env.X.from");
}

void TestDeploymentEdits::setDeploymentChecksValues()
{
    QFETCH(Deployment, deployment);
    QFETCH(QString, field);
    Project p = EditSample::make();
    const Status set = setDeployment(p, s("production"), deployment);
    if (field.isEmpty()) {
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
        QCOMPARE(*p.environment(s("production"))->deployment(s("api")), deployment);
    } else {
        QVERIFY(!set.ok());
        QCOMPARE(set.error().field, field);
        QCOMPARE(p, EditSample::make());
    }
}

void TestDeploymentEdits::moveIsAllOrNothing()
{
    Project p = EditSample::make();
    QVERIFY(moveNodes(p, s("production"),
                      {{s("web"), QPointF(10, 20)}, {s("cache"), QPointF(-30, 0.5)}}));
    QCOMPARE(p.environment(s("production"))->deployment(s("web"))->position, QPointF(10, 20));
    QCOMPARE(p.environment(s("production"))->deployment(s("cache"))->position, QPointF(-30, 0.5));
    const Project before = p;
    // cache is not deployed in development: nothing moves.
    const Status moved
        = moveNodes(p, s("development"), {{s("web"), QPointF(1, 1)}, {s("cache"), QPointF()}});
    QVERIFY(!moved.ok());
    QVERIFY(moved.error().message.contains(s("cache")));
    QCOMPARE(p, before);
}

void TestDeploymentEdits::fieldsRoundTrip_data()
{
    QTest::addColumn<DeploymentField>("field");
    QTest::addColumn<DeploymentFieldValue>("value");
    QTest::addRow("replicas") << DeploymentField::Replicas << DeploymentFieldValue(qint64(7));
    QTest::addRow("cpu") << DeploymentField::CpuRequest << DeploymentFieldValue(qint64(250));
    QTest::addRow("cpu limit") << DeploymentField::CpuLimit << DeploymentFieldValue(qint64(2000));
    QTest::addRow("memory") << DeploymentField::MemoryRequest
                            << DeploymentFieldValue(qint64(256 * Quantity::Mi));
    QTest::addRow("memory limit") << DeploymentField::MemoryLimit
                                  << DeploymentFieldValue(qint64(Quantity::Gi));
    QTest::addRow("storage") << DeploymentField::Storage
                             << DeploymentFieldValue(qint64(10 * Quantity::Gi));
    QTest::addRow("autoscaling") << DeploymentField::Autoscaling
                                 << DeploymentFieldValue(Autoscaling {true, 2, 8, 70, 80});
    QTest::addRow("mode") << DeploymentField::Mode << DeploymentFieldValue(DeploymentMode::Managed);
    QTest::addRow("backup") << DeploymentField::Backup << DeploymentFieldValue(true);
    QTest::addRow("exposure") << DeploymentField::Exposure
                              << DeploymentFieldValue(Exposure {true, s("h"), s("/p"), true});
    QTest::addRow("overrides") << DeploymentField::EnvOverrides
                               << DeploymentFieldValue(
                                      QList<EnvVar> {EnvVar::literal(s("A"), s("b"))});
}

void TestDeploymentEdits::fieldsRoundTrip()
{
    QFETCH(DeploymentField, field);
    QFETCH(DeploymentFieldValue, value);
    Deployment d {.component = s("api")};
    const Deployment before = d;
    const DeploymentFieldValue old = deploymentField(d, field);
    QVERIFY(setDeploymentField(d, field, value));
    QVERIFY(deploymentField(d, field) == value);
    QVERIFY(d != before);
    QVERIFY(setDeploymentField(d, field, old));
    QCOMPARE(d, before);
    QVERIFY(!deploymentFieldName(field).isEmpty());
}

void TestDeploymentEdits::fieldOfTheWrongKindIsRefused()
{
    Deployment d {.component = s("api")};
    const Status set = setDeploymentField(d, DeploymentField::Backup, qint64(1));
    QVERIFY(!set.ok());
    QCOMPARE(set.error().field, s("backup"));
    QCOMPARE(d, Deployment {.component = s("api")});
    QVERIFY(!setDeploymentField(d, DeploymentField::Replicas, qint64(1) << 40).ok());
}

void TestDeploymentEdits::resetOverride()
{
    const QList<EnvVar> overrides
        = {EnvVar::literal(s("A"), s("1")), EnvVar::literal(s("B"), s("2"))};
    QCOMPARE(withoutOverride(overrides, s("A")), QList<EnvVar> {overrides[1]});
    QCOMPARE(withoutOverride(overrides, s("C")), overrides);
}

QTEST_GUILESS_MAIN(TestDeploymentEdits)
#include "tst_deploymentedits.moc"
