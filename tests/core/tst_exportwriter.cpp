#include "core/export/exportwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdraft::Core;

class TestExportWriter final : public QObject
{
    Q_OBJECT

private slots:
    void writesFilesAndDirectories();
    void leavesOtherFilesAlone();
    void refusesEscapingPaths_data();
    void refusesEscapingPaths();
    void refusesSymlinkEscape();
    void refusesSymlinkedFileEscape();
    void badPathWritesNothing();
    void unchangedFileKeepsItsTimestamp();
    void replacedFileKeepsItsMode();
    void newFileFollowsTheUmask();
    void leftoverOfAKilledRunIsRemoved();
    void progressCountsFilesAndStops();
};

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static void writeText(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void TestExportWriter::writesFilesAndDirectories()
{
    QTemporaryDir dir;
    ExportSet set;
    set.add(QStringLiteral("deploy/compose/docker-compose.yml"), "services: {}\n");
    set.add(QStringLiteral("deploy/compose/.env.example"), "A=\n");
    const Status status = ExportWriter::write(set, dir.path() + QStringLiteral("/new/out"));
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    QCOMPARE(readAll(dir.path() + QStringLiteral("/new/out/deploy/compose/docker-compose.yml")),
             QByteArray("services: {}\n"));
    QCOMPARE(readAll(dir.path() + QStringLiteral("/new/out/deploy/compose/.env.example")),
             QByteArray("A=\n"));
}

void TestExportWriter::leavesOtherFilesAlone()
{
    QTemporaryDir dir;
    const QString mine = dir.path() + QStringLiteral("/deploy/compose/notes.txt");
    const QString other = dir.path() + QStringLiteral("/README.md");
    writeText(mine, "my notes");
    writeText(other, "readme");
    ExportSet set;
    set.add(QStringLiteral("deploy/compose/docker-compose.yml"), "x: 1\n");
    QVERIFY(ExportWriter::write(set, dir.path()).ok());
    QCOMPARE(readAll(mine), QByteArray("my notes"));
    QCOMPARE(readAll(other), QByteArray("readme"));
    QCOMPARE(
        QDir(dir.path() + QStringLiteral("/deploy/compose")).entryList(QDir::Files | QDir::Hidden),
        (QStringList {QStringLiteral("docker-compose.yml"), QStringLiteral("notes.txt")}));
}

void TestExportWriter::refusesEscapingPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("parent") << QStringLiteral("../evil.yml");
    QTest::addRow("inner parent") << QStringLiteral("deploy/../../evil.yml");
    QTest::addRow("absolute") << QStringLiteral("/tmp/evil.yml");
    QTest::addRow("empty segment") << QStringLiteral("deploy//x.yml");
    QTest::addRow("dot") << QStringLiteral("./x.yml");
    QTest::addRow("backslash") << QStringLiteral("deploy\\x.yml");
    QTest::addRow("empty") << QString();
}

void TestExportWriter::refusesEscapingPaths()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    ExportSet set;
    set.add(path, "x");
    const Status status = ExportWriter::write(set, dir.path() + QStringLiteral("/out"));
    QVERIFY(!status.ok());
    QVERIFY(!ExportWriter::pathProblem(path).isEmpty());
}

void TestExportWriter::refusesSymlinkEscape()
{
    QTemporaryDir outside;
    QTemporaryDir dir;
    QVERIFY(QFile::link(outside.path(), dir.path() + QStringLiteral("/deploy")));
    ExportSet set;
    set.add(QStringLiteral("deploy/x.yml"), "x");
    QVERIFY(!ExportWriter::write(set, dir.path()).ok());
    QVERIFY(!QFileInfo::exists(outside.path() + QStringLiteral("/x.yml")));
}

// The directories are resolved once for all their files; a file that is itself a link leading out
// is still refused, and what it points at is left alone.
void TestExportWriter::refusesSymlinkedFileEscape()
{
    QTemporaryDir outside;
    QTemporaryDir dir;
    const QString victim = outside.path() + QStringLiteral("/victim.yml");
    writeText(victim, "keep\n");
    writeText(dir.path() + QStringLiteral("/deploy/a.yml"), "a\n");
    QVERIFY(QFile::link(victim, dir.path() + QStringLiteral("/deploy/x.yml")));
    ExportSet set;
    set.add(QStringLiteral("deploy/a.yml"), "changed\n");
    set.add(QStringLiteral("deploy/x.yml"), "x\n");
    QVERIFY(!ExportWriter::write(set, dir.path()).ok());
    QCOMPARE(readAll(victim), QByteArray("keep\n"));
    QCOMPARE(readAll(dir.path() + QStringLiteral("/deploy/a.yml")), QByteArray("a\n"));
}

void TestExportWriter::badPathWritesNothing()
{
    QTemporaryDir dir;
    ExportSet set;
    set.add(QStringLiteral("a/good.yml"), "x");
    set.add(QStringLiteral("../bad.yml"), "x");
    QVERIFY(!ExportWriter::write(set, dir.path()).ok());
    QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/a/good.yml")));
}

void TestExportWriter::unchangedFileKeepsItsTimestamp()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/a.yml");
    writeText(path, "same\n");
    const QDateTime old = QDateTime::fromSecsSinceEpoch(1000000000);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
    ExportSet set;
    set.add(QStringLiteral("a.yml"), "same\n");
    QVERIFY(ExportWriter::write(set, dir.path()).ok());
    QCOMPARE(QFileInfo(path).lastModified(), old);
    set.add(QStringLiteral("a.yml"), "changed\n");
    QVERIFY(ExportWriter::write(set, dir.path()).ok());
    QCOMPARE(readAll(path), QByteArray("changed\n"));
}

// A file the user made executable (a generated script) stays so when it is written again.
void TestExportWriter::replacedFileKeepsItsMode()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/run.sh");
    writeText(path, "old\n");
    const QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
        | QFile::ReadGroup | QFile::ExeGroup;
    QVERIFY(QFile::setPermissions(path, mode));
    ExportSet set;
    set.add(QStringLiteral("run.sh"), "new\n");
    QVERIFY(ExportWriter::write(set, dir.path()).ok());
    QCOMPARE(readAll(path), QByteArray("new\n"));
    QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             mode);
    // The replacement left nothing beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("run.sh")});
}

// A new file is readable as any file the user creates (not private to its owner, as a
// temporary file would be): a generated tree is meant to be shared and committed.
void TestExportWriter::newFileFollowsTheUmask()
{
    QTemporaryDir dir;
    ExportSet set;
    set.add(QStringLiteral("deploy/a.yml"), "a: 1\n");
    QVERIFY(ExportWriter::write(set, dir.path()).ok());
    const QString control = dir.path() + QStringLiteral("/control.txt");
    writeText(control, "x");
    const auto others = QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther;
    QCOMPARE(QFileInfo(dir.path() + QStringLiteral("/deploy/a.yml")).permissions() & others,
             QFileInfo(control).permissions() & others);
}

// A run killed between naming the new file and renaming it over the target leaves a temporary file
// beside it (tests/kill found them in the user's tree); the next write of that target removes it.
void TestExportWriter::leftoverOfAKilledRunIsRemoved()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/service.yaml");
    writeText(path, "old\n");
    writeText(dir.path() + QStringLiteral("/.service.yaml.stackdraft-0"), "half of new\n");
    ExportSet set;
    set.add(QStringLiteral("service.yaml"), "new\n");
    QVERIFY(ExportWriter::write(set, dir.path()).ok());
    QCOMPARE(readAll(path), QByteArray("new\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("service.yaml")});
}

// The Preview dock's Export: told after each file, and stopped when the answer is no; the files
// written before the stop stay.
void TestExportWriter::progressCountsFilesAndStops()
{
    QTemporaryDir dir;
    ExportSet set;
    for (int i = 0; i < 5; ++i)
        set.add(QStringLiteral("docs/file-%1.md").arg(i), QByteArray::number(i));
    QList<qsizetype> counts;
    QStringList told;
    const Status all
        = ExportWriter::write(set, dir.path(), [&](qsizetype done, const QString &path) {
              counts << done;
              told << path;
              return true;
          });
    QVERIFY(all.ok());
    QCOMPARE(counts, (QList<qsizetype> {1, 2, 3, 4, 5}));
    QCOMPARE(told, set.paths());

    QTemporaryDir other;
    const Status stopped
        = ExportWriter::write(set, other.path(), [](qsizetype done, const QString &) {
              return done < 2; // stop after the second file
          });
    QVERIFY(stopped.ok());
    QCOMPARE(QDir(other.path() + QStringLiteral("/docs")).entryList(QDir::Files).size(), 2);
}

QTEST_GUILESS_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
