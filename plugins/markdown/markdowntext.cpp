#include "markdowntext.h"

#include <QRegularExpression>

namespace Stackdraft::Plugins::MarkdownText {

QString inline_(const QString &text)
{
    QString out;
    for (QChar c : text.simplified()) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '#':
        case '!':
        case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString paragraph(const QString &text)
{
    QStringList lines;
    static const QRegularExpression blockStart(
        QStringLiteral("^([-+]|\\d+[.)])(?=\\s|$)|^(=)+\\s*$"));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString escaped = inline_(line);
        // "- x", "1. x", "===" opening a line would make a list or a heading of a plain
        // description.
        const QRegularExpressionMatch m = blockStart.match(escaped);
        if (m.hasMatch())
            escaped.insert(m.capturedLength(1) > 0 ? m.capturedEnd(1) - 1 : 0, QLatin1Char('\\'));
        lines << escaped;
    }
    return lines.join(QLatin1String("\n"));
}

QString code(const QString &text)
{
    QString fence = QStringLiteral("`");
    while (text.contains(fence))
        fence += QLatin1Char('`');
    const QString single = text.simplified();
    const bool pad = single.startsWith(QLatin1Char('`')) || single.endsWith(QLatin1Char('`'));
    return fence + (pad ? QLatin1String(" ") : QString())
        + QString(single).replace(QLatin1Char('|'), QLatin1String("\\|"))
        + (pad ? QLatin1String(" ") : QString()) + fence;
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QString out = QLatin1String("| ") + header.join(QLatin1String(" | ")) + QLatin1String(" |\n|");
    for (qsizetype i = 0; i < header.size(); ++i)
        out += QLatin1String("---|");
    out += QLatin1Char('\n');
    for (const QStringList &row : rows)
        out += QLatin1String("| ") + row.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    return out;
}

} // namespace Stackdraft::Plugins::MarkdownText
