#pragma once

#include <QString>

#include <vector>

namespace Stackdraft::Core {

// A parsed YAML node in our own types, so that yaml-cpp stays inside
// yamlparser.cpp and the project parser can be split over several files. Marks
// are 1-based; 0 when unknown.
struct YamlNode
{
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    QString scalar; // Scalar: the text, exactly as YAML decoded it
    bool quoted = false; // Scalar: written quoted or as a block, so always text
                         // ("yes", "8.0")
    int line = 0;
    int column = 0;
    std::vector<YamlNode> items; // Sequence
    std::vector<YamlNode> keys; // Map: keys (scalars), in file order, unique
    std::vector<YamlNode> values; // Map: values, parallel to keys

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }
    // The value of `key` in a map, or nullptr.
    const YamlNode *find(const QString &key) const;
    // Kind in words for messages: "a mapping", "a list", "text", "nothing".
    QString kindName() const;
};

} // namespace Stackdraft::Core
