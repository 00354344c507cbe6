#pragma once

#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/derived/effectivedeployment.h"
#include "core/derived/environmenttotals.h"
#include "core/derived/realisation.h"
#include "core/export/envresolver.h"
#include "core/export/workload.h"
#include "core/model/project.h"
#include "core/validation/problem.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Stackdraft::Core {

struct CostReport;

// A component deployed in the environment being checked, with its deployment and catalog type.
struct DeployedComponent
{
    const Component *component = nullptr;
    const Deployment *deployment = nullptr;
    ComponentType type; // invalid when the catalog does not know it
    Realisation realisation; // what the environment's platform makes of it
    EffectiveDeployment effective; // its resources and replicas, catalog defaults filled in
};

// What rules may read besides the project: the catalog (minimums, required variables,
// realisations), the price books (for the monthly-cost budget), the environment's deployed
// components and its variable resolver, made once per check so that every rule stays linear in the
// size of the project.
struct RuleContext
{
    const Catalog &catalog;
    const PriceBooks &priceBooks;
    // The environment's variables as the generators resolve them; one for every rule of a check.
    const EnvResolver &resolver;
    QList<DeployedComponent> deployed; // in model order
    QHash<QString, qsizetype> indexById; // component id -> index in `deployed`
    EnvironmentTotals totals; // what the environment's own containers reserve at rest
    // The containers the generators would write for this environment (Workload::list), made once:
    // several rules read them, and each list costs a pass over every deployment.
    QList<Workload> workloads;
    // The environment's monthly estimate when the caller has priced it already (the live analysis
    // prices every edit for the Cost dock): SD-BUDGET-COST reads it instead of pricing again.
    const CostReport *cost = nullptr;

    // The deployed component with this id, or null when the environment does not deploy it.
    const DeployedComponent *find(const QString &componentId) const
    {
        const qsizetype i = indexById.value(componentId, -1);
        return i < 0 ? nullptr : &deployed.at(i);
    }
};

// One validation rule: small, independent, pure. The engine runs every enabled rule per
// environment.
class Rule
{
public:
    virtual ~Rule() = default;
    virtual QString id() const = 0; // "SD-BUDGET-CPU"; stable, used in disabledRules and CI
    virtual Severity severity() const = 0; // of the problems it reports
    virtual QString rationale() const = 0; // one translated line: why the rule exists
    virtual QList<Problem> check(const Project &project, const Environment &environment,
                                 const RuleContext &context) const = 0;

protected:
    Problem problem(const ProblemLocation &location, const Message &message,
                    const Message &fix = {}) const
    {
        return Problem {severity(), id(), location, message, fix};
    }
    // A problem's text: `source` marked with QT_TRANSLATE_NOOP("Validation", ...) at the call site.
    static Message text(const char *source, int n = -1) { return Message("Validation", source, n); }
};

} // namespace Stackdraft::Core
