#include "app/environmentsummary.h"
#include "core/catalog/catalog.h"
#include "sampleproject.h"

#include <QTest>

using namespace Stackdraft;
using namespace Stackdraft::App;

class TestEnvironmentSummary final : public QObject
{
    Q_OBJECT

private slots:
    void totals_data();
    void totals();
    void text();
};

void TestEnvironmentSummary::totals_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<int>("components");
    QTest::addColumn<int>("replicas");
    QTest::addColumn<qint64>("cpu");
    QTest::addColumn<qint64>("memory");
    // production: users is external and db a managed service (`mode: managed` on Kubernetes), lb
    // the cluster's ingress: none counted; web 2 × 200m/256Mi, api 3 × 500m/512Mi (autoscaling
    // min 2 does not lower its 3 replicas), cache 1 × 200m/256Mi.
    QTest::addRow("production") << "production" << 3 << 6 << qint64(2 * 200 + 3 * 500 + 200)
                                << qint64((2 * 256 + 3 * 512 + 256) * Core::Quantity::Mi);
    // development sets resources only on db: web and api count with their catalog defaults.
    const Core::Catalog &catalog = Core::Catalog::standard();
    const Core::Resources web
        = catalog.type(QStringLiteral("web-frontend")).data().defaultResources;
    const Core::Resources api
        = catalog.type(QStringLiteral("backend-service")).data().defaultResources;
    QTest::addRow("development") << "development" << 3 << 3
                                 << qint64(web.effectiveCpu() + api.effectiveCpu() + 500)
                                 << qint64(web.effectiveMemory() + api.effectiveMemory()
                                           + 512 * Core::Quantity::Mi);
}

void TestEnvironmentSummary::totals()
{
    QFETCH(QString, environment);
    QFETCH(int, components);
    QFETCH(int, replicas);
    QFETCH(qint64, cpu);
    QFETCH(qint64, memory);
    const Core::Project project = SampleProject::make();
    const EnvironmentSummary summary = EnvironmentSummary::compute(
        project, *project.environment(environment), Core::Catalog::standard());
    QCOMPARE(summary.components, components);
    QCOMPARE(summary.replicas, replicas);
    QCOMPARE(summary.cpu, cpu);
    QCOMPARE(summary.memory, memory);
}

void TestEnvironmentSummary::text()
{
    EnvironmentSummary summary;
    summary.platform = QStringLiteral("Kubernetes");
    summary.components = 4;
    summary.replicas = 7;
    summary.cpu = 3100;
    summary.memory = 4352 * Core::Quantity::Mi;
    summary.cpuBudget = 8000;
    QCOMPARE(summary.text(),
             QStringLiteral("Kubernetes · Components: 4 · Replicas: 7 · "
                            "CPU: 3.1 vCPU of 8 vCPU · Memory: 4.25 GiB"));
}

QTEST_GUILESS_MAIN(TestEnvironmentSummary)
#include "tst_environmentsummary.moc"
