#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// A small YAML document tree and its emitter, shared by every generator that writes YAML (compose,
// Kubernetes). Maps keep insertion order (generators decide the order, so output is deterministic);
// strings that a YAML 1.1 or 1.2 reader would take for anything else ("true", "3306", "0.5", "")
// are double-quoted, so a value always reads back as the text it was. Block style only.
class YamlTree
{
public:
    enum class Type { Null, Scalar, Map, Sequence };

    YamlTree() = default; // null
    YamlTree(const QString &text);
    YamlTree(const char *text);
    YamlTree(int number);
    YamlTree(qint64 number);
    YamlTree(double number);
    YamlTree(bool value);

    static YamlTree map();
    static YamlTree sequence();
    static YamlTree sequence(const QStringList &items);
    // Each item passed through `text` first (a format's escaping of "$", say).
    static YamlTree sequence(const QStringList &items, QString (*text)(const QString &));

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isMap() const { return m_type == Type::Map; }
    bool isSequence() const { return m_type == Type::Sequence; }
    qsizetype size() const { return m_type == Type::Map ? m_entries.size() : m_items.size(); }
    QString text() const { return m_text; } // scalars

    // Map: sets `key` (replacing an existing entry in place, else appending). Returns the stored
    // value.
    YamlTree &insert(const QString &key, const YamlTree &value);
    // Map: the value of `key`, or nullptr.
    const YamlTree *value(const QString &key) const;
    YamlTree *value(const QString &key);
    QStringList keys() const;
    // Sequence: appends and returns the stored item.
    YamlTree &append(const YamlTree &item);
    const QList<YamlTree> &items() const { return m_items; }

    // A comment written on its own lines just before this node's key or item ("# ..."). Several
    // lines allowed.
    void setComment(const QString &comment) { m_comment = comment; }
    QString comment() const { return m_comment; }

    // The node as a YAML document, ending with a newline. A root comment becomes the file header.
    QByteArray toYaml() const;
    // Several documents separated by "---".
    static QByteArray toYaml(const QList<YamlTree> &documents);
    // toYaml() as text, and one map entry written the same way at `indent`: for a writer that
    // emits a big map (a compose file's services) one entry at a time rather than holding its
    // whole tree (~6 KB per service).
    QString toYamlText() const;
    static void appendEntry(QString &out, const QString &key, const YamlTree &value, int indent);

    // How `text` is written as a scalar: as is when a reader gives back the same string, else
    // double-quoted.
    static QString quoted(const QString &text);

    friend bool operator==(const YamlTree &, const YamlTree &) = default;

private:
    // Where a map's key is among its entries: a scan for small maps, a hash for big ones (a compose
    // file's services, one per component), so building a map is linear in its size.
    struct KeyIndex
    {
        static constexpr qsizetype From = 16; // entries before the hash is worth its upkeep
        QHash<QString, qsizetype> positions; // key -> index in m_entries, once there are From
        // Derived from m_entries, which the tree's equality already compares.
        friend bool operator==(const KeyIndex &, const KeyIndex &) { return true; }
    };
    qsizetype position(const QString &key) const; // -1 when absent
    void writeBody(QString &out, int indent) const;
    static void emitComment(QString &out, const QString &comment, int indent);
    static bool isInline(const YamlTree &node);

    Type m_type = Type::Null;
    QString m_text; // a scalar, already in its written form (quoted when needed)
    QString m_comment;
    QList<QPair<QString, YamlTree>> m_entries; // Map
    QList<YamlTree> m_items; // Sequence
    KeyIndex m_keyIndex; // Map
};

} // namespace Stackdraft::Core
