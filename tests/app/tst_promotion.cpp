#include "app/live/promotion.h"
#include "sampleproject.h"

#include <QTest>

using namespace Stackdraft;
using namespace Stackdraft::App;
using Aspect = Promotion::Aspect;

class TestPromotion final : public QObject
{
    Q_OBJECT

private slots:
    void differencesPerComponent();
    void sameEnvironmentHasNone();
    void changesCarryOnlyWhatIsChosen();
    void commandIsOneAspect();
};

namespace {

QList<Aspect> aspectsOf(const QList<Promotion::Difference> &all, const QString &component)
{
    QList<Aspect> out;
    for (const Promotion::Difference &d : all) {
        if (d.component == component)
            out << d.aspect;
    }
    return out;
}

} // namespace

void TestPromotion::differencesPerComponent()
{
    const Core::Project project = SampleProject::make();
    const QList<Promotion::Difference> all
        = Promotion::differences(project, QStringLiteral("staging"), QStringLiteral("production"));
    // users and lb run only in production.
    QCOMPARE(aspectsOf(all, QStringLiteral("users")), QList<Aspect> {Aspect::Undeploy});
    QCOMPARE(aspectsOf(all, QStringLiteral("lb")), QList<Aspect> {Aspect::Undeploy});
    QCOMPARE(aspectsOf(all, QStringLiteral("web")),
             (QList<Aspect> {Aspect::Replicas, Aspect::Resources}));
    QCOMPARE(aspectsOf(all, QStringLiteral("api")),
             (QList<Aspect> {Aspect::Replicas, Aspect::Resources, Aspect::Autoscaling}));
    QCOMPARE(aspectsOf(all, QStringLiteral("db")),
             (QList<Aspect> {Aspect::Resources, Aspect::Mode}));
    // Components in model order.
    QCOMPARE(all.first().component, QStringLiteral("users"));

    const QList<Promotion::Difference> back = Promotion::differences(
        project, QStringLiteral("production"), QStringLiteral("development"));
    QCOMPARE(aspectsOf(back, QStringLiteral("cache")), QList<Aspect> {Aspect::Deploy});
    QCOMPARE(back.at(back.indexOf(Promotion::Difference {QStringLiteral("web"), Aspect::Replicas,
                                                         QStringLiteral("2"), QStringLiteral("1")}))
                 .target,
             QStringLiteral("1"));
}

void TestPromotion::sameEnvironmentHasNone()
{
    const Core::Project project = SampleProject::make();
    QVERIFY(Promotion::differences(project, QStringLiteral("staging"), QStringLiteral("staging"))
                .isEmpty());
    QVERIFY(Promotion::differences(project, QStringLiteral("staging"), QStringLiteral("nowhere"))
                .isEmpty());
}

void TestPromotion::changesCarryOnlyWhatIsChosen()
{
    const Core::Project project = SampleProject::make();
    const QList<Promotion::Difference> all
        = Promotion::differences(project, QStringLiteral("production"), QStringLiteral("staging"));
    QList<Promotion::Difference> chosen;
    for (const Promotion::Difference &d : all) {
        if ((d.component == QLatin1String("api") && d.aspect == Aspect::Replicas)
            || d.component == QLatin1String("lb"))
            chosen << d;
    }
    QCOMPARE(chosen.size(), 2);
    const QList<Promotion::Change> changes = Promotion::changes(
        project, QStringLiteral("production"), QStringLiteral("staging"), chosen);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).kind, Promotion::Change::Kind::Update);
    QCOMPARE(changes.at(0).deployment.component, QStringLiteral("api"));
    QCOMPARE(changes.at(0).deployment.replicas, 3);
    // Only the replicas: staging keeps its own resources and autoscaling.
    const Core::Deployment *staging
        = project.environment(QStringLiteral("staging"))->deployment(QStringLiteral("api"));
    QCOMPARE(changes.at(0).deployment.resources, staging->resources);
    QCOMPARE(changes.at(0).deployment.autoscaling, staging->autoscaling);
    QCOMPARE(changes.at(1).kind, Promotion::Change::Kind::Deploy);
    QCOMPARE(changes.at(1).deployment,
             *project.environment(QStringLiteral("production"))->deployment(QStringLiteral("lb")));
}

// A deployment's own command and arguments are promoted together, as they belong together.
void TestPromotion::commandIsOneAspect()
{
    Core::Project project = SampleProject::make();
    Core::Deployment *production
        = project.environment(QStringLiteral("production"))->deployment(QStringLiteral("api"));
    production->args = {QStringLiteral("--workers"), QStringLiteral("4")};
    const QList<Promotion::Difference> all
        = Promotion::differences(project, QStringLiteral("production"), QStringLiteral("staging"));
    QList<Promotion::Difference> chosen;
    for (const Promotion::Difference &d : all) {
        if (d.component == QLatin1String("api") && d.aspect == Aspect::Command)
            chosen << d;
    }
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().source, QStringLiteral("--workers 4"));
    QCOMPARE(chosen.first().target, QStringLiteral("the component's"));
    const QList<Promotion::Change> changes = Promotion::changes(
        project, QStringLiteral("production"), QStringLiteral("staging"), chosen);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().deployment.args, production->args);
    QCOMPARE(changes.first().deployment.replicas,
             project.environment(QStringLiteral("staging"))
                 ->deployment(QStringLiteral("api"))
                 ->replicas);
}

QTEST_GUILESS_MAIN(TestPromotion)
#include "tst_promotion.moc"
