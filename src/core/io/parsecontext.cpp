#include "core/io/parsecontext.h"

#include "core/echo.h"
#include "core/model/naming.h"
#include "core/model/quantity.h"
#include "core/model/quantitybounds.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Stackdraft::Core {
namespace {

// "'lots'" for text, "a list" for anything else: what the reader found where a value was expected.
QString found(const YamlNode &node)
{
    return node.isScalar() ? QLatin1Char('\'') + Echo::value(node.scalar, 40) + QLatin1Char('\'')
                           : node.kindName();
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const bool same = a.at(i - 1).toLower() == b.at(j - 1).toLower();
            row[size_t(j)]
                = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

// What a size written the usual way ("200GB", "512 MB", "1gb", "2 Gi") means in the Kubernetes
// spelling ("200Gi"), or empty when it is not such a size.
QString memoryGuess(const QString &text)
{
    static const QRegularExpression usual(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgtKMGT])(i?)[bB]?\\s*$"));
    const QRegularExpressionMatch m = usual.match(text);
    if (!m.hasMatch())
        return {};
    const QString guess = m.captured(1) + m.captured(2).toUpper() + QLatin1Char('i');
    return Quantity::parseMemory(guess) ? guess : QString();
}

} // namespace

void ParseContext::fail(const YamlNode &at, const QString &field, const QString &message)
{
    if (m_error)
        return;
    m_error = Error {message, m_fileName, at.line, at.column, field};
}

bool ParseContext::expectMap(const YamlNode &node, const QString &field, bool allowNull)
{
    if (node.isMap() || (allowNull && node.isNull()))
        return !failed();
    fail(node, field, tr("expected a mapping (key: value lines), found %1").arg(node.kindName()));
    return false;
}

bool ParseContext::expectSequence(const YamlNode &node, const QString &field)
{
    if (node.isSequence() || node.isNull())
        return !failed();
    fail(node, field, tr("expected a list, found %1").arg(node.kindName()));
    return false;
}

void ParseContext::checkKeys(const YamlNode &map, const QString &field, const QStringList &allowed)
{
    for (size_t i = 0; i < map.keys.size(); ++i) {
        const YamlNode &key = map.keys[i];
        if (allowed.contains(key.scalar))
            continue;
        // A key with no value on the line of the previous entry's text is what a comma inside
        // a flow map makes of that text: `{label: SQL (pool, retry)}` reads `retry)` as a key.
        if (i > 0 && map.values[i].isNull() && map.values[i - 1].isScalar()
            && !map.values[i - 1].quoted && map.values[i - 1].line == key.line) {
            const QString whole = map.values[i - 1].scalar + QLatin1String(", ") + key.scalar;
            fail(key, join(field, key.scalar),
                 tr("unknown key '%1': inside { } a comma ends a value, so the text of '%2' "
                    "stopped before it; quote text that holds a comma: %2: \"%3\"")
                     .arg(Echo::value(key.scalar), Echo::value(map.keys[i - 1].scalar),
                          Echo::value(whole)));
            return;
        }
        const QString guess = closest(key.scalar, allowed);
        const QString message = guess.isEmpty()
            ? tr("unknown key '%1' (allowed: %2)")
                  .arg(Echo::value(key.scalar), allowed.join(QLatin1String(", ")))
            : tr("unknown key '%1'; did you mean '%2'?")
                  .arg(Echo::value(key.scalar), Echo::value(guess));
        fail(key, join(field, key.scalar), message);
        return;
    }
}

QString ParseContext::text(const YamlNode &node, const QString &field)
{
    if (node.isNull())
        return {};
    if (!node.isScalar()) {
        fail(node, field, tr("expected text, found %1").arg(node.kindName()));
        return {};
    }
    return node.scalar;
}

QString ParseContext::requiredText(const YamlNode &node, const QString &field)
{
    const QString value = text(node, field);
    if (value.isEmpty() && !failed())
        fail(node, field, tr("a value is required here"));
    return value;
}

QString ParseContext::dnsLabel(const YamlNode &node, const QString &field, const QString &what)
{
    const QString value = requiredText(node, field);
    if (!failed() && !Naming::isDnsLabel(value)) {
        fail(node, field,
             tr("%1 '%2' is not a valid name: use lower-case letters, digits and "
                "'-', at most 63 "
                "characters (e.g. '%3')")
                 .arg(what, Echo::value(value), Echo::value(Naming::toDnsLabel(value))));
    }
    return value;
}

std::optional<qint64> ParseContext::integer(const YamlNode &node, const QString &field, qint64 min,
                                            qint64 max)
{
    if (!node.isScalar()) {
        fail(node, field, tr("expected a whole number, found %1").arg(node.kindName()));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = node.scalar.trimmed().toLongLong(&ok);
    if (!ok) {
        fail(node, field, tr("expected a whole number, found '%1'").arg(Echo::value(node.scalar)));
        return std::nullopt;
    }
    if (value < min && min == 0) {
        fail(node, field, tr("must not be negative (found %1)").arg(value));
        return std::nullopt;
    }
    if (value < min || value > max) {
        fail(node, field, tr("must be between %1 and %2 (found %3)").arg(min).arg(max).arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<double> ParseContext::number(const YamlNode &node, const QString &field, double min,
                                           double max)
{
    if (!node.isScalar()) {
        fail(node, field, tr("expected a number, found %1").arg(node.kindName()));
        return std::nullopt;
    }
    bool ok = false;
    const double value = node.scalar.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        fail(node, field, tr("expected a number, found '%1'").arg(Echo::value(node.scalar)));
        return std::nullopt;
    }
    if (value < min && min == 0) {
        fail(node, field, tr("must not be negative (found %1)").arg(Echo::value(node.scalar)));
        return std::nullopt;
    }
    if (value < min || value > max) {
        fail(node, field,
             tr("must be between %1 and %2 (found %3)")
                 .arg(QString::number(min, 'f', 0), QString::number(max, 'f', 0),
                      Echo::value(node.scalar)));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> ParseContext::boolean(const YamlNode &node, const QString &field)
{
    if (node.isScalar() && !node.quoted) {
        if (node.scalar == QLatin1String("true"))
            return true;
        if (node.scalar == QLatin1String("false"))
            return false;
    }
    fail(node, field, tr("expected true or false, found %1").arg(node.kindName()));
    return std::nullopt;
}

std::optional<qint64> ParseContext::cpu(const YamlNode &node, const QString &field)
{
    const std::optional<qint64> value
        = node.isScalar() ? Quantity::parseCpu(node.scalar) : std::nullopt;
    if (!value) {
        fail(node, field,
             tr("%1 is not a CPU quantity: use cores (0.5, 2) or millicores (500m)")
                 .arg(found(node)));
    } else if (*value > Quantity::MaxCpu) {
        fail(node, field,
             tr("%1 is more than the largest CPU quantity accepted (%2 cores)")
                 .arg(found(node))
                 .arg(Quantity::MaxCpu / 1000));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> ParseContext::memory(const YamlNode &node, const QString &field)
{
    const std::optional<qint64> value
        = node.isScalar() ? Quantity::parseMemory(node.scalar) : std::nullopt;
    if (!value) {
        const QString guess = node.isScalar() ? memoryGuess(node.scalar) : QString();
        if (!guess.isEmpty())
            fail(node, field,
                 tr("%1 is not a memory quantity: did you mean '%2'? Sizes are written the "
                    "Kubernetes way: 512Mi, 1Gi (binary) or 1G (decimal), without 'B'")
                     .arg(found(node), guess));
        else
            fail(node, field,
                 tr("%1 is not a memory quantity: use bytes with a suffix (512Mi, 1Gi, "
                    "1G)")
                     .arg(found(node)));
    } else if (*value > Quantity::MaxMemory) {
        fail(node, field,
             tr("%1 is more than the largest memory quantity accepted (%2)")
                 .arg(found(node), Quantity::formatMemory(Quantity::MaxMemory)));
        return std::nullopt;
    }
    return value;
}

QStringList ParseContext::textList(const YamlNode &node, const QString &field)
{
    QStringList list;
    if (!expectSequence(node, field))
        return list;
    for (size_t i = 0; i < node.items.size(); ++i)
        list.append(requiredText(node.items[i], index(field, int(i))));
    return list;
}

QString ParseContext::join(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString ParseContext::sub(const QString &parent, const char *key)
{
    return join(parent, QString::fromLatin1(key));
}

QStringList ParseContext::keys(std::initializer_list<const char *> names)
{
    QStringList list;
    list.reserve(qsizetype(names.size()));
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

QString ParseContext::index(const QString &parent, int i)
{
    return parent + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString ParseContext::closest(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max<int>(2, int(word.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

} // namespace Stackdraft::Core
