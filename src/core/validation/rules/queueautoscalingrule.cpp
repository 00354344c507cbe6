#include "core/derived/queuescaler.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

// Autoscaling on a queue needs a broker the platform can read the queue's length from.
class QueueAutoscalingRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-AUTOSCALING-QUEUE"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "An autoscaler on a queue nobody can measure never "
                                           "scales.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            const Deployment &d = *x.deployment;
            const QueueTrigger &q = d.autoscaling.queue;
            if (!d.autoscaling.enabled || !q.isSet())
                continue;
            const ProblemLocation where = ProblemLocation::inDeployment(
                env.id, d.component, QStringLiteral("autoscaling.queue.from"));
            const DeployedComponent *broker = context.find(q.from);
            if (!broker) {
                problems << problem(
                    where,
                    project.component(q.from)
                        ? text(QT_TRANSLATE_NOOP("Validation",
                                                 "%1 scales on queue %2 of %3, which environment "
                                                 "%4 does not deploy"))
                              .arg(d.component, q.name, q.from, env.id)
                        : text(QT_TRANSLATE_NOOP("Validation",
                                                 "%1 scales on queue %2 of %3, which is not a "
                                                 "component of this project"))
                              .arg(d.component, q.name, q.from),
                    text(QT_TRANSLATE_NOOP("Validation", "deploy %1 in %2, or name its broker"))
                        .arg(q.from, env.id));
                continue;
            }
            const QueueScaler scaler = QueueScaler::of(broker->type);
            if (!scaler.isValid()) {
                problems << problem(
                    where,
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "%1 is not a queue broker whose queue length can be "
                                           "read (a RabbitMQ component)"))
                        .arg(q.from),
                    text(QT_TRANSLATE_NOOP("Validation", "name the broker the queue is on")));
                continue;
            }
            if (env.platform == Platform::AwsEcs
                && broker->realisation.kind != Realisation::Kind::AmazonMq)
                problems << problem(
                    where,
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "on aws-ecs the queue length comes from Amazon MQ's "
                                           "CloudWatch metrics, but %1 is realised as %2"))
                        .arg(q.from, broker->realisation.name),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "let %1 be realised as Amazon MQ, or scale on CPU"))
                        .arg(q.from));
            if (env.platform == Platform::Kubernetes
                && QueueScaler::urlVariable(*x.component, d, q.from).isEmpty())
                problems << problem(
                    where,
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "the queue scaler reads %1's URL from a variable of "
                                           "%2, and %2 has none taken from: %1"))
                        .arg(q.from, d.component),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "add a variable such as AMQP_URL: "
                                           "{from: %1}"))
                        .arg(q.from));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeQueueAutoscalingRule()
{
    return std::make_unique<QueueAutoscalingRule>();
}

} // namespace Stackdraft::Core::Rules
