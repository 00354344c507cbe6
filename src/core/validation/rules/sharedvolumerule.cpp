#include "core/derived/datavolume.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

// On aws-ecs a stateful container keeps its data on one EFS file system that every task of its
// service mounts (the Terraform exporter's EcsPlan::DataVolume); Kubernetes gives each replica a
// volume of its own instead. Two tasks of a single-writer store (two Prometheus on one TSDB, two
// Grafana on one SQLite file) corrupt what they share. A warning, not an error: the catalog cannot
// tell a single-writer store from an image that coordinates its writers, and the architect may
// know the image does.
class SharedVolumeRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-ECS-SHARED-VOLUME"); }
    Severity severity() const override { return Severity::Warning; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation",
            "On aws-ecs every task of a stateful service mounts the same EFS directory: several "
            "tasks of a single-writer store corrupt its data.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        if (env.platform != Platform::AwsEcs)
            return {};
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            if (!DataVolume::isOnEfs(x.type, x.realisation, x.effective.storage)
                || x.effective.maxReplicas < 2)
                continue;
            const Deployment &d = *x.deployment;
            const bool scales = d.autoscaling.enabled;
            problems << problem(
                ProblemLocation::inDeployment(env.id, d.component,
                                              scales ? QStringLiteral("autoscaling")
                                                     : QStringLiteral("replicas")),
                text(QT_TRANSLATE_NOOP("Validation",
                                       "%1 runs up to %2 tasks on aws-ecs in %3, and all of them "
                                       "write the same EFS directory (%4)"))
                    .arg(d.component)
                    .arg(x.effective.maxReplicas)
                    .arg(env.id, x.type.data().dataPath),
                text(QT_TRANSLATE_NOOP("Validation",
                                       "set replicas to 1 without autoscaling, or use a managed "
                                       "service or Kubernetes, where each replica has a volume of "
                                       "its own")));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeSharedVolumeRule()
{
    return std::make_unique<SharedVolumeRule>();
}

} // namespace Stackdraft::Core::Rules
