#include "core/export/yamltree.h"

#include "core/io/yamlquoting.h"

#include <QRegularExpression>

namespace Stackdraft::Core {
namespace {

QString spaces(int n)
{
    return QString(n, QLatin1Char(' '));
}

// Scalars YAML 1.1 (still read by many tools, PyYAML among them) or 1.2 resolve to something other
// than a string: booleans, nulls, numbers in every base, sexagesimals, timestamps, merge keys.
bool resolvesToNonString(const QString &text)
{
    // Most scalars are names and words that cannot match: the pattern's words have at most five
    // letters, and all else it matches starts with a digit, a sign, a dot, '~', '<' or '='.
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first.isLetter()) {
        if (text.size() > 5 || !QStringView(u"yYnNtTfFoO").contains(first))
            return false;
    } else if (!first.isDigit() && !QStringView(u"+-.~<=").contains(first)) {
        return false;
    }
    static const QRegularExpression special(QStringLiteral(
        "^(?:"
        "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        "|null|Null|NULL|~|<<|="
        "|[-+]?(?:\\.[0-9]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
        "|[-+]?0x[0-9a-fA-F_]+|[-+]?0o?[0-7_]+|[-+]?0b[01_]+"
        "|[-+]?[0-9][0-9_]*(?::[0-9_]+)+(?:\\.[0-9_]*)?"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
        "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*"
        ")$"));
    return special.match(text).hasMatch();
}

bool isPlainSafe(const QString &text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    const QChar first = text.front();
    const bool firstOk = first.isLetterOrNumber() || first == QLatin1Char('/')
        || first == QLatin1Char('.') || first == QLatin1Char('_') || first == QLatin1Char('$')
        || first == QLatin1Char('(');
    if (!firstOk || first.unicode() > 127)
        return false;
    static const QString allowed = QStringLiteral("-_./:@$(){}+=,~^ ");
    for (QChar c : text) {
        if (c.unicode() > 127)
            return false;
        if (!c.isLetterOrNumber() && !allowed.contains(c))
            return false;
    }
    if (text.contains(QLatin1String(": ")) || text.endsWith(QLatin1Char(':')))
        return false;
    return !resolvesToNonString(text);
}

QString inlineText(const YamlTree &node)
{
    switch (node.type()) {
    case YamlTree::Type::Null:
        return QStringLiteral("null");
    case YamlTree::Type::Scalar:
        return node.text();
    case YamlTree::Type::Map:
        return QStringLiteral("{}");
    case YamlTree::Type::Sequence:
        return QStringLiteral("[]");
    }
    return {};
}

} // namespace

YamlTree::YamlTree(const QString &text)
    : m_type(Type::Scalar)
    , m_text(quoted(text))
{
}
YamlTree::YamlTree(const char *text)
    : YamlTree(QString::fromUtf8(text))
{
}
YamlTree::YamlTree(int number)
    : m_type(Type::Scalar)
    , m_text(QString::number(number))
{
}
YamlTree::YamlTree(qint64 number)
    : m_type(Type::Scalar)
    , m_text(QString::number(number))
{
}
YamlTree::YamlTree(double number)
    : m_type(Type::Scalar)
    , m_text(QString::number(number, 'g', 15))
{
}
YamlTree::YamlTree(bool value)
    : m_type(Type::Scalar)
    , m_text(value ? QStringLiteral("true") : QStringLiteral("false"))
{
}

YamlTree YamlTree::map()
{
    YamlTree node;
    node.m_type = Type::Map;
    return node;
}

YamlTree YamlTree::sequence()
{
    YamlTree node;
    node.m_type = Type::Sequence;
    return node;
}

YamlTree YamlTree::sequence(const QStringList &items)
{
    YamlTree node = sequence();
    for (const QString &item : items)
        node.append(item);
    return node;
}

YamlTree YamlTree::sequence(const QStringList &items, QString (*text)(const QString &))
{
    YamlTree node = sequence();
    for (const QString &item : items)
        node.append(text(item));
    return node;
}

qsizetype YamlTree::position(const QString &key) const
{
    if (m_entries.size() >= KeyIndex::From)
        return m_keyIndex.positions.value(key, -1);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).first == key)
            return i;
    }
    return -1;
}

YamlTree &YamlTree::insert(const QString &key, const YamlTree &value)
{
    Q_ASSERT(m_type == Type::Map);
    if (const qsizetype at = position(key); at >= 0) {
        m_entries[at].second = value;
        return m_entries[at].second;
    }
    m_entries.append({key, value});
    if (m_entries.size() == KeyIndex::From) {
        for (qsizetype i = 0; i < m_entries.size(); ++i)
            m_keyIndex.positions.insert(m_entries.at(i).first, i);
    } else if (m_entries.size() > KeyIndex::From) {
        m_keyIndex.positions.insert(key, m_entries.size() - 1);
    }
    return m_entries.last().second;
}

const YamlTree *YamlTree::value(const QString &key) const
{
    const qsizetype at = position(key);
    return at < 0 ? nullptr : &m_entries.at(at).second;
}

YamlTree *YamlTree::value(const QString &key)
{
    return const_cast<YamlTree *>(std::as_const(*this).value(key));
}

QStringList YamlTree::keys() const
{
    QStringList keys;
    for (const auto &entry : m_entries)
        keys << entry.first;
    return keys;
}

YamlTree &YamlTree::append(const YamlTree &item)
{
    Q_ASSERT(m_type == Type::Sequence);
    m_items.append(item);
    return m_items.last();
}

QString YamlTree::quoted(const QString &text)
{
    return isPlainSafe(text) ? text : yamlDoubleQuoted(text);
}

bool YamlTree::isInline(const YamlTree &node)
{
    return node.m_type == Type::Null || node.m_type == Type::Scalar
        || (node.m_type == Type::Map && node.m_entries.isEmpty())
        || (node.m_type == Type::Sequence && node.m_items.isEmpty());
}

void YamlTree::emitComment(QString &out, const QString &comment, int indent)
{
    if (comment.isEmpty())
        return;
    for (const QString &line : comment.split(QLatin1Char('\n'))) {
        out += spaces(indent) + QLatin1Char('#');
        if (!line.isEmpty())
            out += QLatin1Char(' ') + line;
        out += QLatin1Char('\n');
    }
}

// Writes a map's entries or a sequence's items, each line starting at `indent`.
void YamlTree::writeBody(QString &out, int indent) const
{
    if (m_type == Type::Map) {
        for (const auto &[key, value] : m_entries)
            appendEntry(out, key, value, indent);
        return;
    }
    for (const YamlTree &item : m_items) {
        emitComment(out, item.m_comment, indent);
        if (isInline(item)) {
            out += spaces(indent) + QLatin1String("- ") + inlineText(item) + QLatin1Char('\n');
            continue;
        }
        // The item's first line goes after the dash ("- name: x"), unless it starts with a comment.
        QString body;
        item.writeBody(body, indent + 2);
        if (body.startsWith(spaces(indent + 2)) && body.at(indent + 2) != QLatin1Char('#'))
            out += spaces(indent) + QLatin1String("- ") + body.mid(indent + 2);
        else
            out += spaces(indent) + QLatin1String("-\n") + body;
    }
}

void YamlTree::appendEntry(QString &out, const QString &key, const YamlTree &value, int indent)
{
    emitComment(out, value.m_comment, indent);
    out += spaces(indent) + quoted(key) + QLatin1Char(':');
    if (isInline(value)) {
        out += QLatin1Char(' ') + inlineText(value) + QLatin1Char('\n');
    } else {
        out += QLatin1Char('\n');
        value.writeBody(out, indent + 2);
    }
}

QString YamlTree::toYamlText() const
{
    QString out;
    emitComment(out, m_comment, 0);
    if (isInline(*this))
        out += inlineText(*this) + QLatin1Char('\n');
    else
        writeBody(out, 0);
    return out;
}

QByteArray YamlTree::toYaml() const
{
    return toYamlText().toUtf8();
}

QByteArray YamlTree::toYaml(const QList<YamlTree> &documents)
{
    QByteArray out;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (i > 0)
            out += "---\n";
        out += documents.at(i).toYaml();
    }
    return out;
}

} // namespace Stackdraft::Core
