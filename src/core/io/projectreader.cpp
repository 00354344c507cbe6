#include "core/io/projectreader.h"

#include "core/io/parsecontext.h"
#include "core/io/projectparser.h"
#include "core/io/yamlparser.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Stackdraft::Core {
namespace {

Error tooLarge(const QString &fileName, qint64 size)
{
    // Exact sizes: "8.0 MB" for a file of 8.05 MB would contradict the limit it is refused by.
    const QLocale locale;
    return Error {QCoreApplication::translate(
                      "Stackdraft::Core::ProjectReader",
                      "the file is %1 bytes; project files are limited to %2 bytes (%3 MiB), so "
                      "this is not a project file")
                      .arg(locale.toString(size), locale.toString(ProjectReader::MaxFileSize))
                      .arg(ProjectReader::MaxFileSize / (1024 * 1024)),
                  fileName,
                  0,
                  0,
                  {}};
}

} // namespace

Result<Project> ProjectReader::readFile(const QString &path, const Catalog &catalog)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error {
            QCoreApplication::translate("Stackdraft::Core::ProjectReader", "no such file"),
            path,
            0,
            0,
            {}};
    if (info.isDir())
        return Error {QCoreApplication::translate("Stackdraft::Core::ProjectReader",
                                                  "this is a directory, not a project file"),
                      path,
                      0,
                      0,
                      {}};
    if (info.size() > MaxFileSize)
        return tooLarge(path, info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate("Stackdraft::Core::ProjectReader",
                                                  "cannot read the file: %1")
                          .arg(file.errorString()),
                      path,
                      0,
                      0,
                      {}};
    // Read one byte more than allowed so a file that grew since stat() is still
    // caught.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error {QCoreApplication::translate("Stackdraft::Core::ProjectReader",
                                                  "cannot read the file: %1")
                          .arg(file.errorString()),
                      path,
                      0,
                      0,
                      {}};
    return read(bytes, path, catalog);
}

Result<Project> ProjectReader::read(const QByteArray &bytes, const QString &fileName,
                                    const Catalog &catalog)
{
    if (bytes.size() > MaxFileSize)
        return tooLarge(fileName, bytes.size());
    if (bytes.trimmed().isEmpty())
        return Error {QCoreApplication::translate(
                          "Stackdraft::Core::ProjectReader",
                          "the file is empty; a project file starts with 'stackdraft: 1'"),
                      fileName,
                      1,
                      1,
                      {}};
    Result<YamlNode> tree = YamlParser::parse(bytes, fileName);
    if (!tree)
        return tree.error();
    ParseContext context(fileName);
    // Mounted files' sources are read beside the project file.
    ProjectParser parser(context, catalog, QFileInfo(fileName).absolutePath());
    Project project = parser.parse(tree.value());
    if (context.failed()) {
        qCDebug(lcIo) << "rejected" << fileName << context.error().toString();
        return context.error();
    }
    return project;
}

} // namespace Stackdraft::Core
