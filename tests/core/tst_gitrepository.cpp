#include "core/model/project.h"
#include "core/vcs/generatedtreecommit.h"
#include "core/vcs/gitdiff.h"
#include "core/vcs/gitpush.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/gitstatus.h"
#include "core/vcs/outputpaths.h"
#include "gittestrepo.h"

#include <QHash>
#include <QTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#endif

using namespace Stackdraft::Core;
using namespace GitTest;

namespace {

// Three generations of a generated tree: v2 changes one file, adds one and drops a whole directory.
ExportSet generation(int version)
{
    ExportSet set;
    set.add(QStringLiteral("deploy/compose/docker-compose.yml"),
            version == 1 ? QByteArrayLiteral("services:\n  api:\n    image: api:1\n")
                         : QByteArrayLiteral("services:\n  api:\n    image: api:2\n"));
    set.add(QStringLiteral("docs/ARCHITECTURE.md"),
            QByteArrayLiteral("# Architecture\n\nOne API.\n"));
    if (version == 1) {
        set.add(QStringLiteral("deploy/k8s/base/api.yaml"),
                QByteArrayLiteral("kind: Deployment\n"));
        set.add(QStringLiteral("deploy/k8s/base/kustomization.yaml"),
                QByteArrayLiteral("resources: [api.yaml]\n"));
    } else {
        set.add(QStringLiteral("docs/diagrams/components.mmd"),
                QByteArrayLiteral("flowchart LR\n  api\n"));
    }
    return set;
}

struct Snapshot
{
    QString head;
    QString porcelain;
    QString cached;
    QString branches;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace

class TestGitRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void openMissingRepository();
    void firstCommitInEmptyRepository();
    void secondCommitHasOnlyChangedFiles();
    void deletesFilesNoLongerGenerated();
    void fewObjectsLooseManyPacked();
    void statusClassifiesEveryPath();
    void diffMatchesGit();
    void userWorkElsewhereUntouched();
    void userEditedFileRefusedThenForced_data();
    void userEditedFileRefusedThenForced();
    void commitsOnNewBranch();
    void existingBranchRefused();
    void nothingToCommit();
    void authorOverride();
    void unsafeRepositoryRefused_data();
    void unsafeRepositoryRefused();
    void pushToBareRemote();
    void pushWithoutRemote();
    void fileAtHead();
    void parseAuthor_data();
    void parseAuthor();

private:
    Result<GeneratedTreeCommit::Outcome> commit(const ExportSet &exported,
                                                const GeneratedTreeCommit::Options &options = {});
    Snapshot snapshot() const;
    QString path(const QString &relative) const { return m_repo->filePath(relative); }

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_repo;
    Project m_project;
};

void TestGitRepository::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateGitConfig(m_home.path());
    m_project.name = QStringLiteral("shop");
}

void TestGitRepository::init()
{
    m_repo = std::make_unique<QTemporaryDir>();
    QVERIFY(m_repo->isValid());
    QVERIFY(initRepository(m_repo->path()));
}

Result<GeneratedTreeCommit::Outcome>
TestGitRepository::commit(const ExportSet &exported, const GeneratedTreeCommit::Options &options)
{
    Result<GitRepository> repository = GitRepository::open(m_repo->path());
    if (!repository)
        return repository.error();
    const Result<OutputPaths> paths = OutputPaths::resolve(
        m_project, path(QStringLiteral("shop.stackdraft.yaml")), repository->workTree());
    if (!paths)
        return paths.error();
    const GeneratedTreeCommit committer(*repository, *paths);
    return committer.commit(paths->place(exported).files, options);
}

Snapshot TestGitRepository::snapshot() const
{
    const QString dir = m_repo->path();
    return {gitOut(dir, {"rev-parse", "--verify", "-q", "HEAD"}),
            gitOut(dir, {"status", "--porcelain"}), gitOut(dir, {"diff", "--cached"}),
            gitOut(dir, {"branch", "-a"})};
}

void TestGitRepository::openMissingRepository()
{
    QTemporaryDir empty;
    const Result<GitRepository> repository = GitRepository::open(empty.path());
    QVERIFY(!repository);
    QVERIFY2(repository.error().message.contains(QLatin1String("git init")),
             qPrintable(repository.error().message));
}

void TestGitRepository::firstCommitInEmptyRepository()
{
    const ExportSet v1 = generation(1);
    const auto outcome = commit(v1, {QStringLiteral("First design")});
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QVERIFY(outcome->committed);
    QCOMPARE(outcome->branch, QStringLiteral("main"));
    QCOMPARE(outcome->files.size(), v1.size());

    const QString dir = m_repo->path();
    QCOMPARE(gitOut(dir, {"rev-parse", "HEAD"}), outcome->commitId);
    QCOMPARE(gitOut(dir, {"log", "--format=%s"}), QStringLiteral("First design"));
    QCOMPARE(lines(gitOut(dir, {"show", "--format=", "--name-only", "HEAD"})), v1.paths());
    QCOMPARE(gitOut(dir, {"status", "--porcelain"}), QString());
    QCOMPARE(git(dir, {"fsck", "--strict"}).exitCode, 0);
    QCOMPARE(gitOut(dir, {"log", "-1", "--format=%an <%ae>"}),
             QStringLiteral("Test Architect <architect@example.com>"));
    for (const QString &file : v1.paths()) {
        QCOMPARE(readFile(path(file)), v1.file(file));
        QCOMPARE(git(dir, {"show", "HEAD:" + file}).out.toUtf8(), v1.file(file));
    }
}

void TestGitRepository::secondCommitHasOnlyChangedFiles()
{
    QVERIFY(commit(generation(1)));
    ExportSet v2 = generation(1);
    v2.add(QStringLiteral("deploy/compose/docker-compose.yml"),
           QByteArrayLiteral("services: {}\n"));
    v2.add(QStringLiteral("docs/diagrams/deployment.mmd"), QByteArrayLiteral("flowchart TB\n"));
    const auto outcome = commit(v2, {QStringLiteral("Second")});
    QVERIFY(outcome && outcome->committed);

    const QString dir = m_repo->path();
    QCOMPARE(
        lines(gitOut(dir, {"show", "--format=", "--name-status", "HEAD"})),
        QStringList({"M\tdeploy/compose/docker-compose.yml", "A\tdocs/diagrams/deployment.mmd"}));
    QCOMPARE(gitOut(dir, {"rev-list", "--count", "HEAD"}), QStringLiteral("2"));
    QCOMPARE(gitOut(dir, {"status", "--porcelain"}), QString());
    QCOMPARE(git(dir, {"fsck", "--strict"}).exitCode, 0);
}

// A commit of many objects is one pack; one of a few is loose objects, as git keeps a small fetch.
// Either way git reads every object back, and the status names each file by its blob's true id
// whether it hashed the bytes or the index vouched for the file.
void TestGitRepository::fewObjectsLooseManyPacked()
{
    const QString dir = m_repo->path();
    auto countObjects = [&] {
        QHash<QString, int> counts;
        for (const QString &line : lines(gitOut(dir, {"count-objects", "-v"})))
            counts.insert(line.section(QLatin1Char(':'), 0, 0),
                          line.section(QLatin1Char(':'), 1).trimmed().toInt());
        return counts;
    };
    ExportSet many;
    for (int i = 0; i < 150; ++i)
        many.add(QStringLiteral("deploy/k8s/base/api-%1.yaml").arg(i),
                 QStringLiteral("kind: Deployment\nmetadata: {name: api-%1}\n").arg(i).toUtf8());
    QVERIFY(commit(many, {QStringLiteral("Many")}));
    const int loose = countObjects().value(QStringLiteral("count")); // the test's own start
    QCOMPARE(countObjects().value(QStringLiteral("packs")), 1);
    QVERIFY(countObjects().value(QStringLiteral("in-pack")) >= 150);

    // A second after the commit, so that the index vouches for the files it wrote.
    QTest::qWait(1100);
    ExportSet edit = many;
    edit.add(QStringLiteral("deploy/k8s/base/api-7.yaml"), QByteArrayLiteral("kind: Job\n"));
    const auto outcome = commit(edit, {QStringLiteral("Few")});
    QVERIFY(outcome && outcome->committed);
    QCOMPARE(outcome->files.size(), 1);
    QCOMPARE(countObjects().value(QStringLiteral("packs")), 1);
    // The blob, the trees on its path (deploy, deploy/k8s, deploy/k8s/base, root) and the commit.
    QCOMPARE(countObjects().value(QStringLiteral("count")), loose + 6);
    QCOMPARE(git(dir, {"fsck", "--strict"}).exitCode, 0);
    QCOMPARE(gitOut(dir, {"show", "HEAD:deploy/k8s/base/api-7.yaml"}), QStringLiteral("kind: Job"));
    QCOMPARE(gitOut(dir, {"status", "--porcelain"}), QString());

    const Result<GitRepository> repository = GitRepository::open(dir);
    QVERIFY(repository);
    const Result<GitStatus> status
        = GitStatus::compute(*repository, edit, OutputPaths::defaultDirectories());
    QVERIFY(status);
    QVERIFY(!status->hasChanges());
    for (const QString &file : {QStringLiteral("deploy/k8s/base/api-7.yaml"),
                                QStringLiteral("deploy/k8s/base/api-8.yaml")}) {
        const auto entry = std::find_if(status->entries().cbegin(), status->entries().cend(),
                                        [&](const GitStatus::Entry &e) { return e.path == file; });
        QVERIFY(entry != status->entries().cend());
        QCOMPARE(entry->generatedId, gitOut(dir, {"hash-object", file}));
        QVERIFY(entry->workTreeCurrent);
    }
}

void TestGitRepository::deletesFilesNoLongerGenerated()
{
    QVERIFY(commit(generation(1)));
    const auto outcome = commit(generation(2));
    QVERIFY(outcome && outcome->committed);
    const QString dir = m_repo->path();
    QCOMPARE(
        lines(gitOut(dir, {"show", "--format=", "--name-status", "HEAD"})),
        QStringList({"M\tdeploy/compose/docker-compose.yml", "D\tdeploy/k8s/base/api.yaml",
                     "D\tdeploy/k8s/base/kustomization.yaml", "A\tdocs/diagrams/components.mmd"}));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("deploy/k8s/base/api.yaml"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("deploy/k8s")))); // no empty directories left
    QVERIFY(QFileInfo::exists(path(QStringLiteral("deploy/compose"))));
    QCOMPARE(lines(gitOut(dir, {"ls-tree", "-r", "--name-only", "HEAD"})), generation(2).paths());
    QCOMPARE(gitOut(dir, {"status", "--porcelain"}), QString());
    QCOMPARE(git(dir, {"fsck", "--strict"}).exitCode, 0);
}

void TestGitRepository::statusClassifiesEveryPath()
{
    QVERIFY(commit(generation(1)));
    // A file the user keeps outside the output directories is never ours, even if it looks
    // generated.
    QVERIFY(writeFile(path(QStringLiteral("deployment-notes.md")), "mine\n"));
    QCOMPARE(git(m_repo->path(), {"add", "deployment-notes.md"}).exitCode, 0);
    QCOMPARE(git(m_repo->path(), {"commit", "-q", "-m", "notes"}).exitCode, 0);

    const Result<GitRepository> repository = GitRepository::open(m_repo->path());
    QVERIFY(repository);
    const Result<GitStatus> status
        = GitStatus::compute(*repository, generation(2), OutputPaths::defaultDirectories());
    QVERIFY(status);
    QStringList seen;
    for (const GitStatus::Entry &entry : status->entries())
        seen << entry.path + QLatin1Char(' ') + GitStatus::changeName(entry.change);
    QCOMPARE(seen,
             QStringList({"deploy/compose/docker-compose.yml modified",
                          "deploy/k8s/base/api.yaml deleted",
                          "deploy/k8s/base/kustomization.yaml deleted",
                          "docs/ARCHITECTURE.md unchanged", "docs/diagrams/components.mmd new"}));
    QVERIFY(status->refusedPaths().isEmpty());
}

void TestGitRepository::diffMatchesGit()
{
    QVERIFY(commit(generation(1)));
    const Result<GitRepository> repository = GitRepository::open(m_repo->path());
    QVERIFY(repository);
    const ExportSet v2 = generation(2);
    const Result<GitStatus> status
        = GitStatus::compute(*repository, v2, OutputPaths::defaultDirectories());
    QVERIFY(status);
    const Result<QString> diff = GitDiff::unified(*repository, *status, v2);
    QVERIFY(diff);
    const Snapshot before = snapshot();
    QCOMPARE(snapshot(), before); // computing the diff changed nothing

    // Stage the same change with git itself: its diff must be ours, hunk for hunk.
    for (const QString &file : v2.paths())
        QVERIFY(writeFile(path(file), v2.file(file)));
    QVERIFY(QDir(path(QStringLiteral("deploy/k8s"))).removeRecursively());
    QCOMPARE(git(m_repo->path(), {"add", "-A", "deploy", "docs"}).exitCode, 0);
    QCOMPARE(*diff + QLatin1Char('\n'),
             git(m_repo->path(), {"diff", "--cached", "--no-color"}).out + QLatin1Char('\n'));
    QVERIFY(diff->contains(QLatin1String("deleted file mode 100644")));
    QVERIFY(diff->contains(QLatin1String("new file mode 100644")));
}

void TestGitRepository::userWorkElsewhereUntouched()
{
    const QString dir = m_repo->path();
    QVERIFY(writeFile(path(QStringLiteral("README.md")), "readme\n"));
    QCOMPARE(git(dir, {"add", "README.md"}).exitCode, 0);
    QCOMPARE(git(dir, {"commit", "-q", "-m", "readme"}).exitCode, 0);
    QVERIFY(commit(generation(1)));

    QVERIFY(writeFile(path(QStringLiteral("src/app.py")), "print('staged')\n"));
    QCOMPARE(git(dir, {"add", "src/app.py"}).exitCode, 0);
    QVERIFY(writeFile(path(QStringLiteral("README.md")), "readme, edited\n"));
    QVERIFY(writeFile(path(QStringLiteral("notes.txt")), "untracked\n"));
    // An untracked file of the user's inside an output directory is not ours either.
    QVERIFY(writeFile(path(QStringLiteral("deploy/my-script.sh")), "#!/bin/sh\n"));

    const auto outcome = commit(generation(2), {QStringLiteral("Regenerate")});
    QVERIFY(outcome && outcome->committed);
    for (const GitStatus::Entry &entry : outcome->files)
        QVERIFY2(entry.path.startsWith(QLatin1String("deploy/"))
                     || entry.path.startsWith(QLatin1String("docs/")),
                 qPrintable(entry.path));
    QVERIFY(
        !gitOut(dir, {"show", "--format=", "--name-only", "HEAD"}).contains(QLatin1String("src/")));
    QCOMPARE(gitOut(dir, {"diff", "--cached", "--name-only"}), QStringLiteral("src/app.py"));
    QCOMPARE(gitOut(dir, {"diff", "--name-only"}), QStringLiteral("README.md"));
    QCOMPARE(
        lines(git(dir, {"status", "--porcelain"}).out),
        QStringList({" M README.md", "A  src/app.py", "?? deploy/my-script.sh", "?? notes.txt"}));
    QCOMPARE(readFile(path(QStringLiteral("README.md"))), QByteArrayLiteral("readme, edited\n"));
    QCOMPARE(readFile(path(QStringLiteral("deploy/my-script.sh"))),
             QByteArrayLiteral("#!/bin/sh\n"));
    QCOMPARE(git(dir, {"fsck", "--strict"}).exitCode, 0);
}

void TestGitRepository::userEditedFileRefusedThenForced_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("stage");
    QTest::addColumn<bool>("sameSizeAndTime");
    QTest::addRow("edited in working tree")
        << QStringLiteral("deploy/compose/docker-compose.yml") << false << false;
    QTest::addRow("edited and staged")
        << QStringLiteral("deploy/compose/docker-compose.yml") << true << false;
    QTest::addRow("generated file to be deleted")
        << QStringLiteral("deploy/k8s/base/api.yaml") << false << false;
    QTest::addRow("own file where a new one goes")
        << QStringLiteral("docs/diagrams/components.mmd") << false << false;
    // GitStatus trusts an index entry's size and times for the file's content; an edit that keeps
    // the size and puts the modification time back must still be seen (here the entry, written in
    // the commit's clock tick, is re-read; a later index vouches only if the change time agrees).
    QTest::addRow("same size, modification time put back")
        << QStringLiteral("deploy/compose/docker-compose.yml") << false << true;
}

void TestGitRepository::userEditedFileRefusedThenForced()
{
    QFETCH(QString, file);
    QFETCH(bool, stage);
    QFETCH(bool, sameSizeAndTime);
    QVERIFY(commit(generation(1)));
    QByteArray edit = QByteArrayLiteral("# hand edit\n");
    if (sameSizeAndTime) {
#ifdef Q_OS_UNIX
        QTest::qWait(50); // a later clock tick than the commit's
        const QByteArray name = QFile::encodeName(path(file));
        struct stat before;
        QCOMPARE(::stat(name.constData(), &before), 0);
        edit = readFile(path(file));
        edit[0] = edit.at(0) == '#' ? '!' : '#';
        QVERIFY(writeFile(path(file), edit));
        const timespec times[2] = {before.st_atim, before.st_mtim};
        QCOMPARE(::utimensat(AT_FDCWD, name.constData(), times, 0), 0);
        struct stat after;
        QCOMPARE(::stat(name.constData(), &after), 0);
        QCOMPARE(after.st_size, before.st_size);
        QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
#else
        QSKIP("putting a file's modification time back to the nanosecond needs POSIX stat and "
              "utimensat");
#endif
    } else {
        QVERIFY(writeFile(path(file), edit));
    }
    if (stage)
        QCOMPARE(git(m_repo->path(), {"add", file}).exitCode, 0);
    const Snapshot before = snapshot();

    const auto refused = commit(generation(2));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(file), qPrintable(refused.error().message));
    QCOMPARE(snapshot(), before);
    QCOMPARE(readFile(path(file)), edit);

    GeneratedTreeCommit::Options forced;
    forced.forcedPaths = {file};
    const auto outcome = commit(generation(2), forced);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QVERIFY(outcome->committed);
    QCOMPARE(readFile(path(file)), generation(2).file(file));
    QCOMPARE(gitOut(m_repo->path(), {"status", "--porcelain"}), QString());
}

void TestGitRepository::commitsOnNewBranch()
{
    QVERIFY(commit(generation(1)));
    const QString dir = m_repo->path();
    const QString mainBefore = gitOut(dir, {"rev-parse", "main"});
    GeneratedTreeCommit::Options options;
    options.branch = QStringLiteral("design/v2");
    const auto outcome = commit(generation(2), options);
    QVERIFY(outcome && outcome->committed);
    QCOMPARE(outcome->branch, QStringLiteral("design/v2"));
    QCOMPARE(gitOut(dir, {"rev-parse", "--abbrev-ref", "HEAD"}), QStringLiteral("design/v2"));
    QCOMPARE(gitOut(dir, {"rev-parse", "main"}), mainBefore);
    QCOMPARE(gitOut(dir, {"rev-parse", "design/v2^"}), mainBefore);
    QCOMPARE(gitOut(dir, {"status", "--porcelain"}), QString());
}

void TestGitRepository::existingBranchRefused()
{
    QVERIFY(commit(generation(1)));
    QCOMPARE(git(m_repo->path(), {"branch", "taken"}).exitCode, 0);
    const Snapshot before = snapshot();
    GeneratedTreeCommit::Options options;
    options.branch = QStringLiteral("taken");
    const auto outcome = commit(generation(2), options);
    QVERIFY(!outcome);
    QVERIFY(outcome.error().message.contains(QLatin1String("taken")));
    QCOMPARE(snapshot(), before);
}

void TestGitRepository::nothingToCommit()
{
    QVERIFY(commit(generation(1)));
    const Snapshot before = snapshot();
    const auto outcome = commit(generation(1));
    QVERIFY(outcome);
    QVERIFY(!outcome->committed);
    QVERIFY(outcome->files.isEmpty());
    QCOMPARE(snapshot(), before);
}

void TestGitRepository::authorOverride()
{
    GeneratedTreeCommit::Options options;
    options.author = GitAuthor {QStringLiteral("Ana Souza"), QStringLiteral("ana@example.com")};
    QVERIFY(commit(generation(1), options));
    QCOMPARE(gitOut(m_repo->path(), {"log", "-1", "--format=%an <%ae>|%cn"}),
             QStringLiteral("Ana Souza <ana@example.com>|Test Architect"));
}

void TestGitRepository::unsafeRepositoryRefused_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("expected"); // a phrase the message must hold
    QTest::addRow("detached HEAD") << QStringLiteral("detached") << QStringLiteral("detached");
    QTest::addRow("locked index") << QStringLiteral("locked") << QStringLiteral("index.lock");
    QTest::addRow("missing identity") << QStringLiteral("identity") << QStringLiteral("user.name");
    QTest::addRow("bare repository") << QStringLiteral("bare") << QStringLiteral("bare repository");
}

void TestGitRepository::unsafeRepositoryRefused()
{
    QFETCH(QString, situation);
    QFETCH(QString, expected);
    const QString dir = m_repo->path();
    QVERIFY(commit(generation(1)));
    if (situation == QLatin1String("detached")) {
        QCOMPARE(git(dir, {"checkout", "-q", "--detach"}).exitCode, 0);
    } else if (situation == QLatin1String("locked")) {
        QVERIFY(writeFile(dir + QStringLiteral("/.git/index.lock"), {}));
    } else if (situation == QLatin1String("identity")) {
        QCOMPARE(git(dir, {"config", "--unset", "user.name"}).exitCode, 0);
        QCOMPARE(git(dir, {"config", "--unset", "user.email"}).exitCode, 0);
    } else {
        QCOMPARE(git(dir, {"config", "core.bare", "true"}).exitCode, 0);
    }
    const Snapshot before = situation == QLatin1String("bare") ? Snapshot {} : snapshot();
    const QByteArray composeBefore
        = readFile(path(QStringLiteral("deploy/compose/docker-compose.yml")));

    Result<GitRepository> repository = GitRepository::open(
        situation == QLatin1String("bare") ? dir + QStringLiteral("/.git") : dir);
    QVERIFY(repository);
    const Result<OutputPaths> paths
        = OutputPaths::resolve(m_project, dir + QStringLiteral("/x.stackdraft.yaml"), dir);
    QVERIFY(paths);
    const auto outcome
        = GeneratedTreeCommit(*repository, *paths).commit(paths->place(generation(2)).files, {});
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(expected), qPrintable(outcome.error().message));

    if (situation == QLatin1String("bare"))
        QCOMPARE(git(dir, {"config", "core.bare", "false"}).exitCode, 0);
    else
        QCOMPARE(snapshot(), before);
    QCOMPARE(gitOut(dir, {"rev-list", "--count", "--all"}), QStringLiteral("1"));
    QCOMPARE(readFile(path(QStringLiteral("deploy/compose/docker-compose.yml"))), composeBefore);
}

void TestGitRepository::pushToBareRemote()
{
    QTemporaryDir remote;
    QVERIFY(git(remote.path(), {"init", "-q", "--bare"}).exitCode == 0);
    const QString dir = m_repo->path();
    QCOMPARE(git(dir, {"remote", "add", "origin", remote.path()}).exitCode, 0);
    QVERIFY(commit(generation(1)));
    const auto outcome = commit(generation(2));
    QVERIFY(outcome && outcome->committed);

    const Result<GitRepository> repository = GitRepository::open(dir);
    QVERIFY(repository);
    const Result<QString> pushed = GitPush::push(*repository, QStringLiteral("main"));
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
    QCOMPARE(*pushed, QStringLiteral("origin"));
    QCOMPARE(gitOut(remote.path(), {"rev-parse", "main"}), outcome->commitId);

    QTemporaryDir clones;
    QCOMPARE(git(clones.path(), {"clone", "-q", "-b", "main", remote.path(), "clone"}).exitCode, 0);
    const QString clone = clones.filePath(QStringLiteral("clone"));
    const ExportSet v2 = generation(2);
    QCOMPARE(lines(gitOut(clone, {"ls-files"})), v2.paths());
    for (const QString &file : v2.paths())
        QCOMPARE(readFile(clone + QLatin1Char('/') + file), v2.file(file));
    QCOMPARE(git(remote.path(), {"fsck", "--strict"}).exitCode, 0);
}

void TestGitRepository::pushWithoutRemote()
{
    QVERIFY(commit(generation(1)));
    const Result<GitRepository> repository = GitRepository::open(m_repo->path());
    QVERIFY(repository);
    const Result<QString> pushed
        = GitPush::push(*repository, QStringLiteral("main"), QStringLiteral("upstream"));
    QVERIFY(!pushed);
    QVERIFY2(pushed.error().message.contains(QLatin1String("git remote add upstream")),
             qPrintable(pushed.error().message));
}

void TestGitRepository::fileAtHead()
{
    const Result<GitRepository> unborn = GitRepository::open(m_repo->path());
    QVERIFY(unborn && unborn->isHeadUnborn());
    QCOMPARE(unborn->currentBranch(), QStringLiteral("main"));
    const auto none = unborn->fileAtHead(QStringLiteral("docs/ARCHITECTURE.md"));
    QVERIFY(none && !none->has_value());

    QVERIFY(commit(generation(1)));
    const Result<GitRepository> repository = GitRepository::open(m_repo->path());
    QVERIFY(repository && !repository->isHeadUnborn());
    const auto file = repository->fileAtHead(QStringLiteral("docs/ARCHITECTURE.md"));
    QVERIFY(file && file->has_value());
    QCOMPARE(**file, generation(1).file(QStringLiteral("docs/ARCHITECTURE.md")));
    const auto missing = repository->fileAtHead(QStringLiteral("docs/nothing.md"));
    QVERIFY(missing && !missing->has_value());
}

void TestGitRepository::parseAuthor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name"); // empty: rejected
    QTest::addColumn<QString>("email");
    QTest::addRow("plain") << "Ana Souza <ana@example.com>"
                           << "Ana Souza"
                           << "ana@example.com";
    QTest::addRow("spaces") << "  Ana   <a@b.c>  "
                            << "Ana"
                            << "a@b.c";
    QTest::addRow("accents") << "João Conceição <j@x.br>"
                             << "João Conceição"
                             << "j@x.br";
    QTest::addRow("no mail") << "Ana Souza"
                             << ""
                             << "";
    QTest::addRow("no name") << "<ana@example.com>"
                             << ""
                             << "";
    QTest::addRow("two mails") << "Ana <a@b> <c@d>"
                               << ""
                               << "";
}

void TestGitRepository::parseAuthor()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, email);
    const Result<GitAuthor> author = GitAuthor::parse(text);
    QCOMPARE(author.ok(), !name.isEmpty());
    if (author) {
        QCOMPARE(author->name, name);
        QCOMPARE(author->email, email);
    }
}

QTEST_GUILESS_MAIN(TestGitRepository)
#include "tst_gitrepository.moc"
