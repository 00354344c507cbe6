#include "app/live/codeview.h"
#include "app/live/commitdialog.h"
#include "app/live/gitstatusindicator.h"
#include "app/live/livepanels.h"
#include "app/mainwindow.h"
#include "core/catalog/catalog.h"
#include "livetesting.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdraft;
using namespace Stackdraft::App;

// Everything is checked with git's own command line, never with our libgit2 wrapper.
class TestCommitDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void commitLeavesUserWorkAlone();
    void userEditedFileNeedsConsent();
    void commitOnNewBranch();
    void pushToBareRepository();
    void rejectedPushKeepsTheLocalCommit();
    void statusBarIndicator();

private:
    QString git(const QStringList &arguments, const QString &directory = {}, int expectedExit = 0);
    void write(const QString &relative, const QByteArray &content);
    CommitDialog *openDialog();
    // Commits from the dialog; returns the commit id.
    QString commitFromDialog(CommitDialog *dialog, const QString &message, bool push = false);

    QTemporaryDir m_dir;
    QString m_repo;
    std::unique_ptr<MainWindow> m_window;
    LivePanels *m_live = nullptr;
};

void TestCommitDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A fixed identity and no user or system configuration: the test sees only what it sets.
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qputenv("HOME", QFile::encodeName(QDir::tempPath()));
}

QString TestCommitDialog::git(const QStringList &arguments, const QString &directory,
                              int expectedExit)
{
    QProcess process;
    process.setWorkingDirectory(directory.isEmpty() ? m_repo : directory);
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForFinished(30000))
        qFatal("git did not finish");
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitCode() != expectedExit) {
        qWarning("git %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return QStringLiteral("<exit %1>").arg(process.exitCode());
    }
    return output;
}

void TestCommitDialog::write(const QString &relative, const QByteArray &content)
{
    QDir(m_repo).mkpath(QFileInfo(relative).path());
    QFile file(QDir(m_repo).filePath(relative));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

void TestCommitDialog::init()
{
    QVERIFY(m_dir.isValid());
    m_repo = QDir(m_dir.path()).filePath(QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(QDir().mkpath(m_repo));
    git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
         QStringLiteral("main")});
    git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ada Architect")});
    git({QStringLiteral("config"), QStringLiteral("user.email"),
         QStringLiteral("ada@example.org")});
    QVERIFY(QFile::copy(LiveTesting::example("webot-chatflow"),
                        QDir(m_repo).filePath(QStringLiteral("webot.stackdraft.yaml"))));
    write(QStringLiteral("notes.txt"), "first\n");
    write(QStringLiteral("src/app.py"), "print('hi')\n");
    git({QStringLiteral("add"), QStringLiteral(".")});
    git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
         QStringLiteral("Design")});

    m_window = std::make_unique<MainWindow>(Core::Catalog::standard());
    m_live = m_window->findChild<LivePanels *>();
    QVERIFY(m_live);
    QVERIFY(m_window->loadFile(QDir(m_repo).filePath(QStringLiteral("webot.stackdraft.yaml"))));
}

void TestCommitDialog::cleanup()
{
    m_window.reset();
}

CommitDialog *TestCommitDialog::openDialog()
{
    CommitDialog *dialog = m_live->openCommitDialog();
    QSignalSpy prepared(dialog, &CommitDialog::prepared);
    if (!prepared.wait(30000) || !prepared.first().first().toBool())
        qWarning("not prepared: %s", qPrintable(dialog->statusText()));
    return dialog;
}

QString TestCommitDialog::commitFromDialog(CommitDialog *dialog, const QString &message, bool push)
{
    dialog->setMessage(message);
    if (!dialog->canCommit()) {
        qWarning("cannot commit: %s", qPrintable(dialog->statusText()));
        return {};
    }
    QSignalSpy committed(dialog, &CommitDialog::committed);
    push ? dialog->commitAndPush() : dialog->commit();
    if (!committed.wait(30000))
        return {};
    return committed.first().first().toString();
}

void TestCommitDialog::commitLeavesUserWorkAlone()
{
    // The user's work in progress: a staged change, an unstaged change and an untracked file.
    write(QStringLiteral("notes.txt"), "first\nstaged line\n");
    git({QStringLiteral("add"), QStringLiteral("notes.txt")});
    write(QStringLiteral("notes.txt"), "first\nstaged line\nunstaged line\n");
    write(QStringLiteral("src/app.py"), "print('work in progress')\n");
    write(QStringLiteral("scratch.txt"), "untracked\n");
    const QString statusBefore = git({QStringLiteral("status"), QStringLiteral("--porcelain")});
    const QString stagedBefore = git({QStringLiteral("diff"), QStringLiteral("--cached")});
    const QString unstagedBefore = git({QStringLiteral("diff")});

    CommitDialog *dialog = openDialog();
    QVERIFY(dialog->plan());
    QVERIFY(!dialog->plan()->changes.isEmpty());
    QCOMPARE(dialog->plan()->author->toString(), QStringLiteral("Ada Architect <ada@example.org>"));
    QVERIFY(!dialog->message().trimmed().isEmpty()); // prefilled by CommitMessageBuilder
    QVERIFY(dialog->showFile(QStringLiteral("deploy/compose/docker-compose.yml")));
    QVERIFY(dialog->diffView()->toPlainText().startsWith(QLatin1String("diff --git")));

    const QString id = commitFromDialog(dialog, QStringLiteral("Generated files\n\nFrom the app."));
    QVERIFY(!id.isEmpty());
    QCOMPARE(git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed(), id);
    QCOMPARE(git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s|%an")}),
             QStringLiteral("Generated files|Ada Architect\n"));
    const QString files = git({QStringLiteral("show"), QStringLiteral("--name-only"),
                               QStringLiteral("--format="), QStringLiteral("HEAD")});
    QVERIFY(files.contains(QLatin1String("deploy/compose/docker-compose.yml")));
    QVERIFY(files.contains(QLatin1String("docs/ARCHITECTURE.md")));
    QVERIFY(!files.contains(QLatin1String("notes.txt")));
    // The user's work is exactly as it was; the generated paths are clean.
    QCOMPARE(git({QStringLiteral("status"), QStringLiteral("--porcelain")}), statusBefore);
    QCOMPARE(git({QStringLiteral("diff"), QStringLiteral("--cached")}), stagedBefore);
    QCOMPARE(git({QStringLiteral("diff")}), unstagedBefore);
    QCOMPARE(git({QStringLiteral("fsck"), QStringLiteral("--strict")}, {}, 0)
                 .startsWith(QLatin1String("<exit")),
             false);
    // The dialog reads the repository again: nothing left to commit.
    QSignalSpy prepared(dialog, &CommitDialog::prepared);
    QVERIFY(prepared.wait(30000));
    QVERIFY(dialog->plan()->changes.isEmpty());
    QVERIFY(!dialog->canCommit());
}

void TestCommitDialog::userEditedFileNeedsConsent()
{
    CommitDialog *first = openDialog();
    QVERIFY(!commitFromDialog(first, QStringLiteral("Generated")).isEmpty());
    first->close();
    // The user edits a generated file by hand, then the design changes what it should contain.
    const QString compose = QStringLiteral("deploy/compose/docker-compose.yml");
    write(compose, "# mine\n");
    LiveTesting::editDeployment(*m_window->document(), QStringLiteral("development"),
                                QStringLiteral("backend"),
                                [](Core::Deployment &d) { d.resources.cpuRequest = 750; });
    CommitDialog *dialog = openDialog();
    QVERIFY(!dialog->canCommit());
    dialog->setOverwrite(compose, true);
    QVERIFY(dialog->canCommit());
    dialog->setOverwrite(compose, false);
    QVERIFY(!dialog->canCommit());
    dialog->setOverwrite(compose, true);
    QVERIFY(!commitFromDialog(dialog, QStringLiteral("Overwrite")).isEmpty());
    QVERIFY(git({QStringLiteral("show"), QStringLiteral("HEAD:") + compose})
                .contains(QLatin1String("0.75")));
    QCOMPARE(git({QStringLiteral("status"), QStringLiteral("--porcelain"), compose}), QString());
}

void TestCommitDialog::commitOnNewBranch()
{
    CommitDialog *dialog = openDialog();
    dialog->setNewBranch(QStringLiteral("design/first"));
    const QString id = commitFromDialog(dialog, QStringLiteral("On a branch"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(git({QStringLiteral("rev-parse"), QStringLiteral("design/first")}).trimmed(), id);
    QCOMPARE(git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"),
                  QStringLiteral("main")}),
             QStringLiteral("Design\n"));
    QCOMPARE(git({QStringLiteral("fsck"), QStringLiteral("--strict")})
                 .startsWith(QLatin1String("<exit")),
             false);
}

void TestCommitDialog::pushToBareRepository()
{
    const QString bare = m_repo + QStringLiteral("-remote.git");
    git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), bare});
    git({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), bare});
    CommitDialog *dialog = openDialog();
    QSignalSpy pushed(dialog, &CommitDialog::pushed);
    const QString id = commitFromDialog(dialog, QStringLiteral("Pushed"), true);
    QVERIFY(!id.isEmpty());
    QVERIFY(pushed.wait(30000));
    QVERIFY2(pushed.first().first().toBool(), qPrintable(pushed.first().at(1).toString()));
    QCOMPARE(git({QStringLiteral("rev-parse"), QStringLiteral("main")}, bare).trimmed(), id);
    QCOMPARE(git({QStringLiteral("fsck"), QStringLiteral("--strict")}, bare)
                 .startsWith(QLatin1String("<exit")),
             false);
}

void TestCommitDialog::rejectedPushKeepsTheLocalCommit()
{
    const QString bare = m_repo + QStringLiteral("-remote.git");
    git({QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), m_repo, bare},
        m_dir.path());
    git({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), bare});
    // Someone else pushes first.
    const QString other = m_repo + QStringLiteral("-other");
    git({QStringLiteral("clone"), QStringLiteral("-q"), bare, other}, m_dir.path());
    git({QStringLiteral("-c"), QStringLiteral("user.name=Bob"), QStringLiteral("-c"),
         QStringLiteral("user.email=bob@example.org"), QStringLiteral("commit"),
         QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"),
         QStringLiteral("Bob's")},
        other);
    git({QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
         QStringLiteral("main")},
        other);
    const QString remoteHead = git({QStringLiteral("rev-parse"), QStringLiteral("main")}, bare);

    CommitDialog *dialog = openDialog();
    QSignalSpy pushed(dialog, &CommitDialog::pushed);
    const QString id = commitFromDialog(dialog, QStringLiteral("Mine"), true);
    QVERIFY(!id.isEmpty());
    QVERIFY(pushed.wait(30000));
    QCOMPARE(pushed.first().first().toBool(), false);
    // The explanation says what to do, and the local commit is still there.
    QVERIFY2(dialog->statusText().contains(QLatin1String("pull"), Qt::CaseInsensitive),
             qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(QLatin1String("kept locally")));
    QCOMPARE(git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed(), id);
    QCOMPARE(git({QStringLiteral("rev-parse"), QStringLiteral("main")}, bare), remoteHead);
    QCOMPARE(git({QStringLiteral("fsck"), QStringLiteral("--strict")})
                 .startsWith(QLatin1String("<exit")),
             false);
}

void TestCommitDialog::statusBarIndicator()
{
    GitStatusIndicator *indicator = m_live->gitStatus();
    indicator->refresh();
    QTRY_VERIFY(indicator->isCurrent());
    QVERIFY2(indicator->text().contains(QLatin1String("main")), qPrintable(indicator->text()));
    QVERIFY(indicator->text().contains(QLatin1String("changed")));
    CommitDialog *dialog = openDialog();
    QVERIFY(!commitFromDialog(dialog, QStringLiteral("Generated")).isEmpty());
    QTRY_VERIFY(indicator->text().contains(QLatin1String("up to date")));
}

QTEST_MAIN(TestCommitDialog)
#include "tst_commitdialog.moc"
