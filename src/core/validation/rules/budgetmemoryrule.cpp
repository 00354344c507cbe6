#include "core/model/quantity.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

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
        return QCoreApplication::translate(
            "Validation",
            "The memory the environment reserves must fit the budget the architect set for it.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        if (env.budget.memory <= 0)
            return {};
        const qint64 total = context.totals.memory;
        if (total <= env.budget.memory)
            return {};
        return {problem(
            ProblemLocation::inEnvironment(env.id, QStringLiteral("budget.memory")),
            text(QT_TRANSLATE_NOOP("Validation",
                                   "the deployments reserve %1, over the budget of %2"))
                .arg(Quantity::humanMemory(total), Quantity::humanMemory(env.budget.memory)),
            text(QT_TRANSLATE_NOOP("Validation",
                                   "raise the budget to %1 or lower replicas or memory requests"))
                .arg(Quantity::formatMemory(total)))};
    }
};

} // namespace

std::unique_ptr<Rule> makeBudgetMemoryRule()
{
    return std::make_unique<BudgetMemoryRule>();
}

} // namespace Stackdraft::Core::Rules
