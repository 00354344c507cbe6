#include "core/io/yamltreebuilder.h"

#include "core/echo.h"
#include "core/io/parsecontext.h"

#include <QCoreApplication>

namespace Stackdraft::Core {
namespace {

// Maps with more keys than this find repeats through a hash; smaller ones compare directly, which
// is cheaper than building a hash for the many two- and three-key maps of a project file.
constexpr size_t HashedKeysFrom = 8;

void setMark(YamlNode &node, const YAML::Mark &mark)
{
    if (!mark.is_null()) {
        node.line = mark.line + 1;
        node.column = mark.column + 1;
    }
}

} // namespace

YamlTreeBuilder::YamlTreeBuilder(const QString &fileName, int maxNodes, int counted)
    : m_fileName(fileName)
    , m_maxNodes(maxNodes)
    , m_count(counted)
{
}

void YamlTreeBuilder::fail(const QString &message, int line, int column, const QString &field)
{
    if (!m_failure)
        m_failure = Error {message, m_fileName, line, column, field};
    // Nothing more is built: the events that follow only run yaml-cpp to the end of the text.
    m_stack.clear();
    m_anchors.clear();
    m_root = {};
}

void YamlTreeBuilder::OnDocumentStart(const YAML::Mark &mark)
{
    m_documentStart = mark;
}

void YamlTreeBuilder::OnDocumentEnd() { }

void YamlTreeBuilder::OnAnchor(const YAML::Mark &, const std::string &name)
{
    m_pendingAnchorName = QString::fromStdString(name);
}

bool YamlTreeBuilder::expectingKey() const
{
    if (m_stack.empty() || !m_stack.back().node.isMap())
        return false;
    const YamlNode &map = m_stack.back().node;
    return map.keys.size() == map.values.size();
}

QString YamlTreeBuilder::currentPath() const
{
    QString path;
    for (const Frame &frame : m_stack) {
        const YamlNode &node = frame.node;
        if (node.isSequence())
            path = ParseContext::index(path, int(node.items.size()));
        else if (node.keys.size() > node.values.size()) // inside the value of the last key
            path = ParseContext::join(path, node.keys.back().scalar);
    }
    return path;
}

bool YamlTreeBuilder::startNode(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    if (m_failure)
        return false;
    if (++m_count > m_maxNodes) {
        fail(QCoreApplication::translate(
                 "ProjectReader",
                 "the document expands to more than %1 nodes (aliases?); it is not a project file")
                 .arg(m_maxNodes),
             mark.line + 1, mark.column + 1, currentPath());
        return false;
    }
    if (anchor != YAML::NullAnchor) {
        m_anchors[anchor] = Anchored {m_pendingAnchorName, {}, 0, mark.line + 1, true};
        m_pendingAnchorName.clear();
    }
    return true;
}

void YamlTreeBuilder::OnNull(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    if (!startNode(mark, anchor))
        return;
    YamlNode node;
    setMark(node, mark);
    attach(std::move(node), anchor, 1);
}

void YamlTreeBuilder::OnScalar(const YAML::Mark &mark, const std::string &tag,
                               YAML::anchor_t anchor, const std::string &value)
{
    if (!startNode(mark, anchor))
        return;
    YamlNode node;
    node.kind = YamlNode::Kind::Scalar;
    node.scalar = QString::fromStdString(value);
    // yaml-cpp tags plain scalars "?" and quoted or block scalars "!".
    node.quoted = tag == "!";
    setMark(node, mark);
    attach(std::move(node), anchor, 1);
}

void YamlTreeBuilder::OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    if (m_failure)
        return;
    const auto it = m_anchors.find(anchor);
    if (it
        == m_anchors.end()) { // yaml-cpp refuses unknown aliases itself; never trust that blindly
        fail(QCoreApplication::translate("ProjectReader",
                                         "an alias to an anchor that is not defined"),
             mark.line + 1, mark.column + 1, currentPath());
        return;
    }
    const Anchored &target = it->second;
    if (target.open) {
        fail(QCoreApplication::translate(
                 "ProjectReader",
                 "the alias '*%1' stands inside the node it refers to (anchored '&%1' at line "
                 "%2): the document would contain itself")
                 .arg(Echo::value(target.name), QString::number(target.line)),
             mark.line + 1, mark.column + 1, currentPath());
        return;
    }
    if (expectingKey() && !target.node.isScalar()) {
        fail(QCoreApplication::translate("ProjectReader",
                                         "a key must be plain text, not a list or mapping"),
             mark.line + 1, mark.column + 1, currentPath());
        return;
    }
    m_count += target.size;
    if (m_count > m_maxNodes) {
        fail(QCoreApplication::translate(
                 "ProjectReader",
                 "the document expands to more than %1 nodes (aliases?); it is not a project file")
                 .arg(m_maxNodes),
             mark.line + 1, mark.column + 1, currentPath());
        return;
    }
    attach(target.node, YAML::NullAnchor, target.size);
}

void YamlTreeBuilder::OnSequenceStart(const YAML::Mark &mark, const std::string &,
                                      YAML::anchor_t anchor, YAML::EmitterStyle::value)
{
    openContainer(YamlNode::Kind::Sequence, mark, anchor);
}

void YamlTreeBuilder::OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                                 YAML::EmitterStyle::value)
{
    openContainer(YamlNode::Kind::Map, mark, anchor);
}

void YamlTreeBuilder::OnSequenceEnd()
{
    if (!m_failure)
        closeContainer();
}

void YamlTreeBuilder::OnMapEnd()
{
    if (!m_failure)
        closeContainer();
}

void YamlTreeBuilder::openContainer(YamlNode::Kind kind, const YAML::Mark &mark,
                                    YAML::anchor_t anchor)
{
    // Refused before its content is read, so the error is the first one in file order.
    if (expectingKey()) {
        fail(QCoreApplication::translate("ProjectReader",
                                         "a key must be plain text, not a list or mapping"),
             mark.line + 1, mark.column + 1, currentPath());
    }
    const int before = m_count;
    startNode(mark, anchor);
    Frame frame;
    frame.node.kind = kind;
    setMark(frame.node, mark);
    frame.anchor = anchor;
    frame.firstCount = before;
    m_stack.push_back(std::move(frame));
}

void YamlTreeBuilder::closeContainer()
{
    Frame frame = std::move(m_stack.back());
    m_stack.pop_back();
    attach(std::move(frame.node), frame.anchor, m_count - frame.firstCount);
}

void YamlTreeBuilder::attach(YamlNode node, YAML::anchor_t anchor, int size)
{
    if (anchor != YAML::NullAnchor) {
        Anchored &anchored = m_anchors[anchor];
        anchored.node = node;
        anchored.size = size;
        anchored.open = false;
    }
    if (m_stack.empty()) {
        m_root = std::move(node);
        return;
    }
    Frame &parent = m_stack.back();
    if (parent.node.isSequence()) {
        parent.node.items.push_back(std::move(node));
    } else if (expectingKey()) {
        if (!node.isScalar()) { // a null key (`~: x`, `? : x`); lists and maps never get here
            fail(QCoreApplication::translate("ProjectReader",
                                             "a key must be plain text, not a list or mapping"),
                 node.line, node.column, currentPath());
            return;
        }
        addKey(parent, std::move(node));
    } else {
        if (node.isNull()) { // `key:` with no value: point at the key, not the next line
            node.line = parent.node.keys.back().line;
            node.column = parent.node.keys.back().column;
        }
        parent.node.values.push_back(std::move(node));
    }
}

bool YamlTreeBuilder::addKey(Frame &map, YamlNode key)
{
    std::vector<YamlNode> &keys = map.node.keys;
    std::optional<size_t> first;
    if (map.keyIndex) {
        if (const auto it = map.keyIndex->constFind(key.scalar); it != map.keyIndex->cend())
            first = it.value();
    } else {
        for (size_t i = 0; i < keys.size() && !first; ++i) {
            if (keys[i].scalar == key.scalar)
                first = i;
        }
    }
    if (first) {
        // Echo::value, as for every value a message quotes: one line, no control character.
        fail(QCoreApplication::translate("ProjectReader", "duplicate key '%1' (first at line %2)")
                 .arg(Echo::value(key.scalar), QString::number(keys[*first].line)),
             key.line, key.column, ParseContext::join(currentPath(), key.scalar));
        return false;
    }
    if (map.keyIndex) {
        map.keyIndex->insert(key.scalar, keys.size());
    } else if (keys.size() + 1 >= HashedKeysFrom) {
        map.keyIndex.emplace();
        map.keyIndex->reserve(qsizetype(keys.size()) * 2);
        for (size_t i = 0; i < keys.size(); ++i)
            map.keyIndex->insert(keys[i].scalar, i);
        map.keyIndex->insert(key.scalar, keys.size());
    }
    keys.push_back(std::move(key));
    return true;
}

} // namespace Stackdraft::Core
