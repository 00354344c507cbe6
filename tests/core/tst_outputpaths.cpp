#include "core/model/project.h"
#include "core/vcs/outputpaths.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdraft::Core;

class TestOutputPaths final : public QObject
{
    Q_OBJECT

private slots:
    void safeRelativePath_data();
    void safeRelativePath();
    void resolve_data();
    void resolve();
    void badDirectoryNamesField();
    void placeSkipsFilesOutsideOutputs();
    void repositoryLocation();
};

void TestOutputPaths::safeRelativePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("safe");
    QTest::addRow("plain") << "deploy/compose/docker-compose.yml" << true;
    QTest::addRow("dot file") << "deploy/compose/.env.example" << true;
    QTest::addRow("absolute") << "/etc/passwd" << false;
    QTest::addRow("parent") << "deploy/../../x" << false;
    QTest::addRow("dot") << "./deploy/x" << false;
    QTest::addRow("git dir") << "deploy/.git/config" << false;
    QTest::addRow("git dir upper case") << ".GIT/config" << false;
    QTest::addRow("empty part") << "deploy//x" << false;
    QTest::addRow("backslash") << "deploy\\x" << false;
    QTest::addRow("empty") << "" << false;
}

void TestOutputPaths::safeRelativePath()
{
    QFETCH(QString, path);
    QFETCH(bool, safe);
    QCOMPARE(OutputPaths::isSafeRelativePath(path), safe);
}

void TestOutputPaths::resolve_data()
{
    QTest::addColumn<QString>("projectDir"); // relative to the working tree
    QTest::addColumn<QStringList>("declared"); // Project::output.directories
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("defaults at the root") << "" << QStringList() << QStringList({"deploy", "docs"});
    QTest::addRow("defaults in a sub-directory")
        << "infra/shop" << QStringList() << QStringList({"infra/shop/deploy", "infra/shop/docs"});
    QTest::addRow("declared, trailing slash") << "infra" << QStringList({"deploy/k8s/", "docs"})
                                              << QStringList({"infra/deploy/k8s", "infra/docs"});
    QTest::addRow("duplicates once")
        << "" << QStringList({"deploy", "deploy/"}) << QStringList({"deploy"});
}

void TestOutputPaths::resolve()
{
    QFETCH(QString, projectDir);
    QFETCH(QStringList, declared);
    QFETCH(QStringList, expected);
    QTemporaryDir tree;
    QVERIFY(QDir(tree.path()).mkpath(projectDir.isEmpty() ? QStringLiteral(".") : projectDir));
    Project project;
    project.output.directories = declared;
    const QString file
        = QDir(tree.filePath(projectDir)).filePath(QStringLiteral("p.stackdraft.yaml"));
    const Result<OutputPaths> paths = OutputPaths::resolve(project, file, tree.path());
    QVERIFY(paths);
    QCOMPARE(paths->directories(), expected);
    QCOMPARE(paths->prefix(), projectDir.isEmpty() ? QString() : projectDir + QLatin1Char('/'));
    for (const QString &directory : expected) {
        QVERIFY(paths->owns(directory + QStringLiteral("/a/b.yaml")));
        QVERIFY(!paths->owns(directory)); // the directory itself is never a file of ours
        QVERIFY(!paths->owns(directory + QStringLiteral("x/b.yaml")));
    }
    QVERIFY(!paths->owns(QStringLiteral("README.md")));
}

void TestOutputPaths::badDirectoryNamesField()
{
    QTemporaryDir tree;
    Project project;
    project.output.directories = {QStringLiteral("deploy"), QStringLiteral("../elsewhere")};
    const QString file = tree.filePath(QStringLiteral("p.stackdraft.yaml"));
    const Result<OutputPaths> paths = OutputPaths::resolve(project, file, tree.path());
    QVERIFY(!paths);
    QCOMPARE(paths.error().field, QStringLiteral("output.directories[1]"));
    QCOMPARE(paths.error().file, file);
    QVERIFY(paths.error().message.contains(QLatin1String("../elsewhere")));
}

void TestOutputPaths::placeSkipsFilesOutsideOutputs()
{
    QTemporaryDir tree;
    QVERIFY(QDir(tree.path()).mkpath(QStringLiteral("infra")));
    Project project;
    project.output.directories = {QStringLiteral("deploy")};
    const Result<OutputPaths> paths = OutputPaths::resolve(
        project, tree.filePath(QStringLiteral("infra/p.stackdraft.yaml")), tree.path());
    QVERIFY(paths);
    ExportSet exported;
    exported.add(QStringLiteral("deploy/compose/docker-compose.yml"), "a");
    exported.add(QStringLiteral("docs/ARCHITECTURE.md"), "b");
    exported.add(QStringLiteral("deploy/../escape"), "c");
    const OutputPaths::Placement placement = paths->place(exported);
    QCOMPARE(placement.files.paths(), QStringList({"infra/deploy/compose/docker-compose.yml"}));
    QCOMPARE(placement.files.file(QStringLiteral("infra/deploy/compose/docker-compose.yml")),
             QByteArray("a"));
    QCOMPARE(placement.skipped, QStringList({"deploy/../escape", "docs/ARCHITECTURE.md"}));
}

void TestOutputPaths::repositoryLocation()
{
    Project project;
    const QString file = QStringLiteral("/work/designs/shop/p.stackdraft.yaml");
    QCOMPARE(OutputPaths::repositoryLocation(project, file), QStringLiteral("/work/designs/shop"));
    QVERIFY(OutputPaths::searchesParents(project));
    project.output.repository = QStringLiteral("../../team-repo");
    QCOMPARE(OutputPaths::repositoryLocation(project, file), QStringLiteral("/work/team-repo"));
    QVERIFY(!OutputPaths::searchesParents(project));
    QCOMPARE(OutputPaths::repositoryLocation(project, file, QStringLiteral("/srv/repo")),
             QStringLiteral("/srv/repo"));
    QVERIFY(!OutputPaths::searchesParents(Project {}, QStringLiteral("/srv/repo")));
}

QTEST_GUILESS_MAIN(TestOutputPaths)
#include "tst_outputpaths.moc"
