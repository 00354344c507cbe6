#include "core/import/importsources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace Stackdraft::Core {
namespace {

Error error(const QString &file, const QString &message)
{
    return Error {message, file, 0, 0, {}};
}

const QStringList KustomizationNames
    = {QStringLiteral("kustomization.yaml"), QStringLiteral("kustomization.yml"),
       QStringLiteral("Kustomization")};
const QStringList ComposeNames
    = {QStringLiteral("compose.yaml"), QStringLiteral("compose.yml"),
       QStringLiteral("docker-compose.yaml"), QStringLiteral("docker-compose.yml")};

} // namespace

Result<ImportFile> ImportSources::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return error(path, QCoreApplication::translate("Import", "no such file or directory"));
    if (!info.isFile())
        return error(path, QCoreApplication::translate("Import", "not a regular file"));
    if (info.size() > MaxFileSize) {
        return error(path,
                     QCoreApplication::translate(
                         "Import", "the file is %1 MB; files over %2 MB are not imported")
                         .arg(info.size() / (1024 * 1024))
                         .arg(MaxFileSize / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error(
            path, QCoreApplication::translate("Import", "cannot read: %1").arg(file.errorString()));
    // Read at most one byte past the bound: the file may have grown since it was measured.
    QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return error(path,
                     QCoreApplication::translate("Import", "the file is over %1 MB; not imported")
                         .arg(MaxFileSize / (1024 * 1024)));
    return ImportFile {path, bytes};
}

bool ImportSources::isKustomization(const QString &directory)
{
    for (const QString &name : KustomizationNames) {
        if (QFileInfo(QDir(directory).filePath(name)).isFile())
            return true;
    }
    return false;
}

Result<ImportFile> ImportSources::renderKustomization(const QString &directory)
{
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty()) {
        return error(
            directory,
            QCoreApplication::translate(
                "Import",
                "a Kustomize directory: rendering it needs kubectl, which is not installed; "
                "install kubectl, or render it elsewhere (kubectl kustomize DIR > all.yaml) "
                "and import that file"));
    }
    QProcess process;
    process.setProgram(kubectl);
    process.setArguments({QStringLiteral("kustomize"), directory});
    process.start();
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        return error(directory,
                     QCoreApplication::translate("Import", "kubectl kustomize failed: %1")
                         .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
    }
    const QByteArray bytes = process.readAllStandardOutput();
    if (bytes.size() > MaxFileSize)
        return error(directory,
                     QCoreApplication::translate(
                         "Import", "the rendered manifests are over %1 MB; not imported")
                         .arg(MaxFileSize / (1024 * 1024)));
    return ImportFile {directory, bytes};
}

Result<QList<ImportFile>> ImportSources::read(const QStringList &paths, const QString &format)
{
    QList<ImportFile> files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            Result<ImportFile> file = readFile(path);
            if (!file)
                return file.error();
            files << file.value();
            continue;
        }
        if (isKustomization(path) && format != QLatin1String("compose")) {
            Result<ImportFile> rendered = renderKustomization(path);
            if (!rendered)
                return rendered.error();
            files << rendered.value();
            continue;
        }
        const QDir dir(path);
        QStringList names;
        if (format == QLatin1String("compose")) {
            for (const QString &name : ComposeNames) {
                if (!dir.exists(name))
                    continue;
                names << name;
                const QString override = QFileInfo(name).completeBaseName()
                    + QStringLiteral(".override.") + QFileInfo(name).suffix();
                if (dir.exists(override))
                    names << override;
                break;
            }
        } else {
            names = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml"),
                                   QStringLiteral("*.json"), QStringLiteral("*.md"),
                                   QStringLiteral("*.mmd")},
                                  QDir::Files, QDir::Name);
        }
        if (names.isEmpty())
            return error(
                path, QCoreApplication::translate("Import", "no file to import in this directory"));
        for (const QString &name : std::as_const(names)) {
            Result<ImportFile> file = readFile(dir.filePath(name));
            if (!file)
                return file.error();
            files << file.value();
        }
        if (files.size() > MaxFiles)
            return error(path,
                         QCoreApplication::translate("Import", "more than %1 files; not imported")
                             .arg(MaxFiles));
    }
    return files;
}

QMap<QString, QString> ImportSources::readDotEnv(const QString &path)
{
    QFile file(path);
    if (file.size() > MaxFileSize || !file.open(QIODevice::ReadOnly))
        return {};
    return parseDotEnv(file.readAll());
}

QMap<QString, QString> ImportSources::parseDotEnv(const QByteArray &bytes)
{
    QMap<QString, QString> vars;
    for (const QByteArray &rawLine : bytes.split('\n')) {
        QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2
            && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))))) {
            value = value.mid(1, value.size() - 2);
        } else if (const qsizetype hash = value.indexOf(QLatin1String(" #")); hash >= 0) {
            value = value.left(hash).trimmed(); // an inline comment after an unquoted value
        }
        vars.insert(key, value);
    }
    return vars;
}

} // namespace Stackdraft::Core
