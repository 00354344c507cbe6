#include "cli/output.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using Stackdraft::Cli::Output;

// The writer every command prints through (src/cli/output.h).
class TestOutput final : public QObject
{
    Q_OBJECT

private slots:
    void lineEscapesTheTextAndItsValues();
    void lineCutsLongValuesOnly();
    void lineFillsPlaceholdersOnce();
    void linesKeepOneEntryPerLine();
    void textKeepsItsOwnLines();
    void jsonEscapesWhatJsonLeavesRaw();
};

namespace {

// What `write` prints through an Output.
template<typename Write> QString printed(Write write)
{
    QString text;
    QTextStream stream(&text);
    Output out(stream);
    write(out);
    out.flush();
    return text;
}

} // namespace

void TestOutput::lineEscapesTheTextAndItsValues()
{
    QCOMPARE(printed([](Output &o) { o.line(QStringLiteral("no environment '%1'"), u"a\nb"); }),
             QStringLiteral("no environment 'a\\nb'\n"));
    QCOMPARE(printed([](Output &o) { o.line(QStringLiteral("x\x1b[2Jy")); }),
             QStringLiteral("x\\x1b[2Jy\n"));
    QCOMPARE(printed([](Output &o) { o.line(QStringLiteral("%1 of %2"), 3, 4.5); }),
             QStringLiteral("3 of 4.5\n"));
}

void TestOutput::lineCutsLongValuesOnly()
{
    const QString value(1000, QLatin1Char('v'));
    const QString withValue = printed([&](Output &o) { o.line(QStringLiteral("[%1]"), value); });
    QVERIFY2(withValue.size() < Output::MaxValueLength + 40, qPrintable(withValue));
    QVERIFY(withValue.contains(QStringLiteral("(1000 characters)")));
    // A whole line is the caller's: escaped, never cut (export lists whole paths).
    QCOMPARE(printed([&](Output &o) { o.line(value); }), value + QLatin1Char('\n'));
}

// A value holding "%2" stays as it is: the placeholders are filled in one pass.
void TestOutput::lineFillsPlaceholdersOnce()
{
    QCOMPARE(printed([](Output &o) { o.line(QStringLiteral("%1 and %2"), u"%2", u"b"); }),
             QStringLiteral("%2 and b\n"));
}

void TestOutput::linesKeepOneEntryPerLine()
{
    QCOMPARE(printed([](Output &o) {
                 o.lines({QStringLiteral("row 1"), QStringLiteral("row\n2: forged"), QString()});
             }),
             QStringLiteral("row 1\nrow\\n2: forged\n\n"));
}

void TestOutput::textKeepsItsOwnLines()
{
    QCOMPARE(printed([](Output &o) { o.text(u"--- a\n+++ b\n+x\x1b[31m\n"); }),
             QStringLiteral("--- a\n+++ b\n+x\\x1b[31m\n"));
    QCOMPARE(printed([](Output &o) { o.text(u""); }), QString());
}

// DEL, C1 controls, line separators and bidirectional overrides are raw in Qt's JSON; the writer
// escapes them, and a JSON reader still reads the same string.
void TestOutput::jsonEscapesWhatJsonLeavesRaw()
{
    const QString value = QStringLiteral("a\x1b\x7f\u009b\u2028\u202e\u00e9b");
    const QJsonDocument document(QJsonObject {{QStringLiteral("file"), value}});
    const QString json = printed([&](Output &o) { o.json(document); });
    QVERIFY2(!Stackdraft::Core::Echo::needsEscaping(QString(json).remove(QLatin1Char('\n'))),
             qPrintable(json));
    QVERIFY(json.contains(QStringLiteral("\\u202e")));
    QVERIFY(json.contains(QStringLiteral("\u00e9"))); // printable: kept
    QCOMPARE(
        QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("file")).toString(),
        value);
}

QTEST_GUILESS_MAIN(TestOutput)
#include "tst_output.moc"
