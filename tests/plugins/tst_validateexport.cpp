// Issue 12, "validate says yes, export says no": over the examples and seeded mutations of them (a
// component undeployed, an external's URL removed, a data store made replicated, a type or image
// changed, a variable derived from a random part of a random component), a project that
// `validate` finds no error in must export in every format; and an export refusal never names an
// environment that does not exist (the Kustomize base is not one).
#include "core/validation/validationengine.h"
#include "exporttesting.h"

#include <QRandomGenerator>

using namespace Stackdraft::Core;
using namespace ExportTesting;

namespace {

struct Mutant
{
    Project project;
    QString description;
};

template<typename List> auto &pick(List &list, QRandomGenerator &random)
{
    return list[random.bounded(int(list.size()))];
}

// One random change a person could make in the editor.
QString mutate(Project &p, QRandomGenerator &random)
{
    const QList<ComponentType> types = Catalog::standard().types();
    if (p.environments.isEmpty() || p.components.isEmpty())
        return QStringLiteral("nothing");
    Environment &env = pick(p.environments, random);
    Component &component = pick(p.components, random);
    switch (random.bounded(6)) {
    case 0: {
        if (env.deployments.isEmpty())
            return QStringLiteral("nothing");
        const qsizetype i = random.bounded(int(env.deployments.size()));
        const QString id = env.deployments.at(i).component;
        env.deployments.removeAt(i);
        return QStringLiteral("undeploy %1 from %2").arg(id, env.id);
    }
    case 1:
        component.properties.remove(QStringLiteral("url"));
        component.properties.remove(QStringLiteral("host"));
        return QStringLiteral("forget where %1 is").arg(component.id);
    case 2: {
        if (env.deployments.isEmpty())
            return QStringLiteral("nothing");
        Deployment &d = pick(env.deployments, random);
        d.mode = random.bounded(2) ? DeploymentMode::Replicated : DeploymentMode::Cluster;
        d.replicas = 1 + random.bounded(3);
        return QStringLiteral("%1 in %2: %3 x%4")
            .arg(d.component, env.id, deploymentModeId(d.mode))
            .arg(d.replicas);
    }
    case 3:
        component.type = types.at(random.bounded(int(types.size()))).id();
        return QStringLiteral("%1 becomes a %2").arg(component.id, component.type);
    case 4:
        component.image.clear();
        component.build.clear();
        return QStringLiteral("%1 loses its image").arg(component.id);
    default: {
        static const QStringList parts
            = {"url", "host", "port", "password", "user", "database", "bucket"};
        const Component &target = pick(p.components, random);
        const QString part = parts.at(random.bounded(int(parts.size())));
        component.env.append(EnvVar {.name = QStringLiteral("MUTANT_%1").arg(random.bounded(1000)),
                                     .kind = EnvVar::Kind::Reference,
                                     .component = target.id,
                                     .part = part});
        return QStringLiteral("%1 takes the %2 of %3").arg(component.id, part, target.id);
    }
    }
}

} // namespace

class TestValidateExport final : public QObject
{
    Q_OBJECT

private slots:
    void validProjectsExport_data();
    void validProjectsExport();
};

void TestValidateExport::validProjectsExport_data()
{
    QTest::addColumn<QString>("example");
    for (const QString &name : exampleNames())
        QTest::newRow(qPrintable(name)) << name;
    QTest::newRow("orders-platform") << QStringLiteral("orders-platform");
}

void TestValidateExport::validProjectsExport()
{
    QFETCH(QString, example);
    const Project original = ExportTesting::example(example);
    const quint32 seed = qHash(example) ^ 20261130u;
    QRandomGenerator random(seed);
    int valid = 0;
    int refused = 0;
    for (int round = 0; round < 60; ++round) {
        Project project = original;
        QStringList changes;
        const int count = 1 + random.bounded(3);
        for (int i = 0; i < count; ++i)
            changes << mutate(project, random);
        const QString what = QStringLiteral("seed %1 round %2: %3")
                                 .arg(seed)
                                 .arg(round)
                                 .arg(changes.join(QStringLiteral("; ")));
        bool hasError = false;
        for (const Problem &p : ValidationEngine::standard().check(project, Catalog::standard(),
                                                                   PriceBooks::standard()))
            hasError = hasError || p.severity == Severity::Error;
        const Result<ExportSet> set = generate(project, registry().ids());
        if (!set) {
            QVERIFY2(!set.error().message.contains(QLatin1String("'base'")),
                     qPrintable(what + QStringLiteral(" → ") + set.error().message));
            QVERIFY2(hasError,
                     qPrintable(QStringLiteral("validate found no error, export refused (%1): %2")
                                    .arg(what, set.error().message)));
        }
        (hasError ? refused : valid) += 1;
    }
    // Both sides of the implication were exercised.
    QVERIFY2(valid > 0 && refused > 0,
             qPrintable(QStringLiteral("%1 valid, %2 refused").arg(valid).arg(refused)));
}

QTEST_GUILESS_MAIN(TestValidateExport)
#include "tst_validateexport.moc"
