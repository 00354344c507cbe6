#include "exporttesting.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace ExportTesting;

// `stackdraft export` as a person runs it: exit codes, files listed, atomic and limited to its set,
// identical bytes from two processes with different hash seeds.
class TestExportCommand final : public QObject
{
    Q_OBJECT

private slots:
    void errorsExitTwo_data();
    void errorsExitTwo();
    void writesAndListsItsFiles();
    void sameBytesAcrossProcesses();
    void documentLanguageIsNotTheInterfaces();
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

static Run stackdraft(const QStringList &arguments, const QByteArray &hashSeed = "0",
                      const QString &uiLanguage = QStringLiteral("en"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_HASH_SEED"), QString::fromLatin1(hashSeed));
    env.insert(QStringLiteral("LANGUAGE"), uiLanguage);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STACKDRAFT_EXECUTABLE),
            QStringList {QStringLiteral("export")} + arguments);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

static QString examplePath(const QString &name)
{
    return QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/%1.stackdraft.yaml").arg(name);
}

void TestExportCommand::errorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString webot = examplePath(QStringLiteral("webot-chatflow"));
    QTest::addRow("no out") << QStringList {webot} << "--out";
    QTest::addRow("no file") << QStringList {QStringLiteral("--out"), QStringLiteral("x")}
                             << "project file";
    QTest::addRow("missing file") << QStringList {QStringLiteral("/nonexistent.stackdraft.yaml"),
                                                  "--out", "x"}
                                  << "nonexistent";
    QTest::addRow("unknown env") << QStringList {webot, "--out", "x", "--env", "qa"} << "qa";
    QTest::addRow("unknown format")
        << QStringList {webot, "--out", "x", "--format", "helm"} << "helm";
    QTest::addRow("format not for env")
        << QStringList {webot, "--out", "x", "--env", "development", "--format", "k8s"}
        << "development";
    QTest::addRow("bad language") << QStringList {webot, "--out", "x", "--language", "fr"} << "fr";
}

void TestExportCommand::errorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(QDir::setCurrent(dir.path()));
    const Run run = stackdraft(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(QDir(dir.path()).isEmpty()); // nothing written on error
}

void TestExportCommand::writesAndListsItsFiles()
{
    QTemporaryDir dir;
    const QString mine = dir.filePath(QStringLiteral("deploy/compose/README.md"));
    QDir().mkpath(dir.filePath(QStringLiteral("deploy/compose")));
    {
        QFile f(mine);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
    }
    const Run run
        = stackdraft({examplePath(QStringLiteral("webot-chatflow")), QStringLiteral("--out"),
                      dir.path(), QStringLiteral("--format"), QStringLiteral("compose,k8s")});
    QCOMPARE(run.exitCode, 0);
    QStringList listed = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &path : listed)
        path = QDir(dir.path()).relativeFilePath(path);
    QStringList onDisk = filesUnder(dir.path());
    onDisk.removeOne(QStringLiteral("deploy/compose/README.md"));
    QCOMPARE(listed, onDisk);
    QVERIFY(listed.contains(QStringLiteral("deploy/compose/docker-compose.yml")));
    QVERIFY(listed.contains(QStringLiteral("deploy/k8s/base/kustomization.yaml")));
    QFile f(mine);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("mine"));
}

// Two processes with different hash seeds and different interface languages: generated files must
// not depend on either (the architecture document's language is chosen with --language, not the
// UI).
void TestExportCommand::sameBytesAcrossProcesses()
{
    for (const QString &name : exampleNames()) {
        QTemporaryDir a;
        QTemporaryDir b;
        QCOMPARE(stackdraft({examplePath(name), QStringLiteral("--out"), a.path()}, "1").exitCode,
                 0);
        QCOMPARE(stackdraft({examplePath(name), QStringLiteral("--out"), b.path()}, "12345",
                            QStringLiteral("pt_BR"))
                     .exitCode,
                 0);
        const QStringList files = filesUnder(a.path());
        QCOMPARE(filesUnder(b.path()), files);
        for (const QString &path : files) {
            QFile fa(a.filePath(path));
            QFile fb(b.filePath(path));
            QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
            // Every file, docs/ARCHITECTURE.md included: core returns messages, and the document
            // translates them into its own language, never the interface's.
            QVERIFY2(fa.readAll() == fb.readAll(), qPrintable(name + QLatin1String(": ") + path));
        }
    }
}

// A pt_BR document is the same whether the interface speaks English or Portuguese.
void TestExportCommand::documentLanguageIsNotTheInterfaces()
{
    const QString path = QStringLiteral("docs/ARCHITECTURE.md");
    for (const QString &name : exampleNames()) {
        QByteArray documents[2];
        const QString interfaces[2] = {QStringLiteral("en"), QStringLiteral("pt_BR")};
        for (int i = 0; i < 2; ++i) {
            QTemporaryDir dir;
            QCOMPARE(stackdraft({examplePath(name), QStringLiteral("--out"), dir.path(),
                                 QStringLiteral("--format"), QStringLiteral("markdown"),
                                 QStringLiteral("--language"), QStringLiteral("pt_BR")},
                                "0", interfaces[i])
                         .exitCode,
                     0);
            QFile file(dir.filePath(path));
            QVERIFY(file.open(QIODevice::ReadOnly));
            documents[i] = file.readAll();
        }
        QVERIFY2(!documents[0].isEmpty() && documents[0] == documents[1], qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
