#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class ProdTlsRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-PROD-TLS"); }
    Severity severity() const override { return Severity::Warning; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "In production a public entry point without TLS sends "
                                           "credentials and sessions in clear text.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        Q_UNUSED(context);
        if (!isProduction(env))
            return {};
        QList<Problem> problems;
        for (const Deployment &d : env.deployments) {
            if (!d.exposure.isPublic || d.exposure.tls)
                continue;
            problems << problem(
                ProblemLocation::inDeployment(env.id, d.component, QStringLiteral("expose.tls")),
                text(QT_TRANSLATE_NOOP("Validation", "%1 is public without TLS"))
                    .arg(d.exposure.host.isEmpty() ? d.component : d.exposure.host),
                text(QT_TRANSLATE_NOOP(
                    "Validation",
                    "set expose.tls: true (a certificate from ACM or cert-manager)")));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeProdTlsRule()
{
    return std::make_unique<ProdTlsRule>();
}

} // namespace Stackdraft::Core::Rules
