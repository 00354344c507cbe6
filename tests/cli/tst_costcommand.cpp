#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built `stackdraft cost` on the examples.
class TestCostCommand final : public QObject
{
    Q_OBJECT

private slots:
    void everyExample_data();
    void everyExample();
    void chatgepetoJson();
    void markdown();
    void errors_data();
    void errors();
    void hostileValuesAreEscaped_data();
    void hostileValuesAreEscaped();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run stackdraft(const QStringList &arguments);
};

static QString example(const char *name)
{
    return QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/") + QString::fromUtf8(name);
}

TestCostCommand::Run TestCostCommand::stackdraft(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(STACKDRAFT_BINARY_DIR "/src/app/stackdraft"), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCostCommand::everyExample_data()
{
    QTest::addColumn<QString>("path");
    const QDir examples(QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples"));
    for (const QString &file :
         examples.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files))
        QTest::addRow("%s", qPrintable(file)) << examples.filePath(file);
}

// Every example prices within its budgets, shows a breakdown per component with unit prices and the
// source of each price key used.
void TestCostCommand::everyExample()
{
    QFETCH(QString, path);
    const Run run = stackdraft({QStringLiteral("cost"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QLatin1String("UNIT PRICE")));
    QVERIFY(run.out.contains(QLatin1String("Total: $")));
    const Run json = stackdraft(
        {QStringLiteral("cost"), QStringLiteral("--format"), QStringLiteral("json"), path});
    const QJsonArray envs = QJsonDocument::fromJson(json.out.toUtf8())
                                .object()
                                .value(QStringLiteral("environments"))
                                .toArray();
    QVERIFY(!envs.isEmpty());
    for (const QJsonValue &env : envs) {
        // "within" is said as sure only when every line is priced (unpriced lines only add).
        const QJsonObject e = env.toObject();
        const int unpriced = e.value(QStringLiteral("unpriced")).toInt();
        if (e.value(QStringLiteral("budget")).toDouble() > 0
            && !e.value(QStringLiteral("overBudget")).toBool()) {
            const QString verdict = unpriced > 0
                ? QStringLiteral("— within, %1 line(s) unpriced\n").arg(unpriced)
                : QStringLiteral("— within\n");
            QVERIFY2(run.out.contains(verdict),
                     qPrintable(e.value(QStringLiteral("environment")).toString() + ": " + verdict
                                + "\n" + run.out));
        }
        for (const QJsonValue &line : env.toObject().value(QStringLiteral("lines")).toArray()) {
            const QJsonObject l = line.toObject();
            if (l.value(QStringLiteral("priced")).toBool()) {
                QVERIFY(!l.value(QStringLiteral("source")).toString().isEmpty());
                QVERIFY(run.out.contains(
                    QStringLiteral("[%1]").arg(l.value(QStringLiteral("priceKey")).toString())));
            } else {
                QVERIFY(!l.value(QStringLiteral("note")).toString().isEmpty());
            }
        }
    }
}

void TestCostCommand::chatgepetoJson()
{
    const Run run = stackdraft({QStringLiteral("cost"), QStringLiteral("--env"),
                                QStringLiteral("production"), QStringLiteral("--format"),
                                QStringLiteral("json"), example("chatgepeto.stackdraft.yaml")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray envs = QJsonDocument::fromJson(run.out.toUtf8())
                                .object()
                                .value(QStringLiteral("environments"))
                                .toArray();
    QCOMPARE(envs.size(), 1);
    const QJsonObject prod = envs.first().toObject();
    QCOMPARE(prod.value(QStringLiteral("priceBook")).toString(), QStringLiteral("aws-us-east-1"));
    double backend = 0;
    QStringList usage;
    for (const QJsonValue &v : prod.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        if (l.value(QStringLiteral("component")).toString() == QLatin1String("backend"))
            backend += l.value(QStringLiteral("amount")).toDouble();
        if (l.value(QStringLiteral("usageDependent")).toBool())
            usage << l.value(QStringLiteral("priceKey")).toString();
    }
    QCOMPARE(qRound64(backend * 100), 1802);
    usage.sort();
    QCOMPARE(usage,
             QStringList({QStringLiteral("alb_lcu_hour"), QStringLiteral("cw_logs_ingest_standard"),
                          QStringLiteral("cw_logs_storage"), QStringLiteral("dto_internet"),
                          QStringLiteral("ecr_storage")}));
}

void TestCostCommand::markdown()
{
    const Run run = stackdraft({QStringLiteral("cost"), QStringLiteral("--format"),
                                QStringLiteral("markdown"), example("chatgepeto.stackdraft.yaml")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(
        QLatin1String("| Component | Resource | Quantity | Unit price | Amount | Source |")));
    QVERIFY(run.out.contains(
        QLatin1String("| alb | load balancer hours | 730 ALB-hour | $0.0225/ALB-hour | $16.43 |")));
}

void TestCostCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList {QStringLiteral("cost")};
    QTest::newRow("bad format") << QStringList {QStringLiteral("cost"), QStringLiteral("--format"),
                                                QStringLiteral("pdf"),
                                                example("chatgepeto.stackdraft.yaml")};
    QTest::newRow("unknown env") << QStringList {QStringLiteral("cost"), QStringLiteral("--env"),
                                                 QStringLiteral("moon"),
                                                 example("chatgepeto.stackdraft.yaml")};
    QTest::newRow("missing file") << QStringList {QStringLiteral("cost"),
                                                  QStringLiteral("/nonexistent.stackdraft.yaml")};
}

void TestCostCommand::errors()
{
    QFETCH(QStringList, arguments);
    const Run run = stackdraft(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCostCommand::hostileValuesAreEscaped_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << QStringLiteral("table");
    QTest::newRow("markdown") << QStringLiteral("markdown");
}

// A price-book name with a terminal escape sequence (found by tests/fuzz/campaign.py) is quoted
// by the report; it must reach the terminal escaped, never as the sequence itself.
void TestCostCommand::hostileValuesAreEscaped()
{
    QFETCH(QString, format);
    QFile source(example("chatgepeto.stackdraft.yaml"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray yaml = source.readAll();
    QVERIFY(yaml.contains("priceBook: self-hosted"));
    yaml.replace("priceBook: self-hosted", "priceBook: \"self-hos\\e[31mted\"");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.stackdraft.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml);
    file.close();
    const Run run = stackdraft({QStringLiteral("cost"), QStringLiteral("--format"), format, path});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("self-hos\\x1b[31mted")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QChar(0x1b)));
    QVERIFY(!run.err.contains(QChar(0x1b)));
}

QTEST_GUILESS_MAIN(TestCostCommand)
#include "tst_costcommand.moc"
