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
        Q_UNUSED(project);
        Q_UNUSED(context);
        QList<Problem> problems;
        for (const Deployment &d : env.deployments) {
            const Autoscaling &a = d.autoscaling;
            if (!a.enabled)
                continue;
            const ProblemLocation where
                = ProblemLocation::inDeployment(env.id, d.component, QStringLiteral("autoscaling"));
            auto report = [&](const Message &message, const Message &fix) {
                problems << problem(where, message, fix);
            };
            if (a.minReplicas < 1)
                report(text(QT_TRANSLATE_NOOP("Validation",
                                              "autoscaling min is %1; it must be at least 1"))
                           .arg(a.minReplicas),
                       text(QT_TRANSLATE_NOOP("Validation", "set min to 1 or more")));
            if (a.minReplicas > a.maxReplicas)
                report(text(QT_TRANSLATE_NOOP("Validation", "autoscaling min %1 is above max %2"))
                           .arg(a.minReplicas)
                           .arg(a.maxReplicas),
                       text(QT_TRANSLATE_NOOP("Validation", "raise max to %1")).arg(a.minReplicas));
            if (a.maxReplicas < d.replicas)
                report(text(QT_TRANSLATE_NOOP("Validation",
                                              "autoscaling max %1 is below the %2 replicas"))
                           .arg(a.maxReplicas)
                           .arg(d.replicas),
                       text(QT_TRANSLATE_NOOP("Validation", "raise max to %1")).arg(d.replicas));
            for (const auto &[name, value] :
                 {std::pair {QStringLiteral("cpu"), a.cpuTargetPercent},
                  std::pair {QStringLiteral("memory"), a.memoryTargetPercent}}) {
                if (value < 0 || value > 100)
                    report(
                        text(QT_TRANSLATE_NOOP("Validation", "the %1 target %2% is outside 1..100"))
                            .arg(name)
                            .arg(value),
                        text(QT_TRANSLATE_NOOP("Validation", "use a target such as 70")));
            }
            if (a.cpuTargetPercent == 0 && a.memoryTargetPercent == 0 && !a.queue.isSet())
                report(text(QT_TRANSLATE_NOOP("Validation",
                                              "autoscaling has no CPU or memory target")),
                       text(QT_TRANSLATE_NOOP("Validation", "set cpu: 70")));
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
