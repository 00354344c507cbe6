#include "core/diagram/mermaidtext.h"

namespace Stackdraft::Core::MermaidText {

QString id(const QString &prefix, const QString &text)
{
    QString result = prefix + QLatin1Char('_');
    for (QChar c : text) {
        const bool ascii = c.unicode() < 128 && c.isLetterOrNumber();
        result += ascii ? c : QLatin1Char('_');
    }
    return result;
}

QString label(const QString &text)
{
    QString result = QStringLiteral("\"");
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            result += QLatin1String("#quot;");
            break;
        case '#':
        case '&':
        case '<':
        case '>':
        case '|':
        case '`':
        case '[':
        case ']':
        case '{':
        case '}':
        case '\\':
            // Numeric codes: Mermaid turns "#35;" into "&#35;", which every renderer decodes.
            result += QStringLiteral("#%1;").arg(c.unicode());
            break;
        case '\n':
        case '\r':
        case '\t':
            result += QLatin1Char(' ');
            break;
        default:
            if (c.category() != QChar::Other_Control)
                result += c;
        }
    }
    result += QLatin1Char('"');
    return result;
}

} // namespace Stackdraft::Core::MermaidText
