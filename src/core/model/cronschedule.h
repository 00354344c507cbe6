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

    // Why AWS's six-field cron cannot say the same as a schedule.
    enum class AwsRefusal {
        NotASchedule, // check() refuses it
        MoreThanHourly, // more than one minute of the hour: AWS Backup runs at most hourly
        BothDays, // restricts both the day of month and the day of week: AWS needs `?` in one
    };

    // The same schedule as AWS writes it (EventBridge, AWS Backup): "cron(M H DOM MON DOW YEAR)",
    // day of week 1-7 from Sunday, `?` in the day field that does not restrict, every year:
    // "0 3 * * *" -> "cron(0 3 * * ? *)", "30 2 * * 1-5" -> "cron(30 2 ? * 2-6 *)". Fields are
    // written as the values they match (ranges and lists, no steps: AWS takes no step in the day
    // of week). Empty, and `why` set, when AWS cannot say the same: see AwsRefusal. A day field
    // that is `*` leaves the other to decide, as in crontab and Kubernetes; when neither is `*`
    // both restrict (crontab runs on either), which AWS cannot say unless one matches every day.
    static std::optional<QString> toAws(const QString &text, AwsRefusal *why = nullptr);
};

} // namespace Stackdraft::Core
