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

Result<YamlNode> YamlParser::parse(const QByteArray &bytes, const QString &fileName)
{
    Converter converter(fileName);
    try {
        const std::string text(bytes.constData(), size_t(bytes.size()));
        const std::vector<YAML::Node> documents = YAML::LoadAll(text);
        if (documents.size() > 1) {
            converter.fail(tr("the file holds %1 YAML documents; a project file holds one")
                               .arg(documents.size()),
                           documents[1].Mark());
            return converter.error();
        }
        if (documents.empty())
            return YamlNode {};
        YamlNode root = converter.convert(documents.front(), YAML::Mark(), QString());
        if (converter.failed())
            return converter.error();
        return root;
    } catch (const YAML::DeepRecursion &e) {
        converter.fail(tr("the YAML nests deeper than %1 levels").arg(e.depth()), e.mark);
    } catch (const YAML::Exception &e) {
        // e.msg is yaml-cpp's English description ("illegal map value", "end of map
        // not found").
        converter.fail(tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)), e.mark);
    } catch (const std::exception &e) {
        qCWarning(lcIo) << "yaml-cpp failed on" << fileName << e.what();
        converter.fail(tr("could not parse the file: %1").arg(QString::fromLocal8Bit(e.what())),
                       YAML::Mark::null_mark());
    }
    return converter.error();
}

} // namespace Stackdraft::Core
