#include "core/io/mountedfileparser.h"

#include "core/echo.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

namespace Stackdraft::Core {

namespace {

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

} // namespace

QString MountedFileParser::containerPathProblem(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return tr("a container path is absolute: write it from the root, e.g. '/etc/app/%1'")
            .arg(Echo::value(path.section(QLatin1Char('/'), -1)));
    if (path.size() == 1 || path.endsWith(QLatin1Char('/')))
        return tr("'%1' names a directory; a mounted file needs the file's own name")
            .arg(Echo::value(path));
    const QStringList parts = path.mid(1).split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return tr("'%1' is not a plain path: write it without '//', '.' or '..'")
                .arg(Echo::value(path));
    }
    for (const QChar c : path) {
        if (c.category() == QChar::Other_Control)
            return tr("a container path cannot hold control characters");
    }
    return {};
}

QString MountedFileParser::sourcePathProblem(const QString &source)
{
    if (source.startsWith(QLatin1Char('/')) || source.startsWith(QLatin1Char('\\'))
        || (source.size() > 1 && source.at(1) == QLatin1Char(':')))
        return tr("'%1' is absolute; a source is a path relative to the project file's directory")
            .arg(Echo::value(source));
    const QStringList parts = source.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return tr("'%1' leaves the project file's directory ('..'); keep configuration files "
                      "beside the project, e.g. in config/")
                .arg(Echo::value(source));
        if (part.isEmpty() || part == QLatin1String("."))
            return tr("'%1' is not a plain relative path: write it without '//', './' or a "
                      "final '/'")
                .arg(Echo::value(source));
    }
    return {};
}

QList<MountedFile> MountedFileParser::parse(const YamlNode &node, const QString &field)
{
    QList<MountedFile> files;
    if (!m_context.expectSequence(node, field))
        return files;
    QHash<QString, int> byPath;
    for (size_t i = 0; i < node.items.size() && !m_context.failed(); ++i) {
        const QString itemField = ParseContext::index(field, int(i));
        MountedFile file = parseItem(node.items[i], itemField);
        if (m_context.failed())
            break;
        const auto taken = byPath.constFind(file.path);
        if (taken != byPath.cend()) {
            const YamlNode *path = node.items[i].find(ParseContext::key("path"));
            m_context.fail(path ? *path : node.items[i], ParseContext::sub(itemField, "path"),
                           tr("'%1' is already mounted by %2: one file per container path")
                               .arg(Echo::value(file.path), ParseContext::index(field, *taken)));
            break;
        }
        byPath.insert(file.path, int(i));
        files.append(file);
    }
    return files;
}

MountedFile MountedFileParser::parseItem(const YamlNode &item, const QString &field)
{
    MountedFile file;
    if (!m_context.expectMap(item, field))
        return file;
    m_context.checkKeys(item, field, ParseContext::keys({"path", "content", "source"}));
    const YamlNode *path = item.find(ParseContext::key("path"));
    const QString pathField = ParseContext::sub(field, "path");
    if (!path) {
        m_context.fail(item, pathField,
                       tr("a mounted file needs its 'path' in the container "
                          "(e.g. /etc/nginx/conf.d/default.conf)"));
        return file;
    }
    file.path = m_context.requiredText(*path, pathField);
    if (m_context.failed())
        return file;
    if (const QString problem = containerPathProblem(file.path); !problem.isEmpty()) {
        m_context.fail(*path, pathField, problem);
        return file;
    }
    const YamlNode *content = item.find(ParseContext::key("content"));
    const YamlNode *source = item.find(ParseContext::key("source"));
    if (content && source) {
        m_context.fail(*source, ParseContext::sub(field, "source"),
                       tr("a mounted file has either 'content' (inline) or 'source' (a file "
                          "beside the project), not both"));
        return file;
    }
    if (!content && !source) {
        m_context.fail(item, field,
                       tr("mounted file '%1' needs 'content' (the text, inline) or 'source' (a "
                          "file beside the project)")
                           .arg(Echo::value(file.path)));
        return file;
    }
    if (content) {
        const QString contentField = ParseContext::sub(field, "content");
        if (!content->isNull() && !content->isScalar()) {
            m_context.fail(*content, contentField,
                           tr("expected the file's text, found %1; write it as a block "
                              "(content: |) to keep its layout")
                               .arg(content->kindName()));
            return file;
        }
        file.content = content->scalar.toUtf8();
        if (file.content.size() > MountedFile::MaxSize)
            m_context.fail(*content, contentField,
                           tr("the content is %1 bytes; a mounted file is limited to %2 bytes")
                               .arg(QLocale().toString(file.content.size()),
                                    QLocale().toString(MountedFile::MaxSize)));
        return file;
    }
    const QString sourceField = ParseContext::sub(field, "source");
    file.source = m_context.requiredText(*source, sourceField);
    if (m_context.failed())
        return file;
    if (const QString problem = sourcePathProblem(file.source); !problem.isEmpty()) {
        m_context.fail(*source, sourceField, problem);
        return file;
    }
    file.content = load(*source, sourceField, file.source);
    return file;
}

QByteArray MountedFileParser::load(const YamlNode &node, const QString &field,
                                   const QString &source)
{
    const QString path = m_base.filePath(source);
    const QFileInfo info(path);
    if (!info.exists()) {
        m_context.fail(node, field,
                       tr("source file '%1' not found (looked for %2)")
                           .arg(Echo::value(source), Echo::value(QDir::toNativeSeparators(path))));
        return {};
    }
    // A symbolic link may not lead out of the project directory either.
    const QString base = m_base.canonicalPath();
    const QString target = info.canonicalFilePath();
    if (!info.isFile() || base.isEmpty() || !target.startsWith(base + QLatin1Char('/'))) {
        m_context.fail(node, field,
                       info.isFile()
                           ? tr("source file '%1' leads out of the project file's directory")
                                 .arg(Echo::value(source))
                           : tr("source '%1' is not a file").arg(Echo::value(source)));
        return {};
    }
    if (info.size() > MountedFile::MaxSize) {
        m_context.fail(node, field,
                       tr("source file '%1' is %2 bytes; a mounted file is limited to %3 bytes")
                           .arg(Echo::value(source), QLocale().toString(info.size()),
                                QLocale().toString(MountedFile::MaxSize)));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_context.fail(
            node, field,
            tr("cannot read source file '%1': %2").arg(Echo::value(source), file.errorString()));
        return {};
    }
    const QByteArray bytes = file.read(MountedFile::MaxSize + 1);
    if (bytes.size() > MountedFile::MaxSize || !isUtf8(bytes)) {
        m_context.fail(node, field,
                       bytes.size() > MountedFile::MaxSize
                           ? tr("source file '%1' is larger than %2 bytes, the limit of a "
                                "mounted file")
                                 .arg(Echo::value(source), QLocale().toString(MountedFile::MaxSize))
                           : tr("source file '%1' is not UTF-8 text; mounted files are "
                                "configuration text")
                                 .arg(Echo::value(source)));
        return {};
    }
    return bytes;
}

} // namespace Stackdraft::Core
