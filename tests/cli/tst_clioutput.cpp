#include "../core/gittestrepo.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Every command of the built `stackdraft` prints a hostile value (an argument, a path, a value of
// the file) escaped: each writes through one escaping writer (src/cli/output.h), so a command that
// wrote to its stream directly would put the raw bytes on the terminal and fail here.
class TestCliOutput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileValueEscaped_data();
    void hostileValueEscaped();
    void gitCommandsEscaped();

private:
    QString stage(const QString &dirName, const char *example, const QByteArray &from = {},
                  const QByteArray &to = {}) const;

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
};

namespace {

// ESC, a CSI colour sequence and a right-to-left override: what a forged line or a terminal attack
// needs.
const QString hostile = QStringLiteral("x\x1b[31m\u202ey");
const QString hostileShown = QStringLiteral("x\\x1b[31m\\u202ey");

// Characters Echo escapes (src/core/echo.cpp); tab and line feed are the writer's own.
const QRegularExpression rawControl(QStringLiteral(
    "[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\x{2028}\\x{2029}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]"));

GitTest::Run stackdraft(const QStringList &arguments, const QString &dir = QDir::currentPath())
{
    return GitTest::run(QStringLiteral(STACKDRAFT_BINARY_DIR "/src/app/stackdraft"), dir,
                        arguments);
}

QString example(const char *name)
{
    return QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/") + QString::fromUtf8(name);
}

} // namespace

void TestCliOutput::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_dir.isValid());
    GitTest::isolateGitConfig(m_home.path());
}

// A copy of an example in `dirName`, with `from` replaced by `to`; returns its path.
QString TestCliOutput::stage(const QString &dirName, const char *name, const QByteArray &from,
                             const QByteArray &to) const
{
    const QString path = m_dir.filePath(dirName + QLatin1Char('/') + QString::fromUtf8(name));
    QByteArray text = GitTest::readFile(example(name));
    if (!from.isEmpty() && !text.contains(from))
        return {};
    if (!from.isEmpty())
        text.replace(from, to);
    if (!GitTest::writeFile(path, text))
        return {};
    return path;
}

void TestCliOutput::hostileValueEscaped_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // on stdout or stderr
    const QString project = example("chatgepeto.stackdraft.yaml");
    const QString staged = stage(QStringLiteral("in-") + hostile, "chatgepeto.stackdraft.yaml");
    const QString stagedShown = QString(staged).replace(hostile, hostileShown);
    const QString out = m_dir.filePath(QStringLiteral("out-") + hostile);
    const QString outShown = QString(out).replace(hostile, hostileShown);
    const QString compose
        = QStringLiteral(STACKDRAFT_SOURCE_DIR "/tests/import/corpus/compose/flask.compose.yaml");

    QTest::newRow("validate: unknown option")
        << QStringList {QStringLiteral("validate"), project, QStringLiteral("--") + hostile}
        << QStringLiteral("unknown option '--%1'").arg(hostileShown);
    QTest::newRow("validate --env")
        << QStringList {QStringLiteral("validate"), project, QStringLiteral("--env"), hostile}
        << QStringLiteral("no environment '%1'").arg(hostileShown);
    QTest::newRow("validate: file") << QStringList {QStringLiteral("validate"), staged}
                                    << stagedShown + QStringLiteral(": 0 error(s)");
    QTest::newRow("validate --format json: file")
        << QStringList {QStringLiteral("validate"), staged, QStringLiteral("--format"),
                        QStringLiteral("json")}
        << QStringLiteral("x\\u001b[31m\\u202ey"); // JSON's own escapes, still valid JSON
    QTest::newRow("cost --env") << QStringList {QStringLiteral("cost"), project,
                                                QStringLiteral("--env"), hostile}
                                << QStringLiteral("no environment '%1'").arg(hostileShown);
    QTest::newRow("cost --format json: file")
        << QStringList {QStringLiteral("cost"), staged, QStringLiteral("--format"),
                        QStringLiteral("json")}
        << QStringLiteral("x\\u001b[31m\\u202ey");
    const QString titled = stage(QStringLiteral("titled"), "chatgepeto.stackdraft.yaml",
                                 "title: ChatGepeto", "title: \"x\\e[31m\\u202Ey\"");
    QTest::newRow("info: title") << QStringList {QStringLiteral("info"), titled} << hostileShown;
    QTest::newRow("export --out") << QStringList {QStringLiteral("export"), project,
                                                  QStringLiteral("--out"), out}
                                  << outShown + QStringLiteral("/");
    QTest::newRow("export --language")
        << QStringList {QStringLiteral("export"),     project, QStringLiteral("--out"), out,
                        QStringLiteral("--language"), hostile}
        << QStringLiteral("not '%1'").arg(hostileShown);
    QTest::newRow("import --out") << QStringList {QStringLiteral("import"), compose,
                                                  QStringLiteral("--out"),
                                                  out + QStringLiteral(".stackdraft.yaml")}
                                  << outShown + QStringLiteral(".stackdraft.yaml: ");
    QTest::newRow("render --out") << QStringList {QStringLiteral("render"), project,
                                                  QStringLiteral("--out"),
                                                  out + QStringLiteral(".svg")}
                                  << outShown + QStringLiteral(".svg");
}

void TestCliOutput::hostileValueEscaped()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const GitTest::Run run = stackdraft(arguments);
    QVERIFY2(run.exitCode >= 0, "the command crashed or hung");
    const QString all = run.out + run.err;
    QVERIFY2(!all.contains(rawControl), qPrintable(all.toUtf8().toPercentEncoding(" \n/:'")));
    QVERIFY2(all.contains(expected), qPrintable(all));
}

// `diff` shows generated files that quote the project (the architecture document quotes its
// description as written); `commit` quotes the repository's path when there is nothing to commit.
void TestCliOutput::gitCommandsEscaped()
{
    const QString repository = m_dir.filePath(QStringLiteral("repo-") + hostile);
    QVERIFY(QDir().mkpath(repository));
    QVERIFY(GitTest::initRepository(repository));
    QString text = QString::fromUtf8(GitTest::readFile(example("webot-chatflow.stackdraft.yaml")));
    static const QRegularExpression description(QStringLiteral("^description: \\|-\n(  .*\n)+"),
                                                QRegularExpression::MultilineOption);
    QVERIFY(text.contains(description));
    text.replace(description, QStringLiteral("description: \"x\\e[31m\\u202Ey\"\n"));
    const QString project = repository + QStringLiteral("/shop.stackdraft.yaml");
    QVERIFY(GitTest::writeFile(project, text.toUtf8()));

    const GitTest::Run diff = stackdraft({QStringLiteral("diff"), project}, repository);
    QVERIFY2(diff.exitCode == 0, qPrintable(diff.out + diff.err));
    QVERIFY2(!(diff.out + diff.err).contains(rawControl),
             qPrintable((diff.out + diff.err).toUtf8().toPercentEncoding(" \n/:'")));
    // The document escapes Markdown ("\\["): look for the escaped controls themselves.
    QVERIFY2(diff.out.contains(QStringLiteral("+x\\x1b")) && diff.out.contains(u"\\u202ey"),
             qPrintable(diff.out.right(4000)));

    const GitTest::Run first = stackdraft({QStringLiteral("commit"), project}, repository);
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY(!(first.out + first.err).contains(rawControl));
    const GitTest::Run again = stackdraft({QStringLiteral("commit"), project}, repository);
    QCOMPARE(again.exitCode, 1);
    const QString all = again.out + again.err;
    QVERIFY2(!all.contains(rawControl), qPrintable(all.toUtf8().toPercentEncoding(" \n/:'")));
    QVERIFY2(all.contains(QStringLiteral("repo-") + hostileShown), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
