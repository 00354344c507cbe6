#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built `stackdraft` binary, as a user would.
class TestInfoCommand final : public QObject
{
    Q_OBJECT

private slots:
    void examples_data();
    void examples();
    void totals();
    void errors_data();
    void errors();
    void listedInHelp();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run stackdraft(const QStringList &arguments);
};

TestInfoCommand::Run TestInfoCommand::stackdraft(const QStringList &arguments)
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

void TestInfoCommand::examples_data()
{
    QTest::addColumn<QString>("path");
    const QDir examples(QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples"));
    const QStringList files
        = examples.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files);
    QVERIFY(files.size() >= 3);
    for (const QString &file : files)
        QTest::addRow("%s", qPrintable(file)) << examples.filePath(file);
}

// Every example loads with the bundled catalog and shows each of its environments with a total.
void TestInfoCommand::examples()
{
    QFETCH(QString, path);
    const Run run = stackdraft({QStringLiteral("info"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());
    // The environment ids, read from the file's `environments:` list.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> fileLines = file.readAll().split('\n');
    const qsizetype start = fileLines.indexOf("environments:");
    QVERIFY(start >= 0);
    QStringList ids;
    for (qsizetype i = start + 1; i < fileLines.size(); ++i) {
        if (fileLines[i].startsWith("  - id: "))
            ids.append(QString::fromUtf8(fileLines[i].mid(8)));
    }
    QVERIFY(ids.size() >= 2);
    // Each environment heads its own block ("<id> (<label>) — <platform>") and ends with a total.
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    int totals = 0;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("  total: ")))
            ++totals;
    }
    QCOMPARE(totals, ids.size());
    for (const QString &id : std::as_const(ids)) {
        const bool headed = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line.startsWith(id + QLatin1Char(' ')) && line.contains(QStringLiteral(" — "));
        });
        QVERIFY2(headed, qPrintable(id));
    }
}

// The sums are requests × replicas; a limit stands in for a missing request; managed and external
// components reserve nothing of ours.
void TestInfoCommand::totals()
{
    const Run run = stackdraft({QStringLiteral("info"),
                                QStringLiteral(STACKDRAFT_TEST_DATA_DIR "/sizes.stackdraft.yaml")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(
        run.out.contains(QLatin1String("4 components, 0 connections, 0 groups, 2 environments")),
        qPrintable(run.out));
    // dev: api 3 × 750m / 768Mi + db 1 × 1 / 1Gi = 3.25 vCPU, 3.25 GiB; cdn is external.
    QVERIFY2(run.out.contains(QString::fromUtf8("dev — compose\n")), qPrintable(run.out));
    QVERIFY2(
        run.out.contains(QLatin1String("total: 2 components run as containers, 4 replicas at rest, "
                                       "3.25 vCPU, 3.25 GiB")),
        qPrintable(run.out));
    // prod: api 2 × 2 / 4Gi (limits); db is RDS; the admin UI gets the catalog defaults (marked *).
    QVERIFY2(run.out.contains(QString::fromUtf8("prod (Production) — aws-ecs, eu-west-1\n")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("(RDS)")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("2 (2-5)")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("* no resources set")), qPrintable(run.out));
    const QString prod = run.out.mid(run.out.indexOf(QLatin1String("prod (Production)")));
    // prod: api 2 × 2 / 4Gi + tool 1 × 100m / 128Mi (catalog defaults).
    QVERIFY2(prod.contains(QLatin1String("total: 2 components run as containers, 3 replicas at "
                                         "rest, 4.1 vCPU, 8.1")),
             qPrintable(prod));
}

void TestInfoCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fileContent"); // written to a temporary file that replaces "%FILE%"
    QTest::addColumn<QString>("expected"); // in stderr
    const QString file = QStringLiteral("%FILE%");
    QTest::addRow("no file") << QStringList {QStringLiteral("info")} << QString()
                             << QStringLiteral("Usage:");
    QTest::addRow("two files") << QStringList {QStringLiteral("info"), file, file} << QString()
                               << QStringLiteral("Usage:");
    QTest::addRow("unknown option")
        << QStringList {QStringLiteral("info"), QStringLiteral("--json")} << QString()
        << QStringLiteral("Usage:");
    QTest::addRow("missing file") << QStringList {QStringLiteral("info"),
                                                  QStringLiteral("/nonexistent/x.stackdraft.yaml")}
                                  << QString()
                                  << QStringLiteral("/nonexistent/x.stackdraft.yaml: no such file");
    QTest::addRow("directory") << QStringList {QStringLiteral("info"),
                                               QStringLiteral(STACKDRAFT_TEST_DATA_DIR)}
                               << QString() << QStringLiteral("directory");
    QTest::addRow("not yaml") << QStringList {QStringLiteral("info"), file}
                              << QStringLiteral("stackdraft: 1\nname: [x\n")
                              << QStringLiteral(":3:1: not valid YAML");
    QTest::addRow("bad quantity")
        << QStringList {QStringLiteral("info"), file}
        << QStringLiteral(
               "stackdraft: 1\nname: x\ncomponents:\n  a:\n    type: worker\nenvironments:\n"
               "  - id: dev\n    deployments:\n      a: {memory: lots}\n")
        << QStringLiteral(
               ":9:19: environments[0].deployments.a.memory: 'lots' is not a memory quantity");
}

void TestInfoCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fileContent);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.stackdraft.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fileContent.toUtf8());
    file.close();
    arguments.replaceInStrings(QStringLiteral("%FILE%"), path);
    const Run run = stackdraft(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestInfoCommand::listedInHelp()
{
    const Run run = stackdraft({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("  info ")), qPrintable(run.out));
    const Run help = stackdraft({QStringLiteral("info"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("stackdraft info FILE")));
}

QTEST_GUILESS_MAIN(TestInfoCommand)
#include "tst_infocommand.moc"
