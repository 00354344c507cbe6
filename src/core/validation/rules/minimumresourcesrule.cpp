#include "core/model/quantity.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class MinimumResourcesRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-MIN-RESOURCES"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "Below the minimum its catalog type needs, a component "
                                           "fails to start or is killed under load.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            const Deployment &d = *x.deployment;
            const ComponentType &type = x.type;
            if (!x.realisation.runsContainers())
                continue;
            const Resources &min = type.data().minimumResources;
            const Resources &r = x.effective.resources;
            if (min.cpuRequest > 0 && r.effectiveCpu() > 0 && r.effectiveCpu() < min.cpuRequest)
                problems << problem(
                    ProblemLocation::inDeployment(env.id, d.component, QStringLiteral("cpu")),
                    text(QT_TRANSLATE_NOOP("Validation", "CPU %1 is below the %2 minimum of %3"))
                        .arg(Quantity::formatCpu(r.effectiveCpu()), type.id(),
                             Quantity::formatCpu(min.cpuRequest)),
                    text(QT_TRANSLATE_NOOP("Validation", "raise cpu to %1"))
                        .arg(Quantity::formatCpu(min.cpuRequest)));
            if (min.memoryRequest > 0 && r.effectiveMemory() > 0
                && r.effectiveMemory() < min.memoryRequest)
                problems << problem(
                    ProblemLocation::inDeployment(env.id, d.component, QStringLiteral("memory")),
                    text(QT_TRANSLATE_NOOP("Validation", "memory %1 is below the %2 minimum of %3"))
                        .arg(Quantity::formatMemory(r.effectiveMemory()), type.id(),
                             Quantity::formatMemory(min.memoryRequest)),
                    text(QT_TRANSLATE_NOOP("Validation", "raise memory to %1"))
                        .arg(Quantity::formatMemory(min.memoryRequest)));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeMinimumResourcesRule()
{
    return std::make_unique<MinimumResourcesRule>();
}

} // namespace Stackdraft::Core::Rules
