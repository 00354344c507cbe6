#include "core/cost/costengine.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

#include <optional>

namespace Stackdraft::Core::Rules {
namespace {

class BudgetCostRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-BUDGET-COST"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation",
            "The monthly cost estimated from the price book must fit the environment budget.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        if (env.budget.monthlyCost <= 0)
            return {};
        std::optional<CostReport> priced;
        const CostReport &report = context.cost
            ? *context.cost
            : priced.emplace(CostEngine::estimate(project, env, context.catalog, context.priceBooks,
                                                  &context.resolver.index()));
        if (!report.isOverBudget())
            return {};
        return {problem(
            ProblemLocation::inEnvironment(env.id, QStringLiteral("budget.monthlyCost")),
            text(QT_TRANSLATE_NOOP("Validation",
                                   "the estimated monthly cost $%1 is over the budget of $%2"))
                .arg(report.total(), 0, 'f', 2)
                .arg(env.budget.monthlyCost, 0, 'f', 2),
            text(QT_TRANSLATE_NOOP(
                     "Validation",
                     "raise the budget to $%1 or run `stackdraft cost` to see what to cut"))
                .arg(report.total(), 0, 'f', 2))};
    }
};

} // namespace

std::unique_ptr<Rule> makeBudgetCostRule()
{
    return std::make_unique<BudgetCostRule>();
}

} // namespace Stackdraft::Core::Rules
