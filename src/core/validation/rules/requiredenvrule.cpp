#include "core/model/naming.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

#include <algorithm>

namespace Stackdraft::Core::Rules {
namespace {

class RequiredEnvRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-ENV-REQUIRED"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation",
            "A variable its catalog type requires must be set, or the container refuses to start.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            const Component *c = x.component;
            const ComponentType &type = x.type;
            if (!x.realisation.runsContainers())
                continue; // a managed service is configured by the platform, not by our variables
            const QList<EnvVar> vars = Project::effectiveEnv(*c, x.deployment);
            for (const QString &name : type.data().requiredEnv) {
                const bool set = std::any_of(vars.cbegin(), vars.cend(), [&](const EnvVar &v) {
                    return v.name == name
                        && !(v.kind == EnvVar::Kind::Literal && v.value.isEmpty());
                });
                if (set)
                    continue;
                const bool secret = type.data().secretEnv.contains(name);
                problems << problem(
                    ProblemLocation::inComponent(env.id, c->id, QStringLiteral("env.") + name),
                    text(QT_TRANSLATE_NOOP("Validation", "%1 needs the variable %2"))
                        .arg(type.id(), name),
                    secret ? text(QT_TRANSLATE_NOOP("Validation", "add %1: {secret: %2}"))
                                 .arg(name, Naming::toDnsLabel(c->id + QLatin1Char('-') + name))
                           : text(QT_TRANSLATE_NOOP("Validation", "add %1 to the component's env"))
                                 .arg(name));
            }
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeRequiredEnvRule()
{
    return std::make_unique<RequiredEnvRule>();
}

} // namespace Stackdraft::Core::Rules
