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

// The values a valid field matches, as flags indexed by value (low..high).
QList<bool> values(const QString &text, int low, int high)
{
    QList<bool> on(high + 1, false);
    for (const QString &p : text.split(QLatin1Char(','))) {
        QString range = p;
        int step = 1;
        const qsizetype slash = p.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            range = p.left(slash);
            step = p.mid(slash + 1).toInt();
        }
        int from = low;
        int to = high;
        if (range != QLatin1String("*")) {
            const qsizetype dash = range.indexOf(QLatin1Char('-'));
            from = range.left(dash < 0 ? range.size() : dash).toInt();
            to = dash < 0 ? (slash < 0 ? from : high) : range.mid(dash + 1).toInt();
        }
        for (int v = from; v <= to && step > 0; v += step)
            on[v] = true;
    }
    return on;
}

bool all(const QList<bool> &on, int low, int high)
{
    for (int v = low; v <= high; ++v) {
        if (!on[v])
            return false;
    }
    return true;
}

// "*" when every value low..high is on, else the values as a list, three or more in a row as a
// range: "1-5", "0,30", "1,3-6".
QString awsField(const QList<bool> &on, int low, int high)
{
    if (all(on, low, high))
        return QStringLiteral("*");
    QStringList parts;
    for (int v = low; v <= high; ++v) {
        if (!on[v])
            continue;
        int end = v;
        while (end + 1 <= high && on[end + 1])
            ++end;
        if (end - v >= 2) {
            parts << QStringLiteral("%1-%2").arg(v).arg(end);
        } else {
            for (int x = v; x <= end; ++x)
                parts << QString::number(x);
        }
        v = end;
    }
    return parts.join(QLatin1Char(','));
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

std::optional<QString> CronSchedule::toAws(const QString &text, AwsRefusal *why)
{
    auto refuse = [why](AwsRefusal reason) -> std::optional<QString> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (check(text))
        return refuse(AwsRefusal::NotASchedule);
    const QStringList parts = fields(text);
    const QList<bool> minutes = values(parts[0], 0, 59);
    if (minutes.count(true) != 1)
        return refuse(AwsRefusal::MoreThanHourly);
    const QList<bool> hours = values(parts[1], 0, 23);
    const QList<bool> days = values(parts[2], 1, 31);
    const QList<bool> months = values(parts[3], 1, 12);
    QList<bool> weekdays = values(parts[4], 0, 7);
    weekdays[0] = weekdays[0] || weekdays[7]; // 7 is Sunday too
    // AWS counts the days of the week 1-7 from Sunday, crontab 0-6.
    QList<bool> awsWeekdays(8, false);
    for (int d = 0; d <= 6; ++d)
        awsWeekdays[d + 1] = weekdays[d];
    const bool anyDay = parts[2] == QLatin1String("*");
    const bool anyWeekday = parts[4] == QLatin1String("*");
    QString dayField;
    QString weekdayField;
    if (anyWeekday) {
        dayField = awsField(days, 1, 31);
        weekdayField = QStringLiteral("?");
    } else if (anyDay) {
        dayField = QStringLiteral("?");
        weekdayField = awsField(awsWeekdays, 1, 7);
    } else if (all(days, 1, 31) || all(weekdays, 0, 6)) {
        // Both restrict, and crontab runs on a day either matches: one matches every day.
        dayField = QStringLiteral("*");
        weekdayField = QStringLiteral("?");
    } else {
        return refuse(AwsRefusal::BothDays);
    }
    return QStringLiteral("cron(%1 %2 %3 %4 %5 *)")
        .arg(awsField(minutes, 0, 59), awsField(hours, 0, 23), dayField, awsField(months, 1, 12),
             weekdayField);
}

} // namespace Stackdraft::Core
