#include "core/model/projectindex.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

// The generators resolve every variable with EnvResolver and refuse the environment when one
// cannot be resolved; this rule asks the same resolver, so `validate` finds what `export` would
// refuse. A target that is not deployed here is SD-CONNECTION-INACTIVE's to report.
class UnresolvedVariableRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-ENV-UNRESOLVED"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation",
            "A variable derived from a connected component must name something that "
            "component offers, or no file can be generated.");
    }
    QList<Problem> check(const Project &, const Environment &env,
                         const RuleContext &context) const override
    {
        QList<Problem> problems;
        const EnvResolver &resolver = context.resolver;
        for (const DeployedComponent &x : context.deployed) {
            for (const EnvVar &v : resolver.variables(*x.component)) {
                if (v.kind != EnvVar::Kind::Reference)
                    continue;
                // Through the resolver's index: a scan of the components per reference would make
                // validation quadratic in the size of the project (tests/scale).
                const Component *target = resolver.index().component(v.component);
                const bool statedExternal = target
                    && context.catalog.type(target->type).isExternal()
                    && !target->properties.value(QStringLiteral("url")).isEmpty();
                if (target && !context.find(v.component) && !statedExternal)
                    continue; // SD-CONNECTION-INACTIVE
                const Status resolved = resolver.check(*x.component, v);
                if (resolved)
                    continue;
                problems << problem(
                    ProblemLocation::inComponent(env.id, x.component->id,
                                                 QStringLiteral("env.") + v.name),
                    Message::verbatim(resolved.error().message),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "take another part of %1, or give %2 a literal value"))
                        .arg(v.component, v.name));
            }
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeUnresolvedVariableRule()
{
    return std::make_unique<UnresolvedVariableRule>();
}

} // namespace Stackdraft::Core::Rules
