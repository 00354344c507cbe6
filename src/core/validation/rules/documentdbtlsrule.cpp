#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

// The Terraform export builds DocumentDB with TLS off: a MongoDB client speaks TLS to DocumentDB
// only with Amazon's RDS CA bundle in its image (tls=true&tlsCAFile=...), which a design's image
// is not known to hold, and a client refusing the certificate cannot connect at all. Traffic stays
// inside the VPC, reached only from the clients' security groups, but it is not encrypted: the
// architect is told so rather than left to assume it.
class DocumentDbTlsRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-DOCUMENTDB-TLS"); }
    Severity severity() const override { return Severity::Warning; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "DocumentDB is built with TLS off: its clients' "
                                           "traffic inside the VPC is not encrypted.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        if (env.platform != Platform::AwsEcs)
            return {};
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            if (x.realisation.kind != Realisation::Kind::DocumentDb)
                continue;
            problems << problem(
                ProblemLocation::inDeployment(env.id, x.deployment->component, QString()),
                text(QT_TRANSLATE_NOOP("Validation",
                                       "%1 is realised as DocumentDB with TLS off: its clients "
                                       "connect as to MongoDB, unencrypted inside the VPC"))
                    .arg(x.deployment->component),
                text(QT_TRANSLATE_NOOP("Validation",
                                       "to encrypt, add Amazon's RDS CA bundle to the clients' "
                                       "images, set the parameter group's tls to \"enabled\" and "
                                       "the URL's tls=true&tlsCAFile=<bundle>")));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeDocumentDbTlsRule()
{
    return std::make_unique<DocumentDbTlsRule>();
}

} // namespace Stackdraft::Core::Rules
