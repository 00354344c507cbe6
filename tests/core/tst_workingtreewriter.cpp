#include "core/model/project.h"
#include "core/vcs/outputpaths.h"
#include "core/vcs/workingtreewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdraft::Core;

class TestWorkingTreeWriter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesAndRemovesInsideOutputs();
    void refusesOutside_data();
    void refusesOutside();
    void refusesSymbolicLinks();

private:
    OutputPaths paths() const;
    std::unique_ptr<QTemporaryDir> m_tree;
};

void TestWorkingTreeWriter::init()
{
    m_tree = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tree->isValid());
}

OutputPaths TestWorkingTreeWriter::paths() const
{
    return *OutputPaths::resolve(Project {}, m_tree->filePath(QStringLiteral("p.stackdraft.yaml")),
                                 m_tree->path());
}

void TestWorkingTreeWriter::writesAndRemovesInsideOutputs()
{
    const WorkingTreeWriter writer(paths());
    QVERIFY(writer.write(QStringLiteral("deploy/k8s/base/api.yaml"), "kind: Service\n"));
    QVERIFY(writer.write(QStringLiteral("deploy/k8s/overlays/prod/patch.yaml"), "x\n"));
    QFile file(m_tree->filePath(QStringLiteral("deploy/k8s/base/api.yaml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("kind: Service\n"));

    QVERIFY(writer.remove(QStringLiteral("deploy/k8s/base/api.yaml")));
    QVERIFY(!QFileInfo::exists(m_tree->filePath(QStringLiteral("deploy/k8s/base"))));
    QVERIFY(
        QFileInfo::exists(m_tree->filePath(QStringLiteral("deploy/k8s/overlays/prod/patch.yaml"))));
    QVERIFY(writer.remove(QStringLiteral("deploy/k8s/overlays/prod/patch.yaml")));
    QVERIFY(!QFileInfo::exists(m_tree->filePath(QStringLiteral("deploy/k8s"))));
    QVERIFY(QFileInfo::exists(m_tree->filePath(QStringLiteral("deploy")))); // the output root stays
}

void TestWorkingTreeWriter::refusesOutside_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("root file") << "README.md";
    QTest::addRow("parent") << "deploy/../README.md";
    QTest::addRow("git config") << "deploy/.git/config";
    QTest::addRow("sibling prefix") << "deployment/x.yaml";
}

void TestWorkingTreeWriter::refusesOutside()
{
    QFETCH(QString, path);
    const WorkingTreeWriter writer(paths());
    const Status written = writer.write(path, "x");
    QVERIFY(!written);
    QVERIFY(written.error().message.contains(path));
    QVERIFY(!writer.remove(path));
    QVERIFY(QDir(m_tree->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestWorkingTreeWriter::refusesSymbolicLinks()
{
    QTemporaryDir elsewhere;
    QVERIFY(QFile::link(elsewhere.path(), m_tree->filePath(QStringLiteral("deploy"))));
    const WorkingTreeWriter writer(paths());
    QVERIFY(!writer.write(QStringLiteral("deploy/x.yaml"), "x"));
    QVERIFY(QDir(elsewhere.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkingTreeWriter)
#include "tst_workingtreewriter.moc"
