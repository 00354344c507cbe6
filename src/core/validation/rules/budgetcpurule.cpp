#include "core/model/quantity.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class BudgetCpuRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-BUDGET-CPU"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation",
            "The vCPU the environment reserves must fit the budget the architect set for it.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        if (env.budget.cpu <= 0)
            return {};
        const qint64 total = context.totals.cpu;
        if (total <= env.budget.cpu)
            return {};
        return {problem(
            ProblemLocation::inEnvironment(env.id, QStringLiteral("budget.cpu")),
            text(QT_TRANSLATE_NOOP("Validation",
                                   "the deployments reserve %1, over the budget of %2"))
                .arg(Quantity::humanCpu(total), Quantity::humanCpu(env.budget.cpu)),
            text(QT_TRANSLATE_NOOP("Validation",
                                   "raise the budget to %1 or lower replicas or CPU requests"))
                .arg(Quantity::formatCpu(total)))};
    }
};

} // namespace

std::unique_ptr<Rule> makeBudgetCpuRule()
{
    return std::make_unique<BudgetCpuRule>();
}

} // namespace Stackdraft::Core::Rules
