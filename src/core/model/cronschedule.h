#pragma once

#include <QString>

#include <optional>

namespace Stackdraft::Core {

// A five-field cron expression (minute hour day-of-month month day-of-week), the form Kubernetes
// CronJobs and crontab read: each field `*`, a number, a range `a-b`, a step `*/n` or `a-b/n`, or a
// comma list of those; numbers only (no JAN/MON names, no @daily), so every platform reads it
// alike.
class CronSchedule final
{
public:
    enum class Field { Minute, Hour, DayOfMonth, Month, DayOfWeek };

    // Why a text is not a schedule: the wrong number of fields, or the first bad field.
    struct Problem
    {
        std::optional<Field> field; // empty: not five fields
        QString text; // the offending field's text
    };

    // The schedule, or why not.
    static std::optional<Problem> check(const QString &text);
    static int lowest(Field field);
    static int highest(Field field);
    static QString fieldName(Field field); // "minute", "hour", "day of month", ...: translated

    // The time of day of a schedule that runs once every day at a fixed minute and hour
    // ("30 3 * * *"), in minutes after midnight; empty for anything else (hourly, weekly, ...).
    // Managed services that back up once a day at a chosen time (RDS, ElastiCache) realise only
    // these.
    static std::optional<int> dailyMinute(const QString &text);
};

} // namespace Stackdraft::Core
