#include "core/derived/queuescaler.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

// Autoscaling on a queue needs a store the platform can read the queue's length from
// (QueueScaler), and on Kubernetes the variables its KEDA scaler reads the store's address from.
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
                                           "in environment %1, %2 scales on %3, which holds no "
                                           "queue whose length can be read (a RabbitMQ queue or "
                                           "a Redis list)"))
                        .arg(env.id, d.component, q.from),
                    text(QT_TRANSLATE_NOOP("Validation", "name the store the queue is on")));
                continue;
            }
            if (env.platform == Platform::AwsEcs
                && (!scaler.readableOnAws()
                    || broker->realisation.kind != Realisation::Kind::AmazonMq))
                problems << problem(
                    where,
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "in environment %1 (aws-ecs) the queue length comes "
                                           "from Amazon MQ's CloudWatch metrics, but %2 is "
                                           "realised as %3, which publishes no queue length"))
                        .arg(env.id, q.from, broker->realisation.name()),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "put the queue on a RabbitMQ broker realised as "
                                           "Amazon MQ, or scale on CPU")));
            if (env.platform != Platform::Kubernetes)
                continue;
            for (const QueueScaler::FromEnv &field : scaler.kedaFromEnv) {
                if (!field.required
                    || !QueueScaler::variable(*x.component, d, q.from, field.part).isEmpty())
                    continue;
                problems << problem(
                    where,
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "the %1 scaler reads %2's %3 from a variable of %4, "
                                           "and %4 has none taken from: %2 (part %3)"))
                        .arg(scaler.kedaTrigger, q.from, field.part, d.component),
                    field.part == QLatin1String("url")
                        ? text(QT_TRANSLATE_NOOP("Validation",
                                                 "add a variable such as AMQP_URL: "
                                                 "{from: %1}"))
                              .arg(q.from)
                        : text(QT_TRANSLATE_NOOP("Validation",
                                                 "add a variable such as QUEUE_%1: "
                                                 "{from: %2, part: %3}"))
                              .arg(field.part.toUpper(), q.from, field.part));
            }
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
