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
        Q_UNUSED(project);
        QList<Problem> problems;
        auto checkName
            = [&](const QString &name, const ProblemLocation &where, const Message &what) {
                  if (!Naming::isDnsLabel(name))
                      problems << problem(
                          where,
                          text(QT_TRANSLATE_NOOP("Validation",
                                                 "%1 '%2' is not a DNS-1123 label (lower-case "
                                                 "letters, digits and '-', at most 63)"))
                              .arg(what, name),
                          text(QT_TRANSLATE_NOOP("Validation", "rename it to '%1'"))
                              .arg(Naming::toDnsLabel(name)));
              };
        checkName(env.id, ProblemLocation::inEnvironment(env.id, QStringLiteral("id")),
                  text(QT_TRANSLATE_NOOP("Validation", "environment id")));
        for (const DeployedComponent &x : context.deployed) {
            const Component *c = x.component;
            checkName(c->id, ProblemLocation::inDeployment(env.id, c->id),
                      text(QT_TRANSLATE_NOOP("Validation", "component id")));
            for (const EnvVar &v : Project::effectiveEnv(*c, x.deployment)) {
                if (v.kind == EnvVar::Kind::Secret)
                    checkName(v.secret,
                              ProblemLocation::inComponent(env.id, c->id,
                                                           QStringLiteral("env.") + v.name),
                              text(QT_TRANSLATE_NOOP("Validation", "secret name")));
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
