#include "core/model/projectindex.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class InactiveConnectionRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-CONNECTION-INACTIVE"); }
    // An error: export refuses exactly this (validate exit 0 must mean export succeeds).
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "A client whose variable comes from a component this "
                                           "environment does not deploy gets no value for it.");
    }
    QList<Problem> check(const Project &, const Environment &env,
                         const RuleContext &context) const override
    {
        // A connection is active only where both ends are deployed (DESIGN.md). Leaving out a
        // caller (no load balancer in development) or a side service is a normal per-environment
        // choice; what breaks is a deployed client whose variable is derived from a component that
        // is missing here.
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            const Component *c = x.component;
            for (const EnvVar &v : Project::effectiveEnv(*c, x.deployment)) {
                if (v.kind != EnvVar::Kind::Reference || context.find(v.component))
                    continue;
                const Component *target = context.resolver.index().component(v.component);
                // A third party needs no deployment when the design says where it is.
                if (target && context.catalog.type(target->type).isExternal()
                    && !target->properties.value(QStringLiteral("url")).isEmpty())
                    continue;
                problems << problem(
                    ProblemLocation::inComponent(env.id, c->id, QStringLiteral("env.") + v.name),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "%1 takes %2 from %3, which is not deployed here: "
                                           "the connection is inactive"))
                        .arg(c->id, v.name, v.component),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "deploy %1 in %2, or override %3 for this environment"))
                        .arg(v.component, env.id, v.name));
            }
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeInactiveConnectionRule()
{
    return std::make_unique<InactiveConnectionRule>();
}

} // namespace Stackdraft::Core::Rules
