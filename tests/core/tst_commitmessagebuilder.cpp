#include "core/model/quantity.h"
#include "core/vcs/commitmessagebuilder.h"
#include "core/vcs/gitrepository.h"
#include "gittestrepo.h"

#include <QTest>

using namespace Stackdraft::Core;

namespace {

Component component(const QString &id, const QString &type)
{
    Component c;
    c.id = id;
    c.type = type;
    return c;
}

Deployment deployment(const QString &id, int replicas = 1, qint64 cpu = 0)
{
    Deployment d;
    d.component = id;
    d.replicas = replicas;
    d.resources.cpuRequest = cpu;
    return d;
}

Project baseProject()
{
    Project project;
    project.name = QStringLiteral("shop");
    project.title = QStringLiteral("Shop");
    project.components = {component(QStringLiteral("api"), QStringLiteral("backend-service")),
                          component(QStringLiteral("db"), QStringLiteral("postgresql")),
                          component(QStringLiteral("cache"), QStringLiteral("redis"))};
    Environment production;
    production.id = QStringLiteral("production");
    production.deployments
        = {deployment(QStringLiteral("api"), 2, 500), deployment(QStringLiteral("db"))};
    Environment staging;
    staging.id = QStringLiteral("staging");
    staging.deployments = {deployment(QStringLiteral("api")), deployment(QStringLiteral("db"))};
    project.environments = {production, staging};
    return project;
}

} // namespace

class TestCommitMessageBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void designChanges_data();
    void designChanges();
    void subjectStaysShort();
    void withoutPreviousDesignListsFiles();
};

void TestCommitMessageBuilder::designChanges_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QStringList>("bodyLines"); // lines the body must hold, in this order
    QTest::addRow("component added") << 0 << "Update Shop design: production"
                                     << QStringList({"production:", "- added cache (redis)"});
    QTest::addRow("component removed")
        << 1 << "Update Shop design: staging" << QStringList({"staging:", "- removed db"});
    QTest::addRow("replicas and cpu")
        << 2 << "Update Shop design: production"
        << QStringList({"production:", "- api: replicas 2 -> 4, cpu 500m -> 1"});
    QTest::addRow("environment added") << 3 << "Update Shop design: qa"
                                       << QStringList({"qa:", "- new environment, 1 component(s)",
                                                       "- added api (backend-service)"});
    QTest::addRow("environment removed")
        << 4 << "Update Shop design: staging" << QStringList({"staging: environment removed"});
    QTest::addRow("cost only") << 5 << "Update Shop design: production"
                               << QStringList({"production:",
                                               "- monthly cost: 100.00 -> 130.50 USD (+30.50)"});
    QTest::addRow("image") << 6 << "Update Shop design: components"
                           << QStringList({"components:", "- api: image api:1 -> api:2"});
}

void TestCommitMessageBuilder::designChanges()
{
    QFETCH(int, edit);
    QFETCH(QString, subject);
    QFETCH(QStringList, bodyLines);
    Project before = baseProject();
    before.components[0].image = QStringLiteral("api:1");
    Project after = before;
    Environment &production = after.environments[0];
    switch (edit) {
    case 0:
        production.deployments.append(deployment(QStringLiteral("cache")));
        break;
    case 1:
        after.environments[1].deployments.removeLast();
        break;
    case 2:
        production.deployments[0].replicas = 4;
        production.deployments[0].resources.cpuRequest = 1000;
        break;
    case 3: {
        Environment qa;
        qa.id = QStringLiteral("qa");
        qa.deployments = {deployment(QStringLiteral("api"))};
        after.environments.append(qa);
        break;
    }
    case 4:
        after.environments.removeLast();
        break;
    case 6:
        after.components[0].image = QStringLiteral("api:2");
        break;
    default:
        break;
    }
    CommitMessageBuilder builder(after);
    builder.setPrevious(before);
    if (edit == 5)
        builder.setMonthlyCost(QStringLiteral("production"), 100, 130.5);
    const QStringList message = builder.build().split(QLatin1Char('\n'));
    QCOMPARE(message.first(), subject);
    QCOMPARE(message.value(1), QString()); // git's blank line between subject and body
    qsizetype at = 2;
    for (const QString &line : std::as_const(bodyLines)) {
        const qsizetype found = message.indexOf(line, at);
        QVERIFY2(found >= 0,
                 qPrintable(QStringLiteral("'%1' missing in:\n%2").arg(line, message.join('\n'))));
        at = found + 1;
    }
}

void TestCommitMessageBuilder::subjectStaysShort()
{
    Project before = baseProject();
    before.title
        = QStringLiteral("A very long project title that would push the subject past the limit");
    Project after = before;
    after.environments[0].deployments[0].replicas = 9;
    after.environments[1].deployments[0].replicas = 9;
    CommitMessageBuilder builder(after);
    builder.setPrevious(before);
    const QString subject = builder.build().section(QLatin1Char('\n'), 0, 0);
    QVERIFY(subject.size() <= 72);
    QVERIFY(subject.endsWith(QLatin1String("...")));
}

void TestCommitMessageBuilder::withoutPreviousDesignListsFiles()
{
    QTemporaryDir home;
    GitTest::isolateGitConfig(home.path());
    QTemporaryDir repo;
    QVERIFY(GitTest::initRepository(repo.path()));
    const Result<GitRepository> repository = GitRepository::open(repo.path());
    QVERIFY(repository);
    ExportSet generated;
    generated.add(QStringLiteral("deploy/a.yaml"), "a\n");
    generated.add(QStringLiteral("docs/b.md"), "b\n");
    const Result<GitStatus> status = GitStatus::compute(*repository, generated, {"deploy", "docs"});
    QVERIFY(status);

    CommitMessageBuilder builder(baseProject());
    builder.setFileChanges(*status);
    QCOMPARE(builder.build(),
             QStringLiteral("Update generated files for Shop\n\n"
                            "Generated files: 2 new, 0 modified, 0 deleted.\n"
                            "- new deploy/a.yaml\n"
                            "- new docs/b.md\n"));
    // With a design change to tell, the file list gives way to the design summary.
    Project previous = baseProject();
    previous.environments.removeLast();
    builder.setPrevious(previous);
    QCOMPARE(builder.build(),
             QStringLiteral("Update Shop design: staging\n\n"
                            "staging:\n"
                            "- new environment, 2 component(s)\n"
                            "- added api (backend-service)\n"
                            "- added db (postgresql)\n\n"
                            "Generated files: 2 new, 0 modified, 0 deleted.\n"));
}

QTEST_GUILESS_MAIN(TestCommitMessageBuilder)
#include "tst_commitmessagebuilder.moc"
