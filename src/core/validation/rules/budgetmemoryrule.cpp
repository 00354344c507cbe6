#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"
#include "core/model/quantity.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class BudgetMemoryRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-BUDGET-MEMORY"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation", "The memory the environment reserves must fit the budget the architect set for it.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        if (env.budget.memory <= 0)
            return {};
        qint64 total = 0;
        for (const Deployment &d : env.deployments) {
            const ComponentType type = context.catalog.type(project.component(d.component) ? project.component(d.component)->type : QString());
            if (runsAsContainer(type, env.platform))
                total += effectiveResources(type, d).effectiveMemory() * baselineReplicas(d);
        }
        if (total <= env.budget.memory)
            return {};
        return {problem(env, {}, environmentField(project, env, QStringLiteral("budget.memory")),
                        QCoreApplication::translate("Validation", "the deployments reserve %1, over the budget of %2")
                            .arg(Quantity::humanMemory(total), Quantity::humanMemory(env.budget.memory)),
                        QCoreApplication::translate("Validation", "raise the budget to %1 or lower replicas or memory requests")
                            .arg(Quantity::formatMemory(total)))};
    }
};

} // namespace

std::unique_ptr<Rule> makeBudgetMemoryRule()
{
    return std::make_unique<BudgetMemoryRule>();
}

} // namespace Stackdraft::Core::Rules
