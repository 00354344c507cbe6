#include "core/io/yamlquoting.h"

#include <QList>

namespace Stackdraft::Core {

QString yamlDoubleQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const uint c : text.toUcs4()) {
        switch (c) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c < 0x20 || c == 0x7F)
                out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
            else if (c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF)
                out += QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0'));
            else
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        }
    }
    return out + QLatin1Char('"');
}

} // namespace Stackdraft::Core
