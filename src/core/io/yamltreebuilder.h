#pragma once

#include "core/io/yamlnode.h"
#include "core/result.h"

#include <QHash>
#include <QString>

#include <optional>
#include <unordered_map>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

namespace Stackdraft::Core {

// Builds a YamlNode tree straight from yaml-cpp's parser events, without yaml-cpp's own node graph:
// half the work of YAML::Load plus a walk, and every check happens at the event that breaks it, so
// the first problem in file order is the one reported.
//  - An alias is a copy of its anchor's finished subtree. An alias met while its anchor is still
//    open (`x: &a [*a]`) would make the tree contain itself: that is refused where the alias
//    stands instead of recursing without end.
//  - Copies count towards `maxNodes`, so a few kilobytes of aliases cannot expand to gigabytes.
//  - A map refuses non-text keys and repeated keys; the repeat check is linear in the map's size.
// The first such problem is kept (failure()) and the builder stops building, but yaml-cpp goes on
// to the end of the text: a syntax error further on is the real cause more often than not (an
// unclosed `{` reads as a mapping used as a key), so the caller reports that one first, as a
// reader that parses before it converts would.
class YamlTreeBuilder final : public YAML::EventHandler
{
public:
    // `counted`: nodes of earlier documents of the same stream, which count towards `maxNodes` too.
    YamlTreeBuilder(const QString &fileName, int maxNodes, int counted = 0);

    // The document's root, once HandleNextDocument() has returned; null for an empty document.
    YamlNode takeRoot() { return std::move(m_root); }
    int count() const { return m_count; } // nodes so far, `counted` included
    // Where this document began in the stream (null before OnDocumentStart).
    const YAML::Mark &documentStart() const { return m_documentStart; }
    // The first problem met, if any; the tree is incomplete then.
    const std::optional<Error> &failure() const { return m_failure; }

    void OnDocumentStart(const YAML::Mark &mark) override;
    void OnDocumentEnd() override;
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override;
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override;
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override;
    void OnMapEnd() override;
    void OnAnchor(const YAML::Mark &mark, const std::string &name) override;

private:
    // Keeps the first problem and stops building; `line` and `column` are 1-based, 0 when unknown.
    void fail(const QString &message, int line, int column, const QString &field);

    // A sequence or map whose end event has not come yet.
    struct Frame
    {
        YamlNode node;
        YAML::anchor_t anchor = YAML::NullAnchor;
        int firstCount = 0; // m_count before this node: its subtree size is m_count - firstCount
        std::optional<QHash<QString, size_t>> keyIndex; // big maps: key -> position in node.keys
    };
    // A finished anchored node, kept for the aliases that follow it.
    struct Anchored
    {
        QString name;
        YamlNode node;
        int size = 0; // nodes in the subtree
        int line = 0; // where the anchored node starts
        bool open = true; // its end event has not come yet
    };

    bool startNode(const YAML::Mark &mark, YAML::anchor_t anchor); // false: failed
    void openContainer(YamlNode::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor);
    void closeContainer();
    // Hands a finished node to its parent (or makes it the root); `size` nodes in its subtree.
    void attach(YamlNode node, YAML::anchor_t anchor, int size);
    bool addKey(Frame &map, YamlNode key); // false: failed
    bool expectingKey() const;
    // The field path of the node being built ("components.api.ports[0]"), for messages only.
    QString currentPath() const;

    QString m_fileName;
    int m_maxNodes;
    int m_count = 0;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    QString m_pendingAnchorName;
    YAML::Mark m_documentStart = YAML::Mark::null_mark();
    YamlNode m_root;
    std::optional<Error> m_failure;
};

} // namespace Stackdraft::Core
