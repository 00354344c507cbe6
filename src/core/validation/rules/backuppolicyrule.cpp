#include "core/derived/backupplan.h"
#include "core/model/cronschedule.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

// A stated schedule or retention the platform cannot realise: exporting it would silently give
// another policy than the one designed.
class BackupPolicyRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-BACKUP-POLICY"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "A backup schedule or retention the platform cannot "
                                           "realise would be exported as a different policy.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            const Deployment &d = *x.deployment;
            if (!d.backup || d.backupPolicy.isDefault())
                continue;
            const BackupPlan plan = BackupPlan::of(x.type, x.realisation, d, env.platform);
            const ProblemLocation where
                = ProblemLocation::inDeployment(env.id, d.component, QStringLiteral("backup"));
            const BackupPolicy &policy = d.backupPolicy;
            switch (plan.method) {
            case BackupPlan::Method::ManagedDaily:
                if (!policy.schedule.isEmpty() && !CronSchedule::dailyMinute(policy.schedule))
                    problems << problem(
                        where,
                        text(QT_TRANSLATE_NOOP("Validation",
                                               "%1 (%2) backs up once a day in a window; the "
                                               "schedule '%3' is not a daily time"))
                            .arg(d.component, x.realisation.name(), policy.schedule),
                        text(QT_TRANSLATE_NOOP("Validation",
                                               "use a daily schedule such as \"0 3 * * *\"")));
                if (policy.retentionDays > BackupPlan::ManagedMaxRetentionDays)
                    problems << problem(
                        where,
                        text(QT_TRANSLATE_NOOP("Validation",
                                               "%1 (%2) keeps backups at most %3 days; %4 days "
                                               "asked"))
                            .arg(d.component, x.realisation.name())
                            .arg(BackupPlan::ManagedMaxRetentionDays)
                            .arg(policy.retentionDays),
                        text(QT_TRANSLATE_NOOP("Validation", "set retention: %1d or less"))
                            .arg(BackupPlan::ManagedMaxRetentionDays));
                break;
            case BackupPlan::Method::ManagedFixed:
                problems << problem(
                    where,
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "%1 (%2) takes its own hourly snapshots, kept 14 "
                                           "days; a schedule or retention cannot be set"))
                        .arg(d.component, x.realisation.name()),
                    text(QT_TRANSLATE_NOOP("Validation", "write backup: true")));
                break;
            case BackupPlan::Method::ObjectVersions:
                if (!policy.schedule.isEmpty())
                    problems << problem(
                        where,
                        text(QT_TRANSLATE_NOOP("Validation",
                                               "%1 (%2) keeps every version as it is written; "
                                               "a schedule cannot be set, only a retention"))
                            .arg(d.component, x.realisation.name()),
                        text(QT_TRANSLATE_NOOP("Validation", "remove the schedule")));
                break;
            case BackupPlan::Method::AwsBackup: {
                CronSchedule::AwsRefusal why = CronSchedule::AwsRefusal::NotASchedule;
                if (policy.schedule.isEmpty() || CronSchedule::toAws(policy.schedule, &why))
                    break;
                problems << problem(
                    where,
                    why == CronSchedule::AwsRefusal::BothDays
                        ? text(QT_TRANSLATE_NOOP("Validation",
                                                 "%1 is backed up by AWS Backup, whose schedule "
                                                 "restricts the day of month or the day of week, "
                                                 "not both; '%2' restricts both"))
                              .arg(d.component, policy.schedule)
                        : text(QT_TRANSLATE_NOOP("Validation",
                                                 "%1 is backed up by AWS Backup, which runs at "
                                                 "most once an hour; '%2' runs more often"))
                              .arg(d.component, policy.schedule),
                    why == CronSchedule::AwsRefusal::BothDays
                        ? text(QT_TRANSLATE_NOOP("Validation",
                                                 "write \"*\" in the day of month or in the day "
                                                 "of week"))
                        : text(QT_TRANSLATE_NOOP("Validation",
                                                 "use one minute of the hour, such as "
                                                 "\"0 * * * *\"")));
                break;
            }
            case BackupPlan::Method::DumpJob:
            case BackupPlan::Method::None:
                break;
            case BackupPlan::Method::Unrealised:
                problems << problem(
                    where,
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "%1 has a backup schedule or retention, but nothing "
                                           "on %2 backs up a %3 on a schedule"))
                        .arg(d.component, platformId(env.platform),
                             x.type.isValid() ? x.type.id() : d.component),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "write backup: true and back it up outside, or "
                                           "deploy it where a schedule can be realised")));
                break;
            }
        }
        return problems;
    }
};

// A backup of something that keeps no data backs up nothing: likely the wrong component.
class BackupNoDataRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-BACKUP-NO-DATA"); }
    Severity severity() const override { return Severity::Warning; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation", "A backup of a component that keeps no data protects nothing.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            const Deployment &d = *x.deployment;
            if (!d.backup || !x.type.isValid() || (x.type.isStateful() && !x.type.isExternal()))
                continue;
            problems << problem(
                ProblemLocation::inDeployment(env.id, d.component, QStringLiteral("backup")),
                text(QT_TRANSLATE_NOOP("Validation",
                                       "%1 keeps no data of its own; its backup saves nothing"))
                    .arg(d.component),
                text(QT_TRANSLATE_NOOP("Validation",
                                       "remove backup, or set it on the store %1 writes to"))
                    .arg(d.component));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeBackupPolicyRule()
{
    return std::make_unique<BackupPolicyRule>();
}

std::unique_ptr<Rule> makeBackupNoDataRule()
{
    return std::make_unique<BackupNoDataRule>();
}

} // namespace Stackdraft::Core::Rules
