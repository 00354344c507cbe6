#include "plugintest.h"

#include "core/export/exportwriter.h"
#include "core/io/projectreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPluginLoader>
#include <QProcess>
#include <QTemporaryDir>

namespace Stackdraft::PluginTest {

Core::Exporter *loadExporter(const QString &name, QString *error)
{
    const QDir dir(QStringLiteral(STACKDRAFT_PLUGIN_BUILD_DIR));
    const QStringList files
        = dir.entryList({QStringLiteral("*%1*").arg(name)}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QPluginLoader loader(dir.absoluteFilePath(file));
        if (QObject *instance = loader.instance()) {
            if (auto *exporter = qobject_cast<Core::Exporter *>(instance))
                return exporter;
        }
        *error = loader.errorString();
    }
    if (files.isEmpty())
        *error = QStringLiteral("no plugin matching '%1' in %2").arg(name, dir.path());
    return nullptr;
}

namespace {

Core::Project load(const QString &path, bool *ok)
{
    auto project = Core::ProjectReader::readFile(path, Core::Catalog::standard());
    *ok = project.ok();
    if (!project) {
        qWarning().noquote() << project.error().toString();
        return {};
    }
    return project.value();
}

} // namespace

Core::Project loadExample(const QString &name, bool *ok)
{
    return load(QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/%1.stackdraft.yaml").arg(name), ok);
}

Core::Project loadConformanceProject(const QString &name, bool *ok)
{
    return load(
        QStringLiteral(STACKDRAFT_SOURCE_DIR "/tests/conformance/projects/%1.stackdraft.yaml")
            .arg(name),
        ok);
}

QString goldenDir(const QString &example, const QString &format)
{
    return QStringLiteral(STACKDRAFT_SOURCE_DIR "/tests/plugins/golden/%1/%2").arg(example, format);
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    for (QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();)
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

namespace {

// `diff -u expected actual`, the actual bytes written to a scratch file.
QString unifiedDiff(const QString &expectedPath, const QByteArray &actual)
{
    QTemporaryDir scratch;
    const QString actualPath = scratch.filePath(QStringLiteral("actual"));
    QFile file(actualPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(actual) != actual.size())
        return QStringLiteral("(cannot write %1)\n").arg(actualPath);
    file.close();
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), expectedPath, actualPath});
    diff.waitForFinished();
    return QString::fromUtf8(diff.readAllStandardOutput());
}

} // namespace

QString compareWithGolden(const Core::ExportSet &set, const QString &example, const QString &format)
{
    const QString dir = goldenDir(example, format);
    if (qEnvironmentVariableIntValue("STACKDRAFT_REGENERATE_GOLDEN") == 1) {
        QDir(dir).removeRecursively();
        const Core::Status written = Core::ExportWriter::write(set, dir);
        return written ? QString() : written.error().toString();
    }
    QString report;
    for (const QString &path : filesUnder(dir)) {
        if (!set.contains(path))
            report += QStringLiteral("no longer generated: %1\n").arg(path);
    }
    for (const QString &path : set.paths()) {
        const QString expectedPath = QDir(dir).filePath(path);
        QFile expected(expectedPath);
        if (!expected.open(QIODevice::ReadOnly)) {
            report += QStringLiteral("new file, not in the golden set: %1\n").arg(path);
            continue;
        }
        if (expected.readAll() != set.file(path))
            report += QStringLiteral("differs: %1\n%2")
                          .arg(path, unifiedDiff(expectedPath, set.file(path)));
    }
    if (!report.isEmpty())
        report += QStringLiteral("in %1 (run with STACKDRAFT_REGENERATE_GOLDEN=1 to accept the new "
                                 "output)\n")
                      .arg(dir);
    return report;
}

QByteArray concatenated(const Core::ExportSet &set)
{
    QByteArray all;
    for (auto it = set.files().cbegin(); it != set.files().cend(); ++it)
        all += it.key().toUtf8() + '\n' + it.value() + '\n';
    return all;
}

} // namespace Stackdraft::PluginTest
