#include "core/cost/fargatesizes.h"
#include "core/model/quantity.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class FargateSizeRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-FARGATE-SIZE"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "Fargate only runs tasks of its published CPU/memory "
                                           "sizes; any other pair is rejected.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        if (env.platform != Platform::AwsEcs)
            return {};
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            const Deployment &d = *x.deployment;
            if (!x.realisation.runsContainers())
                continue;
            const Resources &r = x.effective.resources;
            if (r.effectiveCpu() <= 0
                || FargateSizes::isValid(r.effectiveCpu(), r.effectiveMemory()))
                continue;
            const auto fit = FargateSizes::smallestFitting(r.effectiveCpu(), r.effectiveMemory());
            problems << problem(
                ProblemLocation::inDeployment(env.id, d.component, QStringLiteral("cpu")),
                text(QT_TRANSLATE_NOOP("Validation", "%1 with %2 is not a Fargate task size"))
                    .arg(Quantity::humanCpu(r.effectiveCpu()),
                         Quantity::humanMemory(r.effectiveMemory())),
                fit ? text(QT_TRANSLATE_NOOP("Validation", "use cpu %1 with memory %2"))
                          .arg(Quantity::formatCpu(fit->cpu), Quantity::formatMemory(fit->memory))
                    : text(QT_TRANSLATE_NOOP("Validation",
                                             "split the work: no Fargate size is that large")));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeFargateSizeRule()
{
    return std::make_unique<FargateSizeRule>();
}

} // namespace Stackdraft::Core::Rules
