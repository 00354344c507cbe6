#include "core/model/naming.h"

namespace Stackdraft::Core::Naming {

bool isDnsLabel(const QString &name)
{
    if (name.isEmpty() || name.size() > 63)
        return false;
    for (QChar c : name) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
        if (!ok)
            return false;
    }
    return name.front() != QLatin1Char('-') && name.back() != QLatin1Char('-');
}

QString toDnsLabel(const QString &text)
{
    QString label;
    for (QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            label += c;
        else if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            continue; // accents and non-Latin letters have no DNS spelling
        else if (!label.isEmpty() && !label.endsWith(QLatin1Char('-')))
            label += QLatin1Char('-');
    }
    label.truncate(63);
    while (label.endsWith(QLatin1Char('-')))
        label.chop(1);
    return label.isEmpty() ? QStringLiteral("component") : label;
}

QString uniqueDnsLabel(const QString &text, const std::function<bool(const QString &)> &taken)
{
    const QString stem = toDnsLabel(text);
    QString label = stem;
    for (int n = 2; taken(label); ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        QString head = stem.left(63 - suffix.size());
        while (head.endsWith(QLatin1Char('-')))
            head.chop(1);
        label = head + suffix;
    }
    return label;
}

bool isEnvName(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (QChar c : name) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_')
            || c == QLatin1Char('-') || c == QLatin1Char('.');
        if (!ok)
            return false;
    }
    return true;
}

QString toEnvName(const QString &text)
{
    QString name;
    for (QChar c : text.toUpper()) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c.isDigit();
        name += ok ? c : QLatin1Char('_');
    }
    if (name.isEmpty() || name.front().isDigit())
        name.prepend(QLatin1Char('_'));
    return name;
}

} // namespace Stackdraft::Core::Naming
