#pragma once

#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/model/project.h"
#include "core/validation/problem.h"

#include <QList>
#include <QString>

namespace Stackdraft::Core {

// What rules may read besides the project: the catalog (minimums, required variables, realisations) and
// the price books (for the monthly-cost budget).
struct RuleContext
{
    const Catalog &catalog;
    const PriceBooks &priceBooks;
};

// One validation rule: small, independent, pure. The engine runs every enabled rule per environment.
class Rule
{
public:
    virtual ~Rule() = default;
    virtual QString id() const = 0;         // "SD-BUDGET-CPU"; stable, used in disabledRules and CI
    virtual Severity severity() const = 0;  // of the problems it reports
    virtual QString rationale() const = 0;  // one translated line: why the rule exists
    virtual QList<Problem> check(const Project &project, const Environment &environment,
                                 const RuleContext &context) const = 0;

protected:
    Problem problem(const Environment &environment, const QString &component, const QString &field,
                    const QString &message, const QString &fix = {}) const
    {
        return Problem{severity(), id(), environment.id, component, field, message, fix};
    }
};

} // namespace Stackdraft::Core
