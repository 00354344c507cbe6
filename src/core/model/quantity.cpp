#include "core/model/quantity.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace Stackdraft::Core::Quantity {
namespace {

// Splits "1.5Gi" into 1.5 and "Gi"; rejects signs, exponents we do not know, and junk.
struct Number
{
    double value = 0;
    QStringView suffix;
};

std::optional<Number> splitNumber(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    bool sawDigit = false;
    bool sawDot = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            sawDigit = true;
        } else if (c == QLatin1Char('.') && !sawDot) {
            sawDot = true;
        } else {
            break;
        }
        ++i;
    }
    if (!sawDigit)
        return std::nullopt;
    bool ok = false;
    const double value = text.first(i).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return Number {value, text.sliced(i)};
}

std::optional<qint64> toInteger(double value)
{
    const double rounded = std::llround(value);
    if (rounded < 0 || rounded > double(std::numeric_limits<qint64>::max() / 2))
        return std::nullopt;
    return qint64(rounded);
}

QString trimmedDecimal(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

} // namespace

std::optional<qint64> parseCpu(QStringView text)
{
    const auto number = splitNumber(text);
    if (!number)
        return std::nullopt;
    if (number->suffix.isEmpty())
        return toInteger(number->value * 1000.0);
    if (number->suffix == u"m")
        return toInteger(number->value);
    return std::nullopt;
}

std::optional<qint64> parseMemory(QStringView text)
{
    const auto number = splitNumber(text);
    if (!number)
        return std::nullopt;
    struct Suffix
    {
        const char16_t *text;
        double factor;
    };
    static constexpr Suffix suffixes[] = {
        {u"", 1.0},
        {u"Ki", 1024.0},
        {u"Mi", 1048576.0},
        {u"Gi", 1073741824.0},
        {u"Ti", 1099511627776.0},
        {u"k", 1e3},
        {u"K", 1e3},
        {u"M", 1e6},
        {u"G", 1e9},
        {u"T", 1e12},
    };
    for (const Suffix &s : suffixes) {
        if (number->suffix == QStringView(s.text))
            return toInteger(number->value * s.factor);
    }
    return std::nullopt;
}

QString formatCpu(qint64 millicores)
{
    if (millicores % 1000 == 0)
        return QString::number(millicores / 1000);
    return QString::number(millicores) + QLatin1Char('m');
}

QString formatMemory(qint64 bytes)
{
    if (bytes == 0)
        return QStringLiteral("0");
    static constexpr struct
    {
        qint64 factor;
        const char *suffix;
    } units[] = {{Gi * 1024, "Ti"}, {Gi, "Gi"}, {Mi, "Mi"}, {Ki, "Ki"}};
    for (const auto &unit : units) {
        if (bytes % unit.factor == 0)
            return QString::number(bytes / unit.factor) + QLatin1String(unit.suffix);
    }
    return QString::number(bytes);
}

QString humanCpu(qint64 millicores)
{
    return trimmedDecimal(millicores / 1000.0, 3) + QLatin1String(" vCPU");
}

QString humanMemory(qint64 bytes)
{
    if (bytes >= Gi)
        return trimmedDecimal(double(bytes) / Gi, 2) + QLatin1String(" GiB");
    if (bytes >= Mi)
        return trimmedDecimal(double(bytes) / Mi, 1) + QLatin1String(" MiB");
    return trimmedDecimal(double(bytes) / Ki, 1) + QLatin1String(" KiB");
}

} // namespace Stackdraft::Core::Quantity
