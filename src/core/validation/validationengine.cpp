#include "core/validation/validationengine.h"

#include "core/validation/rules/standardrules.h"

namespace Stackdraft::Core {

const ValidationEngine &ValidationEngine::standard()
{
    static const ValidationEngine engine = [] {
        ValidationEngine e;
        for (auto &rule : Rules::standardRules())
            e.addRule(std::move(rule));
        return e;
    }();
    return engine;
}

void ValidationEngine::addRule(std::shared_ptr<const Rule> rule)
{
    m_rules.push_back(std::move(rule));
}

QList<const Rule *> ValidationEngine::rules() const
{
    QList<const Rule *> all;
    for (const auto &rule : m_rules)
        all.append(rule.get());
    return all;
}

const Rule *ValidationEngine::rule(const QString &id) const
{
    for (const auto &rule : m_rules) {
        if (rule->id() == id)
            return rule.get();
    }
    return nullptr;
}

QList<Problem> ValidationEngine::check(const Project &project, const Catalog &catalog,
                                       const PriceBooks &books) const
{
    QList<Problem> problems;
    for (const Environment &env : project.environments)
        problems += checkEnvironment(project, env.id, catalog, books);
    return problems;
}

QList<Problem> ValidationEngine::checkEnvironment(const Project &project,
                                                  const QString &environmentId,
                                                  const Catalog &catalog, const PriceBooks &books,
                                                  const CostReport *cost) const
{
    const Environment *env = project.environment(environmentId);
    if (!env)
        return {};
    // Built once here, not by each rule that resolves variables (SD-ENV-UNRESOLVED,
    // SD-BUCKET-NOT-CREATED): it indexes the whole project.
    const EnvResolver resolver(project, *env, catalog);
    RuleContext context {catalog, books, resolver,
                         {},      {},    EnvironmentTotals::of(project, *env, catalog)};
    for (const auto &[component, deployment] : project.deployments(*env)) {
        const ComponentType type = catalog.type(component->type);
        context.indexById.insert(component->id, context.deployed.size());
        context.deployed.append({component, deployment, type,
                                 Realisation::of(type, *env, *deployment),
                                 EffectiveDeployment::of(type, *deployment)});
    }
    context.workloads = Workload::list(project, *env, catalog);
    context.cost = cost;
    QList<Problem> problems;
    for (const auto &rule : m_rules) {
        if (!project.disabledRules.contains(rule->id()))
            problems += rule->check(project, *env, context);
    }
    return problems;
}

} // namespace Stackdraft::Core
