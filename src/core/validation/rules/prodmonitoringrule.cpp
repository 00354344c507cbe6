#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class ProdMonitoringRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-PROD-MONITORING"); }
    Severity severity() const override { return Severity::Warning; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation",
            "In production nobody learns about an outage without a monitoring component.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        if (!isProduction(env) || env.deployments.isEmpty())
            return {};
        for (const DeployedComponent &x : context.deployed) {
            if (x.type.category() == QLatin1String("observability"))
                return {};
        }
        return {
            problem(ProblemLocation::inEnvironment(env.id, QStringLiteral("deployments")),
                    text(QT_TRANSLATE_NOOP("Validation", "production has no monitoring component")),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "deploy Prometheus, Grafana or a log pipeline here")))};
    }
};

} // namespace

std::unique_ptr<Rule> makeProdMonitoringRule()
{
    return std::make_unique<ProdMonitoringRule>();
}

} // namespace Stackdraft::Core::Rules
