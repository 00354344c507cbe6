#include "core/export/replicationplan.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

// A replicated or clustered data store must be realised as one: several members that agree on a
// writer. Without a strategy for the platform the generators could only start unrelated
// instances behind one name, so the design is refused here rather than exported wrong.
class ReplicationRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-REPLICATION"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation",
            "A replicated or clustered data store is realised as one replicated service, or "
            "refused: never as independent instances that split the writes.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            const Deployment &d = *x.deployment;
            const ReplicationPlan plan = ReplicationPlan::make(x.type, d, env.platform);
            const QString mode = deploymentModeId(d.mode);
            if (plan.outcome == ReplicationPlan::Outcome::Unrealisable) {
                problems << problem(
                    ProblemLocation::inDeployment(env.id, d.component, QStringLiteral("mode")),
                    text(QT_TRANSLATE_NOOP(
                             "Validation",
                             "%1 (%2) cannot run as mode %3 on platform %4: no replication "
                             "strategy for that type there"))
                        .arg(d.component, x.type.id(), mode, platformId(env.platform)),
                    text(QT_TRANSLATE_NOOP(
                             "Validation",
                             "use mode single with backups, run it on a platform that "
                             "replicates it (a managed service), or give the catalog type "
                             "a replication strategy for %1"))
                        .arg(platformId(env.platform)));
            } else if (plan.isReplicated() && d.replicas < 2) {
                problems << problem(
                    ProblemLocation::inDeployment(env.id, d.component, QStringLiteral("replicas")),
                    text(
                        QT_TRANSLATE_NOOP("Validation",
                                          "%1 is mode %2 with %3 replica: nothing to replicate to"))
                        .arg(d.component, mode)
                        .arg(d.replicas),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "set replicas to 2 or more, or mode single")));
            }
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeReplicationRule()
{
    return std::make_unique<ReplicationRule>();
}

} // namespace Stackdraft::Core::Rules
