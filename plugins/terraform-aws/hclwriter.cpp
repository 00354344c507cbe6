#include "hclwriter.h"

namespace Stackdraft::Plugins {

void HclWriter::attribute(const QString &name, const QString &value)
{
    m_run.append({name, value});
    m_lastBlank = false;
}

void HclWriter::open(const QString &header)
{
    openBare(header + QLatin1String(" {"));
}

void HclWriter::openBare(const QString &text)
{
    flush();
    line(text);
    ++m_depth;
}

void HclWriter::close(const QString &closer)
{
    flush();
    --m_depth;
    line(closer);
}

void HclWriter::comment(const QString &text)
{
    flush();
    for (const QString &part : text.split(QLatin1Char('\n')))
        line(part.isEmpty() ? QStringLiteral("#") : QLatin1String("# ") + part);
}

void HclWriter::nameTag(const QString &nameExpression)
{
    open(QStringLiteral("tags ="));
    attribute(QStringLiteral("Name"), nameExpression);
    close();
}

void HclWriter::blank()
{
    flush();
    if (m_lastBlank)
        return;
    m_out += QLatin1Char('\n');
    m_lastBlank = true;
}

QString HclWriter::text()
{
    flush();
    while (m_out.endsWith(QLatin1String("\n\n")))
        m_out.chop(1);
    return m_out;
}

void HclWriter::flush()
{
    qsizetype width = 0;
    for (const auto &[name, value] : std::as_const(m_run))
        width = std::max(width, name.size());
    for (const auto &[name, value] : std::as_const(m_run))
        line(name.leftJustified(width) + QLatin1String(" = ") + value);
    m_run.clear();
}

void HclWriter::line(const QString &text)
{
    m_out += QString(m_depth * 2, QLatin1Char(' ')) + text + QLatin1Char('\n');
    m_lastBlank = false;
}

QString HclWriter::string(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '$':
        case '%':
            // "${" and "%{" start template sequences; doubling the sign keeps them literal.
            out += c;
            if (next == QLatin1Char('{'))
                out += c;
            break;
        default:
            if (c.category() == QChar::Other_Control)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString HclWriter::interpolate(const QList<QPair<QString, QString>> &parts)
{
    QString out = QStringLiteral("\"");
    for (const auto &[text, expression] : parts) {
        const QString quoted = string(text);
        out += quoted.mid(1, quoted.size() - 2);
        if (!expression.isEmpty())
            out += QLatin1String("${") + expression + QLatin1Char('}');
    }
    return out + QLatin1Char('"');
}

QString HclWriter::list(const QStringList &items)
{
    return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString HclWriter::identifier(const QString &text)
{
    QString out;
    for (QChar c : text.toLower()) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        out += ok ? c : QLatin1Char('_');
    }
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(QLatin1Char('_'));
    return out;
}

} // namespace Stackdraft::Plugins
