#pragma once

#include "core/model/deployment.h"

#include <QList>
#include <QString>

#include <optional>

namespace Stackdraft::Core {

enum class Platform { Compose, Kubernetes, AwsEcs };
QString platformId(Platform platform); // "compose", "kubernetes", "aws-ecs"
std::optional<Platform> platformFromId(const QString &id);

// Limits the architect sets for an environment. Zero means "no budget".
struct Budget
{
    qint64 cpu = 0; // millicores
    qint64 memory = 0; // bytes
    double monthlyCost = 0; // in the project's base currency (USD)

    friend bool operator==(const Budget &, const Budget &) = default;
};

// Usage the cost engine cannot read from the design; the architect states it per environment.
struct UsageAssumptions
{
    double dataTransferOutGb = 0; // per month, to the internet
    double logIngestionGb = 0; // per month
    int logRetentionDays = 7;
    double loadBalancerCapacityUnits = 1; // average LCUs (ALB) over the month
    double imageStorageGb = 0.5; // per container image repository
    double objectStorageGb = 0; // S3 / MinIO, per month

    friend bool operator==(const UsageAssumptions &, const UsageAssumptions &) = default;
};

struct Environment
{
    QString id; // "development", "staging", "production", or any DNS-1123 label
    QString label; // shown on tabs; defaults to the id
    QString purpose;
    QString security;
    Platform platform = Platform::Compose;
    QString region; // e.g. "us-east-1"; empty for compose
    QString priceBook; // price book id, e.g. "aws-us-east-1", "self-hosted"
    QString namespaceName; // Kubernetes namespace; defaults to "<project>-<env>"
    QString networkCidr; // VPC CIDR for aws-ecs, e.g. "10.0.0.0/16"
    bool privateSubnets
        = false; // aws-ecs: tasks in private subnets reach out through a NAT gateway
    Budget budget;
    UsageAssumptions usage;
    QList<Deployment> deployments;

    const Deployment *deployment(const QString &componentId) const;
    Deployment *deployment(const QString &componentId);
    bool deploys(const QString &componentId) const { return deployment(componentId) != nullptr; }
    QString displayName() const { return label.isEmpty() ? id : label; }

    friend bool operator==(const Environment &, const Environment &) = default;
};

} // namespace Stackdraft::Core
