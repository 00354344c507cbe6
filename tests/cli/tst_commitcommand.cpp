#include "../core/gittestrepo.h"

#include <QDirIterator>
#include <QTest>

using namespace GitTest;

// Runs the built `stackdraft commit` / `stackdraft diff` on an example project inside a scratch
// repository and checks the result with the git command line.
class TestCommitCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void firstCommitThenNothingToCommit();
    void designEditCommitsOnlyChangedFiles();
    void committedTreeIsTheExport();
    void dryRunChangesNothing();
    void diffShowsWhatCommitWould();
    void userEditRefusedThenForced();
    void newBranchAndPush();
    void projectInSubdirectory();
    void refusals_data();
    void refusals();
    void usageErrors_data();
    void usageErrors();

private:
    static Run stackdraft(const QStringList &arguments, const QString &dir = {});
    QString projectFile() const { return m_repo->filePath(QStringLiteral("shop.stackdraft.yaml")); }
    void editCpu(const QByteArray &from, const QByteArray &to);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_repo;
    QByteArray m_example;
};

Run TestCommitCommand::stackdraft(const QStringList &arguments, const QString &dir)
{
    return run(QStringLiteral(STACKDRAFT_BINARY_DIR "/src/app/stackdraft"),
               dir.isEmpty() ? QDir::currentPath() : dir, arguments);
}

void TestCommitCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateGitConfig(m_home.path());
    m_example = readFile(
        QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/webot-chatflow.stackdraft.yaml"));
    QVERIFY(!m_example.isEmpty());
    QVERIFY(m_example.contains(" cpu: 200m\n"));
}

void TestCommitCommand::init()
{
    m_repo = std::make_unique<QTemporaryDir>();
    QVERIFY(m_repo->isValid());
    QVERIFY(initRepository(m_repo->path()));
    QVERIFY(writeFile(projectFile(), m_example));
}

// Changes the first `cpu: <from>` request of the project file, as an edit in the app would. The new
// value is longer: an edit of the same size in the same second as the last index write is invisible
// to git (racy git).
void TestCommitCommand::editCpu(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = readFile(projectFile());
    const QByteArray line = " cpu: " + from + '\n';
    const qsizetype at = text.indexOf(line);
    QVERIFY2(at >= 0, "the example has no such cpu line");
    text.replace(at, line.size(), " cpu: " + to + '\n');
    QVERIFY(writeFile(projectFile(), text));
}

void TestCommitCommand::firstCommitThenNothingToCommit()
{
    const QString dir = m_repo->path();
    const Run first = stackdraft({"commit", projectFile()});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QString head = gitOut(dir, {"rev-parse", "HEAD"});
    QVERIFY(first.out.contains(head));
    const QStringList committed = lines(gitOut(dir, {"show", "--format=", "--name-only", "HEAD"}));
    QVERIFY(!committed.isEmpty());
    for (const QString &file : committed) {
        QVERIFY2(file.startsWith(QLatin1String("deploy/"))
                     || file.startsWith(QLatin1String("docs/")),
                 qPrintable(file));
        QVERIFY(first.out.contains(file));
    }
    // The project file is the user's to commit; only generated files went in.
    QCOMPARE(git(dir, {"status", "--porcelain"}).out, QStringLiteral("?? shop.stackdraft.yaml\n"));
    QCOMPARE(git(dir, {"fsck", "--strict"}).exitCode, 0);
    QVERIFY(gitOut(dir, {"log", "-1", "--format=%B"}).contains(QLatin1String("Generated files:")));

    const Run again = stackdraft({"commit", projectFile()});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(gitOut(dir, {"rev-parse", "HEAD"}), head);
}

void TestCommitCommand::designEditCommitsOnlyChangedFiles()
{
    const QString dir = m_repo->path();
    QCOMPARE(git(dir, {"add", "shop.stackdraft.yaml"}).exitCode, 0);
    QCOMPARE(git(dir, {"commit", "-q", "-m", "design"}).exitCode, 0);
    QCOMPARE(stackdraft({"commit", projectFile()}).exitCode, 0);
    const int before = gitOut(dir, {"ls-files"}).split('\n').size();

    editCpu("200m", "1300m");
    const Run run = stackdraft({"commit", projectFile()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList changed = lines(gitOut(dir, {"show", "--format=", "--name-status", "HEAD"}));
    QVERIFY(!changed.isEmpty());
    QVERIFY2(changed.size() < before, qPrintable(changed.join('\n')));
    for (const QString &line : changed)
        QVERIFY2(line.startsWith(QLatin1String("M\t")), qPrintable(line));
    // The project file was tracked: the message tells what changed in the design.
    const QString message = gitOut(dir, {"log", "-1", "--format=%B"});
    QVERIFY2(message.contains(QLatin1String("cpu 200m -> 1300m")), qPrintable(message));
    QCOMPARE(git(dir, {"status", "--porcelain"}).out, QStringLiteral(" M shop.stackdraft.yaml\n"));
    QCOMPARE(git(dir, {"fsck", "--strict"}).exitCode, 0);
}

void TestCommitCommand::committedTreeIsTheExport()
{
    QCOMPARE(stackdraft({"export", "--help"}).exitCode,
             0); // the export command is part of the build
    QCOMPARE(stackdraft({"commit", projectFile()}).exitCode, 0);
    QTemporaryDir exported;
    const Run run = stackdraft({"export", projectFile(), "--out", exported.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList files;
    QDirIterator it(exported.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(exported.path()).relativeFilePath(it.next());
    files.sort();
    QCOMPARE(lines(gitOut(m_repo->path(), {"ls-tree", "-r", "--name-only", "HEAD"})), files);
    for (const QString &file : std::as_const(files)) {
        QCOMPARE(git(m_repo->path(), {"cat-file", "blob", "HEAD:" + file}).out.toUtf8(),
                 readFile(exported.filePath(file)));
    }
}

void TestCommitCommand::dryRunChangesNothing()
{
    const QString dir = m_repo->path();
    const Run run = stackdraft({"commit", projectFile(), "--dry-run"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QLatin1String("new file mode 100644")));
    QCOMPARE(git(dir, {"rev-parse", "--verify", "-q", "HEAD"}).exitCode, 1); // still no commit
    QCOMPARE(git(dir, {"status", "--porcelain"}).out, QStringLiteral("?? shop.stackdraft.yaml\n"));
    QVERIFY(!QFileInfo::exists(m_repo->filePath(QStringLiteral("deploy"))));
}

void TestCommitCommand::diffShowsWhatCommitWould()
{
    QCOMPARE(stackdraft({"commit", projectFile()}).exitCode, 0);
    QCOMPARE(stackdraft({"diff", projectFile()}).exitCode, 1); // nothing to show
    editCpu("200m", "1400m");
    const Run diff = stackdraft({"diff", projectFile()});
    QCOMPARE(diff.exitCode, 0);
    QVERIFY(diff.out.startsWith(QLatin1String("diff --git a/")));
    QVERIFY(diff.out.contains(QLatin1String("\n+")));
    QCOMPARE(stackdraft({"commit", projectFile()}).exitCode, 0);
    // What diff showed is what the commit changed.
    const QStringList shown
        = lines(diff.out).filter(QRegularExpression(QStringLiteral("^diff --git ")));
    const QStringList committed
        = lines(gitOut(m_repo->path(), {"show", "--format=", "--name-only", "HEAD"}));
    QCOMPARE(shown.size(), committed.size());
}

void TestCommitCommand::userEditRefusedThenForced()
{
    const QString dir = m_repo->path();
    QCOMPARE(stackdraft({"commit", projectFile()}).exitCode, 0);
    editCpu("200m", "1250m");
    const Run dry = stackdraft({"commit", projectFile(), "--dry-run"});
    QCOMPARE(dry.exitCode, 0);
    const QString target = lines(gitOut(dir, {"show", "--format=", "--name-only", "HEAD"})).first();
    // Pick a file the edit changes, and edit it by hand.
    QString edited;
    for (const QString &line : lines(dry.out)) {
        if (line.startsWith(QLatin1String("diff --git a/")))
            edited = line.section(QLatin1Char(' '), 2, 2).mid(2);
    }
    QVERIFY(!edited.isEmpty());
    Q_UNUSED(target)
    QVERIFY(writeFile(m_repo->filePath(edited), "# my hand edit\n"));
    const QString head = gitOut(dir, {"rev-parse", "HEAD"});

    const Run refused = stackdraft({"commit", projectFile()});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(edited), qPrintable(refused.err));
    QCOMPARE(gitOut(dir, {"rev-parse", "HEAD"}), head);
    QCOMPARE(readFile(m_repo->filePath(edited)), QByteArrayLiteral("# my hand edit\n"));

    const Run forced = stackdraft({"commit", projectFile(), "--force-overwrite", edited});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QVERIFY(readFile(m_repo->filePath(edited)) != QByteArrayLiteral("# my hand edit\n"));
    QCOMPARE(git(dir, {"status", "--porcelain"}).out, QStringLiteral("?? shop.stackdraft.yaml\n"));
}

void TestCommitCommand::newBranchAndPush()
{
    QTemporaryDir remote;
    QCOMPARE(git(remote.path(), {"init", "-q", "--bare"}).exitCode, 0);
    const QString dir = m_repo->path();
    QCOMPARE(git(dir, {"remote", "add", "origin", remote.path()}).exitCode, 0);
    const Run run
        = stackdraft({"commit", projectFile(), "--branch", "stackdraft/first", "--push", "-m",
                      "Generated deployment files", "--author", "Ana Souza <ana@example.com>"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QLatin1String("origin")));
    QCOMPARE(gitOut(dir, {"rev-parse", "--abbrev-ref", "HEAD"}),
             QStringLiteral("stackdraft/first"));
    QCOMPARE(gitOut(dir, {"log", "-1", "--format=%s|%an <%ae>"}),
             QStringLiteral("Generated deployment files|Ana Souza <ana@example.com>"));
    QCOMPARE(gitOut(remote.path(), {"rev-parse", "stackdraft/first"}),
             gitOut(dir, {"rev-parse", "HEAD"}));

    QTemporaryDir clones;
    QCOMPARE(
        git(clones.path(), {"clone", "-q", "-b", "stackdraft/first", remote.path(), "c"}).exitCode,
        0);
    const QString clone = clones.filePath(QStringLiteral("c"));
    const QStringList files = lines(gitOut(clone, {"ls-files"}));
    QCOMPARE(files, lines(gitOut(dir, {"ls-files"})));
    for (const QString &file : files)
        QCOMPARE(readFile(clone + '/' + file), readFile(m_repo->filePath(file)));
}

void TestCommitCommand::projectInSubdirectory()
{
    // The project lives in infra/; the default outputs are infra/deploy and infra/docs of the
    // repository.
    const QString dir = m_repo->path();
    const QString file = m_repo->filePath(QStringLiteral("infra/shop.stackdraft.yaml"));
    QVERIFY(writeFile(file, m_example));
    QVERIFY(QFile::remove(projectFile()));
    const Run run = stackdraft({"commit", file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString &path : lines(gitOut(dir, {"ls-tree", "-r", "--name-only", "HEAD"})))
        QVERIFY2(path.startsWith(QLatin1String("infra/deploy/"))
                     || path.startsWith(QLatin1String("infra/docs/")),
                 qPrintable(path));
}

void TestCommitCommand::refusals_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("expected");
    QTest::addRow("detached HEAD") << "detached"
                                   << "detached";
    QTest::addRow("locked index") << "locked"
                                  << "index.lock";
    QTest::addRow("missing identity") << "identity"
                                      << "user.email";
    QTest::addRow("bare repository") << "bare"
                                     << "bare repository";
    QTest::addRow("no repository") << "none"
                                   << "git init";
}

void TestCommitCommand::refusals()
{
    QFETCH(QString, situation);
    QFETCH(QString, expected);
    const QString dir = m_repo->path();
    QCOMPARE(stackdraft({"commit", projectFile()}).exitCode, 0);
    editCpu("200m", "1350m");
    QStringList arguments = {"commit", projectFile()};
    if (situation == QLatin1String("detached")) {
        QCOMPARE(git(dir, {"checkout", "-q", "--detach"}).exitCode, 0);
    } else if (situation == QLatin1String("locked")) {
        QVERIFY(writeFile(dir + QStringLiteral("/.git/index.lock"), {}));
    } else if (situation == QLatin1String("identity")) {
        QCOMPARE(git(dir, {"config", "--unset", "user.name"}).exitCode, 0);
        QCOMPARE(git(dir, {"config", "--unset", "user.email"}).exitCode, 0);
    } else if (situation == QLatin1String("bare")) {
        arguments << "--repo" << dir + QStringLiteral("/.git");
        QCOMPARE(git(dir, {"config", "core.bare", "true"}).exitCode, 0);
    } else {
        QTemporaryDir elsewhere;
        arguments << "--repo" << elsewhere.path();
    }
    const QString status
        = situation == QLatin1String("bare") ? QString() : git(dir, {"status", "--porcelain"}).out;
    const QString head = gitOut(dir, {"rev-parse", "HEAD"});

    const Run run = stackdraft(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    if (situation == QLatin1String("bare"))
        QCOMPARE(git(dir, {"config", "core.bare", "false"}).exitCode, 0);
    else
        QCOMPARE(git(dir, {"status", "--porcelain"}).out, status);
    QCOMPARE(gitOut(dir, {"rev-parse", "HEAD"}), head);
    QCOMPARE(gitOut(dir, {"rev-list", "--count", "--all"}), QStringLiteral("1"));
}

void TestCommitCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no file") << QStringList({"commit"});
    QTest::addRow("unknown option") << QStringList({"commit", "x.stackdraft.yaml", "--frobnicate"});
    QTest::addRow("missing value") << QStringList({"commit", "x.stackdraft.yaml", "-m"});
    QTest::addRow("bad author") << QStringList(
        {"commit", "x.stackdraft.yaml", "--author", "nobody"});
    QTest::addRow("missing file") << QStringList({"commit", "/nonexistent/x.stackdraft.yaml"});
    QTest::addRow("diff without file") << QStringList({"diff"});
}

void TestCommitCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = stackdraft(arguments, m_repo->path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(git(m_repo->path(), {"status", "--porcelain"}).out,
             QStringLiteral("?? shop.stackdraft.yaml\n"));
}

QTEST_GUILESS_MAIN(TestCommitCommand)
#include "tst_commitcommand.moc"
