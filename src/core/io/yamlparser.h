#pragma once

#include "core/io/yamlnode.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Stackdraft::Core {

// Parses one YAML document into a YamlNode tree (through YamlTreeBuilder). Syntax errors,
// duplicate keys, non-text keys, aliases inside the node they name and documents that expand too
// far through aliases come back as one Error with file, line and column: the first in file order.
// Time and memory are linear in the size of the expanded tree, which MaxNodes bounds.
class YamlParser final
{
public:
    static Result<YamlNode> parse(const QByteArray &bytes, const QString &fileName);
    // Every document of a multi-document stream ("---"), for importers of Kubernetes manifests;
    // the same errors, and MaxNodes counts the nodes of all documents together.
    static Result<std::vector<YamlNode>> parseAll(const QByteArray &bytes, const QString &fileName);

    // Alias expansion bound: a few kilobytes of anchors must not turn into
    // gigabytes of nodes.
    static constexpr int MaxNodes = 2'000'000;
};

} // namespace Stackdraft::Core
