#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// A small YAML document tree and its emitter, shared by every generator that writes YAML (compose,
// Kubernetes). Maps keep insertion order (generators decide the order, so output is deterministic);
// strings that a YAML 1.1 or 1.2 reader would take for anything else ("true", "3306", "0.5", "") are
// double-quoted, so a value always reads back as the text it was. Block style only.
class YamlNode
{
public:
    enum class Type { Null, Scalar, Map, Sequence };

    YamlNode() = default; // null
    YamlNode(const QString &text);
    YamlNode(const char *text);
    YamlNode(int number);
    YamlNode(qint64 number);
    YamlNode(double number);
    YamlNode(bool value);

    static YamlNode map();
    static YamlNode sequence();
    static YamlNode sequence(const QStringList &items);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isMap() const { return m_type == Type::Map; }
    bool isSequence() const { return m_type == Type::Sequence; }
    qsizetype size() const { return m_type == Type::Map ? m_entries.size() : m_items.size(); }
    QString text() const { return m_text; } // scalars

    // Map: sets `key` (replacing an existing entry in place, else appending). Returns the stored value.
    YamlNode &insert(const QString &key, const YamlNode &value);
    // Map: the value of `key`, or nullptr.
    const YamlNode *value(const QString &key) const;
    YamlNode *value(const QString &key);
    QStringList keys() const;
    // Sequence: appends and returns the stored item.
    YamlNode &append(const YamlNode &item);
    const QList<YamlNode> &items() const { return m_items; }

    // A comment written on its own lines just before this node's key or item ("# ..."). Several lines allowed.
    void setComment(const QString &comment) { m_comment = comment; }
    QString comment() const { return m_comment; }

    // The node as a YAML document, ending with a newline. A root comment becomes the file header.
    QByteArray toYaml() const;
    // Several documents separated by "---".
    static QByteArray toYaml(const QList<YamlNode> &documents);

    // How `text` is written as a scalar: as is when a reader gives back the same string, else double-quoted.
    static QString quoted(const QString &text);

    friend bool operator==(const YamlNode &, const YamlNode &) = default;

private:
    void writeBody(QString &out, int indent) const;
    static void emitComment(QString &out, const QString &comment, int indent);
    static bool isInline(const YamlNode &node);

    Type m_type = Type::Null;
    QString m_text;      // a scalar, already in its written form (quoted when needed)
    QString m_comment;
    QList<QPair<QString, YamlNode>> m_entries; // Map
    QList<YamlNode> m_items;                   // Sequence
};

} // namespace Stackdraft::Core
