#include "core/model/cronschedule.h"

#include <QTest>

using namespace Stackdraft::Core;

// A five-field schedule as AWS's six-field cron (AWS Backup, EventBridge): the same times, or a
// refusal naming why AWS cannot say them.
class TestCronSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void toAws_data();
    void toAws();
};

using Refusal = CronSchedule::AwsRefusal;
Q_DECLARE_METATYPE(std::optional<Refusal>)

void TestCronSchedule::toAws_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QString>("aws"); // empty: refused
    QTest::addColumn<std::optional<Refusal>>("refusal");
    auto ok = [](const char *name, const char *schedule, const char *aws) {
        QTest::addRow("%s", name) << QString::fromLatin1(schedule) << QString::fromLatin1(aws)
                                  << std::optional<Refusal>();
    };
    auto refused = [](const char *name, const char *schedule, Refusal why) {
        QTest::addRow("%s", name) << QString::fromLatin1(schedule) << QString()
                                  << std::optional<Refusal>(why);
    };
    ok("daily", "0 3 * * *", "cron(0 3 * * ? *)");
    ok("daily, extra spaces", " 30  2 * *  * ", "cron(30 2 * * ? *)");
    ok("hourly", "15 * * * *", "cron(15 * * * ? *)");
    ok("every six hours", "0 */6 * * *", "cron(0 0,6,12,18 * * ? *)");
    ok("hour range with step", "0 8-20/4 * * *", "cron(0 8,12,16,20 * * ? *)");
    // Day of week: crontab 0-6 (and 7) from Sunday, AWS 1-7 from Sunday; `?` in the day of month.
    ok("weekdays", "30 2 * * 1-5", "cron(30 2 ? * 2-6 *)");
    ok("sunday as 0", "0 4 * * 0", "cron(0 4 ? * 1 *)");
    ok("sunday as 7", "0 4 * * 7", "cron(0 4 ? * 1 *)");
    ok("weekend across the wrap", "0 4 * * 6-7", "cron(0 4 ? * 1,7 *)");
    ok("every other day of week", "0 4 * * */2", "cron(0 4 ? * 1,3,5,7 *)");
    ok("every day of week spelled out", "0 4 * * 0-6", "cron(0 4 ? * * *)");
    // Day of month: `?` in the day of week.
    ok("monthly", "0 1 1 * *", "cron(0 1 1 * ? *)");
    ok("twice a month", "0 1 1,15 * *", "cron(0 1 1,15 * ? *)");
    ok("odd days", "0 1 */2 * *", "cron(0 1 1,3,5,7,9,11,13,15,17,19,21,23,25,27,29,31 * ? *)");
    ok("quarterly", "0 1 1 */3 *", "cron(0 1 1 1,4,7,10 ? *)");
    ok("months range", "0 1 * 3-5 *", "cron(0 1 * 3-5 ? *)");
    // Both day fields restricted: crontab runs on either; fine when one of them is every day.
    ok("both, day of week every day", "0 1 1 * 0-6", "cron(0 1 * * ? *)");
    refused("both day fields", "0 3 1 * 1", Refusal::BothDays);
    refused("both day fields, ranges", "0 3 1-7 * 1-5", Refusal::BothDays);
    refused("every minute", "* * * * *", Refusal::MoreThanHourly);
    refused("twice an hour", "0,30 * * * *", Refusal::MoreThanHourly);
    refused("every five minutes", "*/5 3 * * *", Refusal::MoreThanHourly);
    refused("not a schedule", "0 25 * * *", Refusal::NotASchedule);
    refused("four fields", "0 3 * *", Refusal::NotASchedule);
}

void TestCronSchedule::toAws()
{
    QFETCH(QString, schedule);
    QFETCH(QString, aws);
    QFETCH(std::optional<Refusal>, refusal);
    Refusal why = Refusal::NotASchedule;
    const std::optional<QString> converted = CronSchedule::toAws(schedule, &why);
    if (aws.isEmpty()) {
        QVERIFY2(!converted, qPrintable(converted.value_or(QString())));
        QCOMPARE(int(why), int(*refusal));
    } else {
        QVERIFY2(converted, qPrintable(QString::number(int(why))));
        QCOMPARE(*converted, aws);
    }
}

QTEST_GUILESS_MAIN(TestCronSchedule)
#include "tst_cronschedule.moc"
