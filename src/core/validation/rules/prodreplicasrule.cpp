#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class ProdReplicasRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-PROD-REPLICAS"); }
    Severity severity() const override { return Severity::Warning; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "In production a stateless service with one replica is "
                                           "down during every deploy or node failure.");
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
            if (!x.realisation.runsContainers() || type.isStateful())
                continue;
            if (x.effective.baselineReplicas >= 2)
                continue;
            problems << problem(
                ProblemLocation::inDeployment(env.id, d.component, QStringLiteral("replicas")),
                text(QT_TRANSLATE_N_NOOP("Validation",
                                         "a stateless service with %n replica(s) in production"),
                     x.effective.baselineReplicas),
                text(QT_TRANSLATE_NOOP("Validation",
                                       "raise replicas (or the autoscaling minimum) to 2")));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeProdReplicasRule()
{
    return std::make_unique<ProdReplicasRule>();
}

} // namespace Stackdraft::Core::Rules
