#include "core/model/naming.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class DnsNameRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-DNS-NAME"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "Names become Kubernetes objects, compose services and "
                                           "DNS names: they must be DNS-1123 labels.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(context);
        QList<Problem> problems;
        auto checkName = [&](const QString &name, const QString &component, const QString &field,
                             const QString &what) {
            if (!Naming::isDnsLabel(name))
                problems << problem(
                    env, component, field,
                    QCoreApplication::translate("Validation",
                                                "%1 '%2' is not a DNS-1123 label (lower-case "
                                                "letters, digits and '-', at most 63)")
                        .arg(what, name),
                    QCoreApplication::translate("Validation", "rename it to '%1'")
                        .arg(Naming::toDnsLabel(name)));
        };
        checkName(env.id, {}, environmentField(project, env, QStringLiteral("id")),
                  QCoreApplication::translate("Validation", "environment id"));
        for (const DeployedComponent &x : context.deployed) {
            const Component *c = x.component;
            checkName(c->id, c->id, deploymentField(project, env, c->id),
                      QCoreApplication::translate("Validation", "component id"));
            for (const EnvVar &v : Project::effectiveEnv(*c, x.deployment)) {
                if (v.kind == EnvVar::Kind::Secret)
                    checkName(v.secret, c->id,
                              QStringLiteral("components.%1.env.%2").arg(c->id, v.name),
                              QCoreApplication::translate("Validation", "secret name"));
            }
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeDnsNameRule()
{
    return std::make_unique<DnsNameRule>();
}

} // namespace Stackdraft::Core::Rules
