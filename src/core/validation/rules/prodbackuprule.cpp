#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class ProdBackupRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-PROD-BACKUP"); }
    Severity severity() const override { return Severity::Warning; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "In production a stateful component with neither "
                                           "backups nor a second copy loses data with its volume.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        if (!isProduction(env))
            return {};
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            const Deployment &d = *x.deployment;
            const ComponentType &type = x.type;
            if (!type.isStateful() || type.isExternal() || d.backup
                || d.mode != DeploymentMode::Single)
                continue;
            if (x.realisation.isManaged())
                continue; // RDS, ElastiCache, Amazon MQ... keep automated snapshots
            problems << problem(
                ProblemLocation::inDeployment(env.id, d.component, QStringLiteral("backup")),
                text(QT_TRANSLATE_NOOP("Validation",
                                       "%1 keeps state with no backup and a single copy"))
                    .arg(d.component),
                text(QT_TRANSLATE_NOOP(
                    "Validation", "set backup: true, or mode: replicated, cluster or managed")));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeProdBackupRule()
{
    return std::make_unique<ProdBackupRule>();
}

} // namespace Stackdraft::Core::Rules
