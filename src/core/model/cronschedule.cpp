#include "core/model/cronschedule.h"

#include <QCoreApplication>
#include <QStringList>

namespace Stackdraft::Core {
namespace {

bool number(const QString &text, int low, int high, int *out = nullptr)
{
    if (text.isEmpty() || text.size() > 2)
        return false;
    bool ok = false;
    const int value = text.toInt(&ok);
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    if (!ok || value < low || value > high)
        return false;
    if (out)
        *out = value;
    return true;
}

// One comma-separated part: `*`, `n`, `a-b`, each optionally `/step`.
bool part(const QString &text, int low, int high)
{
    QString range = text;
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        range = text.left(slash);
        if (!number(text.mid(slash + 1), 1, high))
            return false;
    }
    if (range == QLatin1String("*"))
        return true;
    const qsizetype dash = range.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return slash < 0 && number(range, low, high);
    int from = 0;
    int to = 0;
    return number(range.left(dash), low, high, &from) && number(range.mid(dash + 1), low, high, &to)
        && from <= to;
}

bool field(const QString &text, int low, int high)
{
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &p : parts) {
        if (!part(p, low, high))
            return false;
    }
    return true;
}

QStringList fields(const QString &text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

int CronSchedule::lowest(Field f)
{
    return f == Field::DayOfMonth || f == Field::Month ? 1 : 0;
}

int CronSchedule::highest(Field f)
{
    switch (f) {
    case Field::Minute:
        return 59;
    case Field::Hour:
        return 23;
    case Field::DayOfMonth:
        return 31;
    case Field::Month:
        return 12;
    case Field::DayOfWeek:
        return 7; // 0 and 7 are both Sunday
    }
    return 0;
}

QString CronSchedule::fieldName(Field f)
{
    // Inserted into translated load errors ("'25' is not a cron hour field"): translated with them.
    switch (f) {
    case Field::Minute:
        return QCoreApplication::translate("CronSchedule", "minute");
    case Field::Hour:
        return QCoreApplication::translate("CronSchedule", "hour");
    case Field::DayOfMonth:
        return QCoreApplication::translate("CronSchedule", "day of month");
    case Field::Month:
        return QCoreApplication::translate("CronSchedule", "month");
    case Field::DayOfWeek:
        return QCoreApplication::translate("CronSchedule", "day of week");
    }
    return {};
}

std::optional<CronSchedule::Problem> CronSchedule::check(const QString &text)
{
    const QStringList parts = fields(text);
    if (parts.size() != 5)
        return Problem {std::nullopt, text};
    for (int i = 0; i < 5; ++i) {
        const auto f = Field(i);
        if (!field(parts[i], lowest(f), highest(f)))
            return Problem {f, parts[i]};
    }
    return std::nullopt;
}

std::optional<int> CronSchedule::dailyMinute(const QString &text)
{
    if (check(text))
        return std::nullopt;
    const QStringList parts = fields(text);
    int minute = 0;
    int hour = 0;
    if (!number(parts[0], 0, 59, &minute) || !number(parts[1], 0, 23, &hour))
        return std::nullopt;
    for (int i = 2; i < 5; ++i) {
        if (parts[i] != QLatin1String("*"))
            return std::nullopt;
    }
    return hour * 60 + minute;
}

} // namespace Stackdraft::Core
