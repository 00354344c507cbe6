#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

// A client reading an object store's bucket name (`{from: media, part: bucket}`) expects the
// bucket to exist. Terraform creates the S3 bucket on aws-ecs; an object store run as our own
// container (MinIO on compose and Kubernetes) starts with no bucket, and nothing we generate
// makes one.
class BucketCreationRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-BUCKET-NOT-CREATED"); }
    Severity severity() const override { return Severity::Warning; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation",
            "An object store run as a container starts empty: a bucket its clients name must be "
            "created by someone.");
    }
    QList<Problem> check(const Project &, const Environment &env,
                         const RuleContext &context) const override
    {
        QList<Problem> problems;
        const EnvResolver &resolver = context.resolver;
        for (const DeployedComponent &x : context.deployed) {
            for (const EnvVar &v : resolver.variables(*x.component)) {
                if (v.kind != EnvVar::Kind::Reference || v.part != QLatin1String("bucket"))
                    continue;
                const DeployedComponent *store = context.find(v.component);
                if (!store || !store->realisation.runsContainers())
                    continue;
                const QString bucket = resolver.urlField(*store->component, v.part);
                problems << problem(
                    ProblemLocation::inComponent(env.id, x.component->id,
                                                 QStringLiteral("env.%1").arg(v.name)),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "%1 names the bucket '%2' of %3, which runs as a "
                                           "container here: nothing generated creates the "
                                           "bucket"))
                        .arg(x.component->id, bucket, v.component),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "create it once (mc mb) or let %1 create it when it "
                                           "starts"))
                        .arg(x.component->id));
            }
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeBucketCreationRule()
{
    return std::make_unique<BucketCreationRule>();
}

} // namespace Stackdraft::Core::Rules
