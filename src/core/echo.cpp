#include "core/echo.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Echo {

namespace {

bool isUnsafe(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e
        || c == 0x200f || c == 0x061c;
}

} // namespace

bool needsEscaping(QStringView text)
{
    for (const QChar c : text) {
        if (isUnsafe(c.unicode()))
            return true;
    }
    return false;
}

QString escaped(QStringView text)
{
    if (!needsEscaping(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isUnsafe(u)) {
            out += c;
            continue;
        }
        switch (u) {
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += u <= 0xff ? QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

QString cut(QStringView text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text.toString();
    qsizetype kept = qMax<qsizetype>(1, maxLength - 20);
    if (text.at(kept - 1).isHighSurrogate())
        --kept; // never split a surrogate pair
    return QCoreApplication::translate("Echo", "%1…(%n characters)", nullptr, int(text.size()))
        .arg(text.first(kept));
}

QString value(QStringView text, qsizetype maxLength)
{
    // The "…(N characters)" part is ours and printable: escaping the cut text escapes its value.
    return escaped(cut(text, maxLength));
}

QString escapedLines(QStringView text)
{
    const QList<QStringView> lines = text.split(QLatin1Char('\n'));
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            result += QLatin1Char('\n');
        result += escaped(lines.at(i));
    }
    return result;
}

} // namespace Stackdraft::Core::Echo
