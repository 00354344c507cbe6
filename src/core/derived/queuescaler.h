#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Stackdraft::Core {

class ComponentType;
struct Component;
struct Deployment;

// What reads a queue's length for an autoscaler, for the store types that hold queues: the KEDA
// scaler on Kubernetes (RabbitMQ's queues, Redis lists) and, where the managed service publishes
// it, the CloudWatch metric on AWS (Amazon MQ's MessageCount; ElastiCache publishes no list
// length).
struct QueueScaler
{
    // A KEDA metadata key that names a variable of the scaled container (`hostFromEnv: AMQP_URL`):
    // the variable taken `from:` the store for `part` ("url", "host", "port", "password").
    struct FromEnv
    {
        QString key;
        QString part;
        bool required = true; // false: written when the variable exists (a password)
    };

    QString kedaTrigger; // KEDA trigger type ("rabbitmq", "redis")
    QList<std::pair<QString, QString>> kedaFixed; // metadata every trigger of it carries
    QString kedaLengthKey; // the metadata key of messages per replica ("value", "listLength")
    QString kedaNameKey; // the metadata key of the queue's name ("queueName", "listName")
    QList<FromEnv> kedaFromEnv;
    QString storeWord; // what the queue is called in messages ("queue", "list")
    QString cloudWatchNamespace; // "AWS/AmazonMQ"; empty: no metric on AWS
    QString cloudWatchMetric; // "MessageCount"

    bool isValid() const { return !kedaTrigger.isEmpty(); }
    bool readableOnAws() const { return !cloudWatchNamespace.isEmpty(); }
    // The scaler of a store of `type`; invalid when its type holds no queue we can measure.
    static QueueScaler of(const ComponentType &type);
    // The variable of `component` as deployed in `deployment` taken `from: store` for `part` (a
    // reference with no part counts as the url), the deployment's override first; empty when none.
    // The scaler reads the store's address and credentials from it, never from plain text.
    static QString variable(const Component &component, const Deployment &deployment,
                            const QString &store, const QString &part);
    static QString urlVariable(const Component &component, const Deployment &deployment,
                               const QString &store)
    {
        return variable(component, deployment, store, QStringLiteral("url"));
    }
};

} // namespace Stackdraft::Core
