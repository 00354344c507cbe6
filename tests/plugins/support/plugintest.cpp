#include "plugintest.h"

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

bool matchesGolden(const Core::ExportSet &set, const QString &goldenDir, QString *report)
{
    if (qEnvironmentVariableIntValue("STACKDRAFT_REGENERATE_GOLDEN") == 1) {
        QDir(goldenDir).removeRecursively();
        for (auto it = set.files().cbegin(); it != set.files().cend(); ++it) {
            const QString path = goldenDir + QLatin1Char('/') + it.key();
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()) {
                *report = QStringLiteral("cannot write %1").arg(path);
                return false;
            }
        }
        return true;
    }

    QStringList golden;
    for (QDirIterator it(goldenDir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        golden << QDir(goldenDir).relativeFilePath(it.next());
    golden.sort();
    QString out;
    for (const QString &path : std::as_const(golden)) {
        if (!set.contains(path))
            out += QStringLiteral("missing from the output: %1\n").arg(path);
    }
    QTemporaryDir scratch;
    for (const QString &path : set.paths()) {
        const QString goldenPath = goldenDir + QLatin1Char('/') + path;
        QFile file(goldenPath);
        if (!file.open(QIODevice::ReadOnly)) {
            out += QStringLiteral("not in the golden files: %1\n").arg(path);
            continue;
        }
        if (file.readAll() == set.file(path))
            continue;
        const QString actual
            = scratch.filePath(QString(path).replace(QLatin1Char('/'), QLatin1Char('_')));
        QFile actualFile(actual);
        if (actualFile.open(QIODevice::WriteOnly))
            actualFile.write(set.file(path));
        actualFile.close();
        QProcess diff;
        diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), goldenPath, actual});
        diff.waitForFinished();
        out += QStringLiteral("differs: %1\n%2\n")
                   .arg(path, QString::fromUtf8(diff.readAllStandardOutput()));
    }
    if (!out.isEmpty())
        out += QStringLiteral(
            "(run with STACKDRAFT_REGENERATE_GOLDEN=1 to accept the new output)\n");
    *report = out;
    return out.isEmpty();
}

QByteArray concatenated(const Core::ExportSet &set)
{
    QByteArray all;
    for (auto it = set.files().cbegin(); it != set.files().cend(); ++it)
        all += it.key().toUtf8() + '\n' + it.value() + '\n';
    return all;
}

} // namespace Stackdraft::PluginTest
