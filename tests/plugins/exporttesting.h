#pragma once

#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "core/export/exportwriter.h"
#include "core/io/projectreader.h"
#include "core/model/project.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Shared by the plugin tests: the registry loading the plugins of this build tree, the examples,
// and golden-file comparison with `diff -u` output.
namespace ExportTesting {

using namespace Stackdraft::Core;

inline const QStringList &exampleNames()
{
    static const QStringList names
        = {QStringLiteral("chatgepeto"), QStringLiteral("urbana-connect"),
           QStringLiteral("webot-chatflow")};
    return names;
}

inline ExporterRegistry &registry()
{
    static ExporterRegistry *r = [] {
        auto *loaded = new ExporterRegistry;
        loaded->addDirectory(QStringLiteral(STACKDRAFT_BINARY_DIR "/plugins"));
        return loaded;
    }();
    return *r;
}

inline Project example(const QString &name)
{
    const QString path
        = QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/%1.stackdraft.yaml").arg(name);
    Result<Project> project = ProjectReader::readFile(path, Catalog::standard());
    if (!project)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(project.error().toString()));
    return project.value();
}

// A project made for the conformance tests (tests/conformance/projects/<name>.stackdraft.yaml).
inline Project conformanceProject(const QString &name)
{
    const QString path
        = QStringLiteral(STACKDRAFT_SOURCE_DIR "/tests/conformance/projects/%1.stackdraft.yaml")
              .arg(name);
    Result<Project> project = ProjectReader::readFile(path, Catalog::standard());
    if (!project)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(project.error().toString()));
    return project.value();
}

inline Result<ExportSet> generate(const Project &project, const QStringList &formats,
                                  const QString &environment = {})
{
    const ExportRequest request {.catalog = &Catalog::standard(),
                                 .priceBooks = &PriceBooks::standard(),
                                 .environment = environment};
    return registry().generate(project, request, formats);
}

inline QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

inline QString unifiedDiff(const QString &expectedPath, const QByteArray &actual)
{
    QTemporaryDir tmp;
    const QString actualPath = tmp.filePath(QStringLiteral("actual"));
    QFile f(actualPath);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("(cannot write a temporary file)");
    f.write(actual);
    f.close();
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), expectedPath, actualPath});
    diff.waitForFinished();
    return QString::fromUtf8(diff.readAllStandardOutput());
}

// Compares `set` with the files under golden/<name>; STACKDRAFT_REGENERATE_GOLDEN=1 rewrites them
// instead. Returns an empty string when they match, else a readable report (missing, extra, diff
// -u).
inline QString compareWithGolden(const ExportSet &set, const QString &name)
{
    const QString dir = QStringLiteral(STACKDRAFT_SOURCE_DIR "/tests/plugins/golden/%1").arg(name);
    if (qEnvironmentVariableIntValue("STACKDRAFT_REGENERATE_GOLDEN") == 1) {
        QDir(dir).removeRecursively();
        const Status written = ExportWriter::write(set, dir);
        return written ? QString() : written.error().toString();
    }
    QString report;
    const QStringList golden = filesUnder(dir);
    for (const QString &path : golden) {
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
            report += unifiedDiff(expectedPath, set.file(path));
    }
    if (!report.isEmpty())
        report += QStringLiteral(
            "(run with STACKDRAFT_REGENERATE_GOLDEN=1 to accept the new output)\n");
    return report;
}

} // namespace ExportTesting
