#include "core/io/yamlparser.h"

#include "core/io/parsecontext.h"
#include "core/logging.h"

#include <QCoreApplication>

#include <exception>
#include <string>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace Stackdraft::Core {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectReader", text);
}

// The 0-based position of a tab in the line's indentation, or -1.
qsizetype tabInIndentation(const QByteArray &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '\t')
            return i;
        if (line[i] != ' ')
            break;
    }
    return -1;
}

// yaml-cpp's messages name the parser state ("end of map not found"); a person editing the file
// needs to know what to fix. The common ones get a hint, the text of the rest is kept as it is.
QString syntaxMessage(const std::string &yamlMessage, const QByteArray &lineText)
{
    // A tab in the indentation shows up as whatever yaml-cpp trips over next: name the cause.
    if (tabInIndentation(lineText) >= 0) {
        return tr("not valid YAML: a tab in the indentation; YAML indents with spaces (%1)")
            .arg(QString::fromStdString(yamlMessage));
    }
    struct Hint
    {
        const char *message;
        const char *hint;
    };
    static const Hint hints[] = {
        {YAML::ErrorMsg::MAP_VALUE,
         QT_TRANSLATE_NOOP(
             "ProjectReader",
             "a ':' where no key can start; quote text that contains ': ' (\"a: b\")")},
        {YAML::ErrorMsg::END_OF_MAP,
         QT_TRANSLATE_NOOP("ProjectReader",
                           "this line is indented differently from the keys above it")},
        {YAML::ErrorMsg::END_OF_SEQ,
         QT_TRANSLATE_NOOP("ProjectReader",
                           "this line is indented differently from the list items above it")},
        {YAML::ErrorMsg::END_OF_MAP_FLOW,
         QT_TRANSLATE_NOOP("ProjectReader", "a '{' mapping is not closed with '}'")},
        {YAML::ErrorMsg::END_OF_SEQ_FLOW,
         QT_TRANSLATE_NOOP("ProjectReader", "a '[' list is not closed with ']'")},
        {YAML::ErrorMsg::BLOCK_ENTRY,
         QT_TRANSLATE_NOOP("ProjectReader",
                           "a '- ' list item where a 'key: value' line is expected")},
        {YAML::ErrorMsg::EOF_IN_SCALAR,
         QT_TRANSLATE_NOOP("ProjectReader",
                           "a quoted text is not closed before the end of the file")},
    };
    const QString original = QString::fromStdString(yamlMessage);
    for (const Hint &hint : hints) {
        if (yamlMessage == hint.message) {
            return tr("not valid YAML: %1 (%2)")
                .arg(QCoreApplication::translate("ProjectReader", hint.hint), original);
        }
    }
    return tr("not valid YAML: %1").arg(original);
}

class Converter
{
public:
    explicit Converter(const QString &fileName)
        : m_fileName(fileName)
    {
    }

    bool failed() const { return !m_error.message.isEmpty(); }
    const Error &error() const { return m_error; }

    YamlNode convert(const YAML::Node &node, const YAML::Mark &fallback, const QString &path)
    {
        YamlNode out;
        if (failed())
            return out;
        if (++m_count > YamlParser::MaxNodes) {
            fail(tr("the document expands to more than %1 nodes (aliases?); it is "
                    "not a project file")
                     .arg(YamlParser::MaxNodes),
                 node.Mark(), path);
            return out;
        }
        setMark(out, node.Mark().is_null() ? fallback : node.Mark());
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            out.kind = YamlNode::Kind::Null;
            break;
        case YAML::NodeType::Scalar:
            out.kind = YamlNode::Kind::Scalar;
            out.scalar = QString::fromStdString(node.Scalar());
            // yaml-cpp tags plain scalars "?" and quoted or block scalars "!".
            out.quoted = node.Tag() == "!";
            break;
        case YAML::NodeType::Sequence:
            out.kind = YamlNode::Kind::Sequence;
            for (const YAML::Node &item : node)
                out.items.push_back(
                    convert(item, node.Mark(), ParseContext::index(path, int(out.items.size()))));
            break;
        case YAML::NodeType::Map:
            out.kind = YamlNode::Kind::Map;
            for (const auto &entry : node) {
                if (!entry.first.IsScalar()) {
                    fail(tr("a key must be plain text, not a list or mapping"), entry.first.Mark(),
                         path);
                    return out;
                }
                YamlNode key = convert(entry.first, node.Mark(), path);
                const QString keyPath = ParseContext::join(path, key.scalar);
                for (const YamlNode &seen : out.keys) {
                    if (seen.scalar == key.scalar) {
                        fail(tr("duplicate key '%1' (first at line %2)")
                                 .arg(key.scalar)
                                 .arg(seen.line),
                             entry.first.Mark(), keyPath);
                        return out;
                    }
                }
                YamlNode value = convert(entry.second, entry.first.Mark(), keyPath);
                if (value.isNull()) { // `key:` with no value: point at the key, not the
                                      // next line
                    value.line = key.line;
                    value.column = key.column;
                }
                out.keys.push_back(std::move(key));
                out.values.push_back(std::move(value));
            }
            break;
        }
        return out;
    }

    void fail(const QString &message, const YAML::Mark &mark, const QString &path = {})
    {
        if (failed())
            return;
        m_error.message = message;
        m_error.file = m_fileName;
        m_error.field = path;
        if (!mark.is_null()) {
            m_error.line = mark.line + 1;
            m_error.column = mark.column + 1;
        }
    }

private:
    static void setMark(YamlNode &node, const YAML::Mark &mark)
    {
        if (!mark.is_null()) {
            node.line = mark.line + 1;
            node.column = mark.column + 1;
        }
    }

    QString m_fileName;
    Error m_error;
    int m_count = 0;
};

} // namespace

namespace {

// Loads the stream and converts its documents; `single` refuses a second document (project files).
Result<std::vector<YamlNode>> load(const QByteArray &bytes, const QString &fileName, bool single)
{
    Converter converter(fileName);
    try {
        const std::string text(bytes.constData(), size_t(bytes.size()));
        const std::vector<YAML::Node> documents = YAML::LoadAll(text);
        if (single && documents.size() > 1) {
            converter.fail(tr("the file holds %1 YAML documents; a project file holds one")
                               .arg(documents.size()),
                           documents[1].Mark());
            return converter.error();
        }
        std::vector<YamlNode> roots;
        roots.reserve(documents.size());
        for (const YAML::Node &document : documents) {
            roots.push_back(converter.convert(document, YAML::Mark(), QString()));
            if (converter.failed())
                return converter.error();
        }
        return roots;
    } catch (const YAML::DeepRecursion &e) {
        converter.fail(tr("the YAML nests deeper than %1 levels").arg(e.depth()), e.mark);
    } catch (const YAML::Exception &e) {
        // e.msg is yaml-cpp's English description; syntaxMessage() adds what to fix.
        const QList<QByteArray> lines = bytes.split('\n');
        const QByteArray line = e.mark.is_null() ? QByteArray() : lines.value(e.mark.line);
        YAML::Mark mark = e.mark;
        if (const qsizetype tab = tabInIndentation(line); tab >= 0)
            mark.column = int(tab); // point at the tab, not at where the parser gave up
        converter.fail(syntaxMessage(e.msg, line), mark);
    } catch (const std::exception &e) {
        qCWarning(lcIo) << "yaml-cpp failed on" << fileName << e.what();
        converter.fail(tr("could not parse the file: %1").arg(QString::fromLocal8Bit(e.what())),
                       YAML::Mark::null_mark());
    }
    return converter.error();
}

} // namespace

Result<YamlNode> YamlParser::parse(const QByteArray &bytes, const QString &fileName)
{
    Result<std::vector<YamlNode>> documents = load(bytes, fileName, true);
    if (!documents)
        return documents.error();
    if (documents->empty())
        return YamlNode {};
    return std::move(documents->front());
}

Result<std::vector<YamlNode>> YamlParser::parseAll(const QByteArray &bytes, const QString &fileName)
{
    return load(bytes, fileName, false);
}

} // namespace Stackdraft::Core
