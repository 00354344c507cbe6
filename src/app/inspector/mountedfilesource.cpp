#include "app/inspector/mountedfilesource.h"

#include "core/io/mountedfileparser.h"
#include "core/io/yamlnode.h"

namespace Stackdraft::App::MountedFileSource {

namespace {

Core::YamlNode text(const QString &value)
{
    Core::YamlNode node;
    node.kind = Core::YamlNode::Kind::Scalar;
    node.scalar = value;
    node.quoted = true;
    return node;
}

} // namespace

Core::Result<QByteArray> read(const QString &projectDirectory, const QString &source)
{
    // One `files:` entry as the file would hold it, read by the reader's own parser.
    Core::YamlNode entry;
    entry.kind = Core::YamlNode::Kind::Map;
    entry.keys = {text(QStringLiteral("path")), text(QStringLiteral("source"))};
    entry.values = {text(QStringLiteral("/source")), text(source)};
    Core::YamlNode list;
    list.kind = Core::YamlNode::Kind::Sequence;
    list.items = {entry};
    Core::ParseContext context {QString()};
    Core::MountedFileParser parser(context, projectDirectory);
    const QList<Core::MountedFile> files = parser.parse(list, QStringLiteral("files"));
    if (context.failed() || files.isEmpty())
        return Core::Error {context.error().message};
    return files.first().content;
}

} // namespace Stackdraft::App::MountedFileSource
