#include "../core/gittestrepo.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

#include <unistd.h>

using namespace GitTest;

// `stackdraft commit` as a transaction (docs/git.md): whatever would make it fail is found before
// the branch moves, and a repository left behind by a half-done commit is repaired by the next run.
class TestCommitTransaction final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void refusedBeforeTheBranchMoves_data();
    void refusedBeforeTheBranchMoves();
    void repairsHeadAheadOfTheIndex();
    void killedCommitLeavesNoLock();
    void longBranchName();

private:
    static Run stackdraft(const QStringList &arguments);
    QString dir() const { return m_repo->path(); }
    QString projectFile() const { return m_repo->filePath(QStringLiteral("shop.stackdraft.yaml")); }
    void editCpu(const QByteArray &from, const QByteArray &to);
    // Staged or unstaged changes of tracked files ("M ", " D", ...), untracked files left out.
    QString trackedChanges() const;

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_repo;
    QByteArray m_example;
};

Run TestCommitTransaction::stackdraft(const QStringList &arguments)
{
    return run(QStringLiteral(STACKDRAFT_BINARY_DIR "/src/app/stackdraft"), QDir::currentPath(),
               arguments);
}

void TestCommitTransaction::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateGitConfig(m_home.path());
    m_example = readFile(
        QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/webot-chatflow.stackdraft.yaml"));
    QVERIFY(m_example.contains(" cpu: 200m\n"));
}

void TestCommitTransaction::init()
{
    m_repo = std::make_unique<QTemporaryDir>();
    QVERIFY(m_repo->isValid());
    QVERIFY(initRepository(dir()));
    QVERIFY(writeFile(projectFile(), m_example));
}

void TestCommitTransaction::editCpu(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = readFile(projectFile());
    const QByteArray line = " cpu: " + from + '\n';
    const qsizetype at = text.indexOf(line);
    QVERIFY(at >= 0);
    text.replace(at, line.size(), " cpu: " + to + '\n');
    QVERIFY(writeFile(projectFile(), text));
}

QString TestCommitTransaction::trackedChanges() const
{
    return git(dir(), {"status", "--porcelain", "--untracked-files=no"}).out;
}

void TestCommitTransaction::refusedBeforeTheBranchMoves_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("expected");
    QTest::addRow("untracked file named deploy") << "file"
                                                 << "is a file";
    QTest::addRow("symbolic link named deploy") << "symlink"
                                                << "symbolic link";
    QTest::addRow("tracked file named deploy") << "tracked"
                                               << "tracked by git";
    // A directory where a generated file goes counts as the user's edit of that file.
    QTest::addRow("directory where a file goes") << "directory"
                                                 << "Not overwriting";
    QTest::addRow("read-only output directory") << "readonly"
                                                << "Cannot write in the directory";
}

// Each situation once the first commit exists and the design changed, so that a commit would
// rewrite files: the old version moved the branch, then failed on the working tree and left every
// generated file as a staged deletion.
void TestCommitTransaction::refusedBeforeTheBranchMoves()
{
    QFETCH(QString, situation);
    QFETCH(QString, expected);
    if (situation == QLatin1String("readonly") && ::geteuid() == 0)
        QSKIP("root writes into read-only directories");
    QCOMPARE(stackdraft({"commit", projectFile()}).exitCode, 0);
    editCpu("200m", "1350m");
    QTemporaryDir elsewhere;
    const QString deploy = dir() + QStringLiteral("/deploy");
    if (situation == QLatin1String("file") || situation == QLatin1String("symlink")
        || situation == QLatin1String("tracked")) {
        QCOMPARE(git(dir(), {"rm", "-q", "-r", "--cached", "deploy"}).exitCode, 0);
        QCOMPARE(git(dir(), {"commit", "-q", "-m", "drop deploy"}).exitCode, 0);
        QVERIFY(QDir(deploy).removeRecursively());
        if (situation == QLatin1String("symlink")) {
            QVERIFY(QFile::link(elsewhere.path(), deploy));
        } else {
            QVERIFY(writeFile(deploy, "not a directory\n"));
        }
        if (situation == QLatin1String("tracked")) {
            QCOMPARE(git(dir(), {"add", "deploy"}).exitCode, 0);
            QCOMPARE(git(dir(), {"commit", "-q", "-m", "a file named deploy"}).exitCode, 0);
        }
    } else if (situation == QLatin1String("directory")) {
        const QString compose = deploy + QStringLiteral("/compose/docker-compose.yml");
        QVERIFY(QFile::remove(compose));
        QVERIFY(QDir().mkpath(compose));
    } else {
        QVERIFY(QFile::setPermissions(deploy + QStringLiteral("/compose"),
                                      QFile::ReadOwner | QFile::ExeOwner));
    }
    const QString head = gitOut(dir(), {"rev-parse", "HEAD"});
    const QString before = trackedChanges();

    const Run refused = stackdraft({"commit", projectFile()});
    QFile::setPermissions(deploy + QStringLiteral("/compose"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(expected), qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(QLatin1String("was made")), qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(QLatin1String("D/F")), qPrintable(refused.err));
    QCOMPARE(gitOut(dir(), {"rev-parse", "HEAD"}), head);
    QCOMPARE(trackedChanges(), before);
    QCOMPARE(git(dir(), {"fsck", "--strict"}).exitCode, 0);
    QVERIFY(QDir(elsewhere.path()).isEmpty());
}

// The state an earlier version left when the working tree could not be written: the branch on the
// new commit, the index and the files still the old ones. `git status` showed every changed file as
// staged, ready to be reverted by the user's next commit; a re-run said "Nothing to commit".
void TestCommitTransaction::repairsHeadAheadOfTheIndex()
{
    QCOMPARE(stackdraft({"commit", projectFile()}).exitCode, 0);
    editCpu("200m", "1350m");
    QCOMPARE(stackdraft({"commit", projectFile()}).exitCode, 0);
    const QString head = gitOut(dir(), {"rev-parse", "HEAD"});
    QCOMPARE(git(dir(), {"read-tree", "HEAD~1"}).exitCode, 0);
    QCOMPARE(git(dir(), {"checkout-index", "-f", "-a"}).exitCode, 0);
    const QString stale = trackedChanges();
    QVERIFY2(stale.contains(QLatin1String("M  deploy/")), qPrintable(stale));
    // A file of the user's, edited meanwhile, is not touched by the repair.
    QVERIFY(writeFile(dir() + QStringLiteral("/notes.txt"), "mine\n"));

    const Run again = stackdraft({"commit", projectFile()});
    QCOMPARE(again.exitCode, 1); // nothing left to commit once repaired
    QVERIFY2(again.out.contains(QLatin1String("Repaired")), qPrintable(again.out));
    QCOMPARE(gitOut(dir(), {"rev-parse", "HEAD"}), head);
    QCOMPARE(trackedChanges(), QString());
    QCOMPARE(readFile(dir() + QStringLiteral("/notes.txt")), QByteArray("mine\n"));
    const Run export_ = stackdraft({"diff", projectFile()});
    QCOMPARE(export_.exitCode, 1); // the working tree is the export
}

// A commit killed while libgit2 held index.lock: our own lock file says whose it was, so the next
// run removes it and completes; git's lock of a live process is still refused (tst_commitcommand).
void TestCommitTransaction::killedCommitLeavesNoLock()
{
    QCOMPARE(stackdraft({"commit", projectFile()}).exitCode, 0);
    editCpu("200m", "1350m");
    // A process id that cannot be running: the lock of a killed commit.
    QVERIFY(writeFile(dir() + QStringLiteral("/.git/stackdraft-commit.lock"),
                      "999999999\nstackdraft\n" + QSysInfo::machineHostName().toUtf8() + "\n"));
    QTest::qWait(20);
    QVERIFY(writeFile(dir() + QStringLiteral("/.git/index.lock"), {}));
    const Run run = stackdraft({"commit", projectFile()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(dir() + QStringLiteral("/.git/index.lock")));
    QVERIFY(!QFileInfo::exists(dir() + QStringLiteral("/.git/stackdraft-commit.lock")));
    QCOMPARE(trackedChanges(), QString());
}

void TestCommitTransaction::longBranchName()
{
    const QString branch = QStringLiteral("feature/") + QString(300, QLatin1Char('x'));
    const Run run = stackdraft({"commit", projectFile(), "--branch", branch});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("too long")), qPrintable(run.err));
    QVERIFY2(run.err.size() < 400, qPrintable(run.err));
    QCOMPARE(git(dir(), {"rev-parse", "--verify", "-q", "HEAD"}).exitCode, 1);
    QCOMPARE(gitOut(dir(), {"status", "--porcelain"}), QStringLiteral("?? shop.stackdraft.yaml"));
}

QTEST_GUILESS_MAIN(TestCommitTransaction)
#include "tst_committransaction.moc"
