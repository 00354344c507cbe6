#include "app/live/textdiff.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdraft::App;

class TestTextDiff final : public QObject
{
    Q_OBJECT

private slots:
    void linesRebuildBothTexts_data();
    void linesRebuildBothTexts();
    void unifiedMatchesGit_data();
    void unifiedMatchesGit();
    void equalTextsHaveNoDiff();
};

namespace {

struct Row
{
    const char *name;
    const char *before;
    const char *after;
};

const Row rows[] = {
    {"one changed line", "a\nb\nc\n", "a\nB\nc\n"},
    {"insert at start", "b\nc\n", "a\nb\nc\n"},
    {"delete at end", "a\nb\nc\n", "a\nb\n"},
    {"from empty", "", "a\nb\n"},
    {"to empty", "a\nb\n", ""},
    {"two hunks", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n",
     "1\n2x\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13x\n14\n"},
    {"close changes merge", "1\n2\n3\n4\n5\n6\n7\n", "1\nx\n3\n4\n5\ny\n7\n"},
    {"replicas", "spec:\n  replicas: 2\n  template:\n", "spec:\n  replicas: 3\n  template:\n"},
    {"moved block", "a\nb\nc\nd\ne\n", "c\nd\ne\na\nb\n"},
};

void addRows()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    for (const Row &row : rows)
        QTest::addRow("%s", row.name)
            << QString::fromUtf8(row.before) << QString::fromUtf8(row.after);
}

} // namespace

void TestTextDiff::linesRebuildBothTexts_data()
{
    addRows();
}

void TestTextDiff::linesRebuildBothTexts()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QString rebuiltBefore;
    QString rebuiltAfter;
    int changes = 0;
    for (const TextDiff::Line &line : TextDiff::lines(before, after)) {
        if (line.op != TextDiff::Op::Insert)
            rebuiltBefore += line.text + QLatin1Char('\n');
        if (line.op != TextDiff::Op::Delete)
            rebuiltAfter += line.text + QLatin1Char('\n');
        changes += line.op != TextDiff::Op::Equal;
    }
    QCOMPARE(rebuiltBefore, before);
    QCOMPARE(rebuiltAfter, after);
    QCOMPARE(changes > 0, before != after);
}

void TestTextDiff::unifiedMatchesGit_data()
{
    addRows();
}

// The hunks are the ones `git diff --no-index` prints (same headers and line ranges), so a person
// reads them the same way; a minimal diff is not unique, so only rows with one answer are
// compared line by line.
void TestTextDiff::unifiedMatchesGit()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&dir](const char *name, const QString &text) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    };
    write("a", before);
    write("b", after);
    QProcess git;
    git.setWorkingDirectory(dir.path());
    git.start(QStringLiteral("git"),
              {QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("--no-color"),
               QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(git.waitForFinished());
    QString expected = QString::fromUtf8(git.readAllStandardOutput());
    // Keep from the ---/+++ headers on; git names the files a/a and b/b.
    expected = expected.mid(expected.indexOf(QLatin1String("--- ")));
    const QString ours
        = TextDiff::unified(before, after, QStringLiteral("a/a"), QStringLiteral("b/b"));
    if (QString::fromUtf8(QTest::currentDataTag()) == QLatin1String("moved block")) {
        QCOMPARE(ours.count(QLatin1String("\n+")), expected.count(QLatin1String("\n+")));
        return;
    }
    QCOMPARE(ours, expected);
}

void TestTextDiff::equalTextsHaveNoDiff()
{
    QCOMPARE(TextDiff::unified(QStringLiteral("a\n"), QStringLiteral("a\n"), QStringLiteral("x"),
                               QStringLiteral("y")),
             QString());
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
