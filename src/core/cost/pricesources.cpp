#include "core/cost/pricesources.h"

#include <QRegularExpression>
#include <QStringList>

namespace Stackdraft::Core {

QString PriceSources::readable(const QString &source) const
{
    QStringList parts = source.split(QStringLiteral("; "));
    for (QString &part : parts)
        part = readablePart(part.trimmed());
    return parts.join(QStringLiteral("; "));
}

QString PriceSources::readablePart(const QString &part) const
{
    const qsizetype space = part.indexOf(QLatin1Char(' '));
    const QString key = space < 0 ? part : part.left(space);
    const auto name = m_names.constFind(key);
    if (name == m_names.cend())
        return part;
    QString rest = space < 0 ? QString() : part.mid(space + 1).trimmed();
    // "AWSELB offer 20260911124544 ..." -> "Elastic Load Balancing offer, 2026-09-11 ..."
    static const QRegularExpression offer(
        QStringLiteral("^(\\w+) offer (\\d{4})(\\d{2})(\\d{2})\\d*(.*)$"));
    const QRegularExpressionMatch m = offer.match(rest);
    if (m.hasMatch()) {
        const QString code = m.captured(1);
        rest = QStringLiteral("%1 offer, %2-%3-%4%5")
                   .arg(m_offers.value(code, code), m.captured(2), m.captured(3), m.captured(4),
                        m.captured(5));
    }
    return rest.isEmpty() ? *name : *name + QStringLiteral(", ") + rest;
}

} // namespace Stackdraft::Core
