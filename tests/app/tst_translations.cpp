#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The checked-in translations are complete: every tr() string of src/ and plugins/ is in each .ts
// file and translated. When this fails, run `cmake --build build --target update_translations` and
// translate what it adds (translations/README.md).
class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void noSourceStringIsMissing_data();
    void noSourceStringIsMissing();

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one, or one per plural form
        QString type; // "", "unfinished", "vanished", "obsolete"
    };
    static QList<Message> parse(const QString &path, QString *error);
    static void addTsRows();
};

QList<TestTranslations::Message> TestTranslations::parse(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message {context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either plain text or <numerusform> children.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && !xml.isWhitespace()) {
                    current.translations << xml.text().toString();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    current.translations << xml.readElementText();
                } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
                    break;
                }
            }
            if (current.translations.isEmpty())
                current.translations << QString();
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

void TestTranslations::addTsRows()
{
    QTest::addColumn<QString>("ts");
    const QDir dir(QStringLiteral(STACKDRAFT_SOURCE_DIR "/translations"));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    for (const QString &name : files)
        QTest::addRow("%s", qPrintable(name)) << dir.filePath(name);
}

void TestTranslations::everyMessageIsTranslated_data()
{
    addTsRows();
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, ts);
    QString error;
    const QList<Message> messages = parse(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    QStringList problems;
    for (const Message &message : messages) {
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            continue; // lupdate drops these on its next run; they are never shown
        const QString where = QStringLiteral("%1: \"%2\"").arg(message.context, message.source);
        if (message.type == QLatin1String("unfinished"))
            problems << where + QLatin1String(" is unfinished");
        QSet<QString> expected;
        for (const auto &match : placeholder.globalMatch(message.source))
            expected.insert(match.captured());
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << where + QLatin1String(" has an empty translation");
                continue;
            }
            QSet<QString> found;
            for (const auto &match : placeholder.globalMatch(translation))
                found.insert(match.captured());
            if (found != expected)
                problems << where
                        + QLatin1String(" and its translation use different placeholders");
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::noSourceStringIsMissing_data()
{
    addTsRows();
}

void TestTranslations::noSourceStringIsMissing()
{
    QFETCH(QString, ts);
    // lupdate adds every string it finds that the file lacks, as unfinished: run it on a copy.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    QStringList arguments = QStringLiteral(STACKDRAFT_LUPDATE_OPTIONS).split(QLatin1Char(' '));
    arguments << QStringLiteral("-I") << QStringLiteral(STACKDRAFT_SOURCE_DIR "/src")
              << QStringLiteral("@" STACKDRAFT_TRANSLATABLE_SOURCES_LIST) << QStringLiteral("-ts")
              << copy;
    lupdate.start(QStringLiteral(STACKDRAFT_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    QStringList missing;
    for (const Message &message : parse(copy, &error)) {
        if (message.type == QLatin1String("unfinished"))
            missing << QStringLiteral("%1: \"%2\"").arg(message.context, message.source);
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in %1 (run the update_translations target):\n%2")
                            .arg(QFileInfo(ts).fileName(), missing.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
