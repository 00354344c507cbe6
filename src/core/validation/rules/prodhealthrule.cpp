#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class ProdHealthRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-PROD-HEALTH"); }
    Severity severity() const override { return Severity::Warning; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "In production a service without a health check keeps "
                                           "receiving traffic while it is broken.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        if (!isProduction(env))
            return {};
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            const Component *c = x.component;
            const ComponentType &type = x.type;
            if (!x.realisation.runsContainers())
                continue;
            const bool probed = !c->properties.value(QStringLiteral("healthPath")).isEmpty()
                || !type.data().healthPath.isEmpty() || !type.data().healthCommand.isEmpty();
            if (probed)
                continue;
            problems << problem(
                ProblemLocation::inComponent(env.id, c->id,
                                             QStringLiteral("properties.healthPath")),
                text(QT_TRANSLATE_NOOP("Validation", "%1 has no health check")).arg(c->id),
                text(QT_TRANSLATE_NOOP("Validation", "set properties.healthPath (e.g. /health)")));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeProdHealthRule()
{
    return std::make_unique<ProdHealthRule>();
}

} // namespace Stackdraft::Core::Rules
