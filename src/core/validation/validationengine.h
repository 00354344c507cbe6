#pragma once

#include "core/validation/problem.h"
#include "core/validation/rule.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Stackdraft::Core {

// Runs every enabled rule over each environment. Rules listed in Project::disabledRules are
// skipped.
class ValidationEngine final
{
public:
    // Every rule Stackdraft ships (docs/validation.md lists them).
    static const ValidationEngine &standard();

    ValidationEngine() = default;
    void addRule(std::shared_ptr<const Rule> rule);
    QList<const Rule *> rules() const;
    const Rule *rule(const QString &id) const;

    // All environments, in environment order, each environment's problems in rule order.
    QList<Problem> check(const Project &project, const Catalog &catalog,
                         const PriceBooks &books) const;
    // One environment only (after an edit that touched only it); empty when the id is unknown.
    // `cost`, when given, is the environment's estimate from the same project and books.
    QList<Problem> checkEnvironment(const Project &project, const QString &environmentId,
                                    const Catalog &catalog, const PriceBooks &books,
                                    const CostReport *cost = nullptr) const;

private:
    std::vector<std::shared_ptr<const Rule>> m_rules;
};

} // namespace Stackdraft::Core
