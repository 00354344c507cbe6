#include "core/io/yamlwriter.h"

#include "core/io/yamlquoting.h"

#include <QRegularExpression>

#include <charconv>
#include <cmath>

namespace Stackdraft::Core {

void YamlWriter::indentTo(int indent)
{
    m_text += QString(indent, QLatin1Char(' '));
}

void YamlWriter::text(int indent, const QString &key, const QString &value)
{
    if (!value.contains(QLatin1Char('\n')) || !canBeLiteralBlock(value)) {
        raw(indent, key, scalar(value));
        return;
    }
    indentTo(indent);
    // `|` keeps one final newline, `|-` strips it; canBeLiteralBlock() excludes
    // the other cases.
    m_text += scalar(key)
        + (value.endsWith(QLatin1Char('\n')) ? QLatin1String(": |\n") : QLatin1String(": |-\n"));
    QString body = value;
    if (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.isEmpty())
            indentTo(indent + 2);
        m_text += line + QLatin1Char('\n');
    }
}

void YamlWriter::raw(int indent, const QString &key, const QString &value)
{
    indentTo(indent);
    m_text += scalar(key) + QLatin1String(": ") + value + QLatin1Char('\n');
}

void YamlWriter::open(int indent, const QString &key)
{
    indentTo(indent);
    m_text += scalar(key) + QLatin1String(":\n");
}

void YamlWriter::item(int indent, const QString &value)
{
    indentTo(indent);
    m_text += QLatin1String("- ") + value + QLatin1Char('\n');
}

void YamlWriter::blankLine()
{
    m_text += QLatin1Char('\n');
}

QString YamlWriter::scalar(const QString &text, Context context)
{
    return canBePlain(text, context) ? text : yamlDoubleQuoted(text);
}

bool YamlWriter::canBePlain(const QString &text, Context context)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    // Words YAML 1.1 or 1.2 resolve to null or booleans ("yes", "on", "~") must
    // stay text.
    static const QRegularExpression reserved(
        QStringLiteral("^(null|~|true|false|yes|no|on|off|y|n)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(text).hasMatch())
        return false;
    // First character: a letter, '/', '_' or a dot not starting a number (".5",
    // ".inf"). Anything starting with a digit, sign or indicator is quoted, which
    // covers numbers, dates and "8.0".
    const QChar first = text.front();
    if (first == QLatin1Char('.')) {
        if (text.size() > 1 && (text.at(1).isDigit() || text.at(1).isLetter()))
            return false;
    } else if (!(first.isLetter() || first == QLatin1Char('/') || first == QLatin1Char('_'))) {
        return false;
    }
    static const QString innerPunctuation = QStringLiteral("-_./@+()=;~'!?&*%<>|^$");
    const QList<uint> codePoints = text.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const uint c = codePoints[i];
        if (c < 0x80) {
            const QChar ch(c);
            if (ch.isLetterOrNumber() || innerPunctuation.contains(ch) || ch == QLatin1Char(' '))
                continue;
            // Commas and brackets end a plain scalar only inside a flow collection.
            if (context == Context::Block && QStringLiteral(",[]{}").contains(ch))
                continue;
            // ':' is a key indicator before a space, at the end, and anywhere in a
            // flow collection.
            const bool colonIsText = ch == QLatin1Char(':') && context == Context::Block
                && i + 1 < codePoints.size() && codePoints[i + 1] != ' ';
            if (colonIsText)
                continue;
            return false;
        }
        if (!QChar::isPrint(char32_t(c)) || QChar::isSpace(char32_t(c)) || c == 0xFEFF)
            return false;
    }
    return true;
}

bool YamlWriter::canBeLiteralBlock(const QString &text)
{
    if (text.startsWith(QLatin1Char('\n')) || text.startsWith(QLatin1Char(' '))
        || text.endsWith(QLatin1String("\n\n")))
        return false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        // A line of spaces only would be read back as an empty line.
        if (!line.isEmpty() && line.trimmed().isEmpty())
            return false;
    }
    for (const uint c : text.toUcs4()) {
        if (c == '\n')
            continue;
        if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF)
            return false;
    }
    return true;
}

QString YamlWriter::number(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

QString YamlWriter::flowMap(const Entries &entries)
{
    QStringList parts;
    for (const auto &[key, value] : entries)
        parts.append(scalar(key, Context::Flow) + QLatin1String(": ") + value);
    return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
}

QString YamlWriter::flowList(const QStringList &formattedItems)
{
    return QLatin1Char('[') + formattedItems.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString YamlWriter::textList(const QStringList &texts)
{
    QStringList items;
    for (const QString &text : texts)
        items.append(scalar(text, Context::Flow));
    return flowList(items);
}

} // namespace Stackdraft::Core
