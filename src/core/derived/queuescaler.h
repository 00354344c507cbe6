#pragma once

#include <QString>

namespace Stackdraft::Core {

class ComponentType;
struct Component;
struct Deployment;

// What reads a queue's length for an autoscaler: the KEDA scaler on Kubernetes and the CloudWatch
// metric on AWS, for the broker types that have them.
struct QueueScaler
{
    QString kedaTrigger; // KEDA trigger type ("rabbitmq")
    QString kedaHostField; // the trigger's metadata key naming the variable with the broker URL
    QString cloudWatchNamespace; // "AWS/AmazonMQ"
    QString cloudWatchMetric; // "MessageCount"

    bool isValid() const { return !kedaTrigger.isEmpty(); }
    // The scaler of a broker of `type` (a messaging component); invalid when none is known.
    static QueueScaler of(const ComponentType &type);
    // The variable of `component` as deployed in `deployment` that holds `broker`'s URL (a
    // `from: broker` reference for its url), the deployment's override first; empty when none.
    // The scaler reads the broker's address and credentials from it, never from plain text.
    static QString urlVariable(const Component &component, const Deployment &deployment,
                               const QString &broker);
};

} // namespace Stackdraft::Core
