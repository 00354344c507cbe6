#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built `stackdraft validate`, as a CI job would.
class TestValidateCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void examplesAreClean_data();
    void examplesAreClean();
    void exitCodes_data();
    void exitCodes();
    void textLines();
    void json();
    void oneEnvironment();
    void fileThatDoesNotLoad();
    void listedInHelp();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run stackdraft(const QStringList &arguments);
    QString write(const char *name, const QByteArray &yaml);
    QTemporaryDir m_dir;
};

TestValidateCommand::Run TestValidateCommand::stackdraft(const QStringList &arguments)
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

QString TestValidateCommand::write(const char *name, const QByteArray &yaml)
{
    const QString path = m_dir.filePath(QString::fromUtf8(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(yaml);
    return path;
}

// A production environment with one error (request above limit) and one warning (one replica).
static const QByteArray BadProject = R"(stackdraft: 1
name: shop
components:
  api:
    type: backend-service
    image: shop/api:1
environments:
  - id: development
    platform: compose
    deployments:
      api: {cpu: 500m, memory: 512Mi}
  - id: production
    platform: kubernetes
    deployments:
      api:
        cpu: "1"
        cpuLimit: 500m
        memory: 1Gi
)";

static const QByteArray WarningProject = R"(stackdraft: 1
name: shop
components:
  api:
    type: backend-service
    image: shop/api:1
  prom:
    type: prometheus
environments:
  - id: production
    platform: kubernetes
    deployments:
      api: {cpu: 500m, memory: 1Gi}
      prom: {cpu: 500m, memory: 1Gi, backup: true}
)";

void TestValidateCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestValidateCommand::examplesAreClean_data()
{
    QTest::addColumn<QString>("path");
    const QDir examples(QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples"));
    const QStringList files
        = examples.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files);
    QVERIFY(files.size() >= 3);
    for (const QString &file : files)
        QTest::addRow("%s", qPrintable(file)) << examples.filePath(file);
}

// Every example is a good design: clean even under --strict.
void TestValidateCommand::examplesAreClean()
{
    QFETCH(QString, path);
    const Run run = stackdraft({QStringLiteral("validate"), QStringLiteral("--strict"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QLatin1String("0 error(s), 0 warning(s)")));
}

void TestValidateCommand::exitCodes_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("errors") << BadProject << QStringList {} << 1;
    QTest::newRow("errors, strict") << BadProject << QStringList {QStringLiteral("--strict")} << 1;
    QTest::newRow("warnings only") << WarningProject << QStringList {} << 0;
    QTest::newRow("warnings only, strict")
        << WarningProject << QStringList {QStringLiteral("--strict")} << 2;
    QTest::newRow("disabled rule")
        << QByteArray(WarningProject)
               .replace("name: shop\n", "name: shop\ndisabledRules: [SD-PROD-REPLICAS]\n")
        << QStringList {QStringLiteral("--strict")} << 0;
    QTest::newRow("bad format") << WarningProject
                                << QStringList {QStringLiteral("--format"), QStringLiteral("xml")}
                                << 2;
    QTest::newRow("unknown env") << WarningProject
                                 << QStringList {QStringLiteral("--env"), QStringLiteral("moon")}
                                 << 2;
}

void TestValidateCommand::exitCodes()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    const QString path = write("case.stackdraft.yaml", yaml);
    const Run run = stackdraft(QStringList {QStringLiteral("validate"), path} + options);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
}

void TestValidateCommand::textLines()
{
    const QString path = write("bad.stackdraft.yaml", BadProject);
    const Run run = stackdraft({QStringLiteral("validate"), path});
    QVERIFY(run.out.contains(path
                             + QStringLiteral(": production/api: error: CPU request 1 is above its "
                                              "limit 500m [SD-REQUESTS-LIMITS]")));
    QVERIFY(run.out.contains(QStringLiteral("fix: raise cpuLimit to 1")));
    QVERIFY(run.out.contains(path + QStringLiteral(": production/api: warning: ")));
}

void TestValidateCommand::json()
{
    const QString path = write("bad.stackdraft.yaml", BadProject);
    const Run run = stackdraft(
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(root.value(QStringLiteral("errors")).toInt() >= 1);
    bool found = false;
    for (const QJsonValue &v : root.value(QStringLiteral("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("rule")).toString() == QLatin1String("SD-REQUESTS-LIMITS")) {
            found = true;
            QCOMPARE(p.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
            QCOMPARE(p.value(QStringLiteral("field")).toString(),
                     QStringLiteral("environments[1].deployments.api.cpuLimit"));
        }
    }
    QVERIFY(found);
}

void TestValidateCommand::oneEnvironment()
{
    const QString path = write("bad.stackdraft.yaml", BadProject);
    const Run run = stackdraft(
        {QStringLiteral("validate"), QStringLiteral("--env"), QStringLiteral("development"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out));
    QVERIFY(!run.out.contains(QLatin1String("production/")));
}

void TestValidateCommand::fileThatDoesNotLoad()
{
    const QString path
        = write("broken.stackdraft.yaml",
                "stackdraft: 1\nname: shop\ncomponents:\n  api:\n    type: no-such-type\n");
    const Run run = stackdraft({QStringLiteral("validate"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(path + QStringLiteral(":5:")), qPrintable(run.err));
}

void TestValidateCommand::listedInHelp()
{
    const Run run = stackdraft({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("validate")));
    QVERIFY(run.out.contains(QLatin1String("cost")));
}

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
