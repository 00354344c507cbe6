#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

#include <utility>

namespace Stackdraft::Core::Rules {
namespace {

class AutoscalingRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-AUTOSCALING"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "An autoscaler with impossible bounds or targets is "
                                           "rejected by the platform or never scales.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(context);
        QList<Problem> problems;
        for (const Deployment &d : env.deployments) {
            const Autoscaling &a = d.autoscaling;
            if (!a.enabled)
                continue;
            const QString field
                = deploymentField(project, env, d.component, QStringLiteral("autoscaling"));
            auto report = [&](const QString &message, const QString &fix) {
                problems << problem(env, d.component, field, message, fix);
            };
            if (a.minReplicas < 1)
                report(QCoreApplication::translate("Validation",
                                                   "autoscaling min is %1; it must be at least 1")
                           .arg(a.minReplicas),
                       QCoreApplication::translate("Validation", "set min to 1 or more"));
            if (a.minReplicas > a.maxReplicas)
                report(
                    QCoreApplication::translate("Validation", "autoscaling min %1 is above max %2")
                        .arg(a.minReplicas)
                        .arg(a.maxReplicas),
                    QCoreApplication::translate("Validation", "raise max to %1")
                        .arg(a.minReplicas));
            if (a.maxReplicas < d.replicas)
                report(
                    QCoreApplication::translate("Validation",
                                                "autoscaling max %1 is below the %2 replicas")
                        .arg(a.maxReplicas)
                        .arg(d.replicas),
                    QCoreApplication::translate("Validation", "raise max to %1").arg(d.replicas));
            for (const auto &[name, value] :
                 {std::pair {QStringLiteral("cpu"), a.cpuTargetPercent},
                  std::pair {QStringLiteral("memory"), a.memoryTargetPercent}}) {
                if (value < 0 || value > 100)
                    report(QCoreApplication::translate("Validation",
                                                       "the %1 target %2% is outside 1..100")
                               .arg(name)
                               .arg(value),
                           QCoreApplication::translate("Validation", "use a target such as 70"));
            }
            if (a.cpuTargetPercent == 0 && a.memoryTargetPercent == 0)
                report(QCoreApplication::translate("Validation",
                                                   "autoscaling has no CPU or memory target"),
                       QCoreApplication::translate("Validation", "set cpu: 70"));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeAutoscalingRule()
{
    return std::make_unique<AutoscalingRule>();
}

} // namespace Stackdraft::Core::Rules
