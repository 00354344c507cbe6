#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built `stackdraft import` on the corpus and on hostile input, as a user would.
class TestImportCommand final : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
    void exitCodes_data();
    void exitCodes();
    void neverOverwritesWithoutSaying();
    void intoExistingProject();
    void hostile_data();
    void hostile();
    void bigFileRefused();
    void listedInHelp();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run stackdraft(const QStringList &arguments, const QString &workingDir = {});
    QString write(const QString &name, const QByteArray &bytes);
    // Every file under the temporary directory, relative to it.
    QStringList tree() const;
    QTemporaryDir m_dir;
};

TestImportCommand::Run TestImportCommand::stackdraft(const QStringList &arguments,
                                                     const QString &workingDir)
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(STACKDRAFT_BINARY_DIR "/src/app/stackdraft"), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestImportCommand::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

QStringList TestImportCommand::tree() const
{
    QStringList out;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(m_dir.path()).relativeFilePath(it.next());
    out.sort();
    return out;
}

void TestImportCommand::corpus_data()
{
    QTest::addColumn<QString>("input");
    const QString root = QStringLiteral(STACKDRAFT_SOURCE_DIR "/tests/import/corpus");
    for (const QString &folder : {QStringLiteral("compose"), QStringLiteral("kubernetes")}) {
        const QDir dir(root + '/' + folder);
        for (const QString &name : dir.entryList({"*.yaml"}, QDir::Files, QDir::Name))
            QTest::addRow("%s", qPrintable(name)) << dir.filePath(name);
    }
}

// Every corpus file imports (cleanly or with a report), and the result loads and validates.
void TestImportCommand::corpus()
{
    QFETCH(QString, input);
    const QString out = m_dir.filePath(QFileInfo(input).completeBaseName() + ".stackdraft.yaml");
    QFile::remove(out);
    const Run imported = stackdraft({"import", input, "--out", out});
    QVERIFY2(imported.exitCode == 0 || imported.exitCode == 1,
             qPrintable(imported.out + imported.err));
    QVERIFY(QFile::exists(out));
    if (imported.exitCode == 1)
        QVERIFY2(imported.out.contains("Import report"), qPrintable(imported.out));
    const Run validated = stackdraft({"validate", out});
    QVERIFY2(validated.exitCode == 0 || validated.exitCode == 1,
             qPrintable(validated.out + validated.err));
}

void TestImportCommand::exitCodes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("clean") << QByteArray("services:\n  db:\n    image: redis:7\n") << "clean.yml"
                           << 0;
    QTest::addRow("left out") << QByteArray(
        "services:\n  db:\n    image: redis:7\n    restart: always\n")
                              << "lossy.yml" << 1;
    QTest::addRow("nothing imported")
        << QByteArray("services:\n  dbg:\n    image: busybox\n    profiles: [debug]\n")
        << "empty.yml" << 2;
    QTest::addRow("not recognised") << QByteArray("hello: world\n") << "x.yml" << 2;
    QTest::addRow("yaml error") << QByteArray("services:\n  a: [\n") << "broken.yml" << 2;
}

void TestImportCommand::exitCodes()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    const QString path = write(name, input);
    const QString out = m_dir.filePath(name + ".stackdraft.yaml");
    const Run run = stackdraft({"import", path, "--out", out});
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(QFile::exists(out), exitCode != 2);
    if (name == QLatin1String("broken.yml"))
        QVERIFY2(run.err.contains("broken.yml:3:1:"), qPrintable(run.err));
}

void TestImportCommand::neverOverwritesWithoutSaying()
{
    const QString input = write("keep/compose.yaml", "services:\n  db:\n    image: redis:7\n");
    const QString out = write("keep/mine.stackdraft.yaml", "my own notes\n");
    const Run refused = stackdraft({"import", input, "--out", out});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("--force"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my own notes\n"));
    file.close();
    QCOMPARE(stackdraft({"import", input, "--out", out, "--force"}).exitCode, 0);
}

void TestImportCommand::intoExistingProject()
{
    const QString compose = write("two/compose.yaml", R"(services:
  api:
    image: shop/api:1
    ports: ["8000:8000"]
    environment:
      MODE: dev
  db:
    image: postgres:16
)");
    const QString manifests = write("two/k8s.yaml", R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  replicas: 2
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers:
        - name: api
          image: shop/api:1
          ports: [{containerPort: 8000}]
          env: [{name: MODE, value: staging}]
)");
    const QString project = m_dir.filePath("two/shop.stackdraft.yaml");
    QCOMPARE(stackdraft({"import", compose, "--out", project}).exitCode, 0);
    const Run added = stackdraft(
        {"import", manifests, "--into", project, "--out", project, "--env", "staging"});
    QVERIFY2(added.exitCode == 0 || added.exitCode == 1, qPrintable(added.out + added.err));
    const Run info = stackdraft({"info", project});
    QVERIFY2(info.out.contains("development") && info.out.contains("staging"),
             qPrintable(info.out));
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QCOMPARE(text.count("\n  api:\n"), 1); // one component, two environments
    QVERIFY(text.contains("MODE: staging"));
    // The same environment twice is refused, and the file is left alone.
    const Run again = stackdraft(
        {"import", manifests, "--into", project, "--out", project, "--env", "staging"});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("already has an environment 'staging'"));
}

void TestImportCommand::hostile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    QString bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'i'; ++c) {
        bomb += QStringLiteral("%1: &%1 [").arg(c);
        for (int i = 0; i < 10; ++i)
            bomb += QStringLiteral("*%1%2").arg(QChar(c - 1), i < 9 ? ", " : "");
        bomb += "]\n";
    }
    QTest::addRow("alias bomb") << (bomb + "services: {}\n").toUtf8() << "nodes";
    QTest::addRow("deep nesting") << QByteArray("services: ") + QByteArray(5000, '[') << "deeper";
    QTest::addRow("helm template")
        << QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Values.name }}\n")
        << ":4:9:";
    QTest::addRow("unknown kinds")
        << QByteArray("apiVersion: v1\nkind: List\nitems:\n- {apiVersion: a/v1, kind: Gadget}\n")
        << ":1:1:";
}

// Hostile input gets one clear message, and nothing is written anywhere.
void TestImportCommand::hostile()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    const QString path = write("hostile/in.yaml", input);
    const QStringList before = tree();
    const Run run
        = stackdraft({"import", path, "--out", m_dir.filePath("hostile/out.stackdraft.yaml")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(tree(), before);
}

void TestImportCommand::bigFileRefused()
{
    const QString path = m_dir.filePath("big/compose.yaml");
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(50 * 1024 * 1024)); // 50 MB, sparse
    file.close();
    const QStringList before = tree();
    const Run run
        = stackdraft({"import", path, "--out", m_dir.filePath("big/out.stackdraft.yaml")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("over 16 MB"), qPrintable(run.err));
    QCOMPARE(tree(), before);
}

void TestImportCommand::listedInHelp()
{
    QVERIFY(stackdraft({"--help"}).out.contains("import"));
    const Run help = stackdraft({"import", "--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--into"));
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
