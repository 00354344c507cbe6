#include "core/message.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Stackdraft::Core;

// Answers every source of one context with a marked copy, or a fixed plural form.
class MarkingTranslator final : public QTranslator
{
public:
    explicit MarkingTranslator(QString mark)
        : m_mark(std::move(mark))
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *,
                      int n) const override
    {
        if (qstrcmp(context, "Test") != 0)
            return {};
        if (n >= 0)
            return m_mark + QStringLiteral("%n item(s)");
        return m_mark + QString::fromUtf8(sourceText);
    }

private:
    QString m_mark;
};

class TestMessage final : public QObject
{
    Q_OBJECT

private slots:
    void englishWithoutTranslator_data();
    void englishWithoutTranslator();
    void argumentsAreNotSubstitutedTwice();
    void translatedWhereShown();
    void documentLanguageIsNotTheInterfaces();
    void comparesAsData();
};

struct EnglishRow
{
    const char *name;
    Message message;
    const char *expected;
};

void TestMessage::englishWithoutTranslator_data()
{
    QTest::addColumn<Message>("message");
    QTest::addColumn<QString>("expected");
    const EnglishRow rows[] = {
        {"verbatim", Message::verbatim(QStringLiteral("100% %1 as is")), "100% %1 as is"},
        {"string",
         Message("Test", "raise %1 to %2").arg(QStringLiteral("cpu"), QStringLiteral("1")),
         "raise cpu to 1"},
        {"repeated", Message("Test", "%1 / %2 / %1").arg(QStringLiteral("a"), QStringLiteral("b")),
         "a / b / a"},
        {"numbers", Message("Test", "%1 of %2 at %3").arg(3).arg(qint64(10)).arg(0.25),
         "3 of 10 at 0.25"},
        {"formatted", Message("Test", "$%1").arg(12.5, 0, 'f', 2), "$12.50"},
        {"nested",
         Message("Test", "%1; %2").arg(Message("Test", "x is %1").arg(1), Message("Test", "y")),
         "x is 1; y"},
        {"plural", Message("Test", "%n item(s)", 3), "3 item(s)"},
        {"missing argument", Message("Test", "%1 and %2").arg(QStringLiteral("one")), "one and %2"},
    };
    for (const EnglishRow &row : rows)
        QTest::addRow("%s", row.name) << row.message << QString::fromUtf8(row.expected);
}

void TestMessage::englishWithoutTranslator()
{
    QFETCH(Message, message);
    QFETCH(QString, expected);
    QCOMPARE(message.toString(), expected);
    QCOMPARE(message.toString(nullptr), expected);
}

void TestMessage::argumentsAreNotSubstitutedTwice()
{
    const Message m
        = Message("Test", "%1 then %2").arg(QStringLiteral("literal %2"), QStringLiteral("second"));
    QCOMPARE(m.toString(nullptr), QStringLiteral("literal %2 then second"));
}

void TestMessage::translatedWhereShown()
{
    const Message m = Message("Test", "%1 is %2")
                          .arg(Message::verbatim(QStringLiteral("api")), Message("Test", "down"));
    MarkingTranslator interface(QStringLiteral("ui:"));
    QVERIFY(QCoreApplication::installTranslator(&interface));
    // Built before the translator existed, translated when shown: data, not prose.
    QCOMPARE(m.toString(), QStringLiteral("ui:api is ui:down"));
    QCOMPARE(Message("Test", "%n item(s)", 2).toString(), QStringLiteral("ui:2 item(s)"));
    QVERIFY(QCoreApplication::removeTranslator(&interface));
    QCOMPARE(m.toString(), QStringLiteral("api is down"));
}

void TestMessage::documentLanguageIsNotTheInterfaces()
{
    const Message m = Message("Test", "%n item(s)", 4);
    MarkingTranslator interface(QStringLiteral("ui:"));
    MarkingTranslator document(QStringLiteral("doc:"));
    QVERIFY(QCoreApplication::installTranslator(&interface));
    QCOMPARE(m.toString(&document), QStringLiteral("doc:4 item(s)"));
    QCOMPARE(m.toString(nullptr), QStringLiteral("4 item(s)")); // English, whatever is installed
    QVERIFY(QCoreApplication::removeTranslator(&interface));
}

void TestMessage::comparesAsData()
{
    QCOMPARE(Message("Test", "a %1").arg(1), Message("Test", "a %1").arg(1));
    QVERIFY(Message("Test", "a %1").arg(1) != Message("Test", "a %1").arg(2));
    QVERIFY(Message("Test", "a") != Message("Other", "a"));
    QVERIFY(Message().isEmpty());
    QVERIFY(!Message::verbatim(QStringLiteral("x")).isEmpty());
}

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
