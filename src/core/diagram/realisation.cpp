#include "core/diagram/realisation.h"

#include "core/catalog/componenttype.h"
#include "core/model/environment.h"

#include <optional>

namespace Stackdraft::Core {
namespace {

using Kind = Realisation::Kind;

QString normalised(const QString &text)
{
    return text.trimmed().toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
}

std::optional<Kind> kindFromCatalog(const QString &key)
{
    static const QList<std::pair<QStringList, Kind>> table = {
        {{QStringLiteral("rds"), QStringLiteral("aurora")}, Kind::Rds},
        {{QStringLiteral("elasticache")}, Kind::ElastiCache},
        {{QStringLiteral("amazon-mq"), QStringLiteral("amazonmq"), QStringLiteral("mq")},
         Kind::AmazonMq},
        {{QStringLiteral("opensearch")}, Kind::OpenSearch},
        {{QStringLiteral("s3")}, Kind::S3},
        {{QStringLiteral("alb"), QStringLiteral("elb")}, Kind::Alb},
        {{QStringLiteral("fargate"), QStringLiteral("ecs"), QStringLiteral("ecs-fargate")},
         Kind::Fargate},
        {{QStringLiteral("statefulset")}, Kind::StatefulSet},
        {{QStringLiteral("deployment"), QStringLiteral("pod")}, Kind::Pod},
        {{QStringLiteral("ingress")}, Kind::Ingress},
        {{QStringLiteral("container")}, Kind::Container},
        {{QStringLiteral("external")}, Kind::External},
        {{QStringLiteral("none")}, Kind::Absent},
    };
    for (const auto &[names, kind] : table) {
        if (names.contains(key))
            return kind;
    }
    return std::nullopt;
}

// What each platform can run at all: a catalog word meant for one platform must not turn a
// Kubernetes component into a compose service.
Kind fitToPlatform(Kind kind, Platform platform, bool stateful)
{
    if (kind == Kind::External || kind == Kind::Absent)
        return kind;
    switch (platform) {
    case Platform::Compose:
        return Kind::Container;
    case Platform::Kubernetes:
        if (kind == Kind::Pod || kind == Kind::StatefulSet || kind == Kind::Ingress)
            return kind;
        if (kind == Kind::Alb)
            return Kind::Ingress;
        return stateful ? Kind::StatefulSet : Kind::Pod;
    case Platform::AwsEcs:
        if (kind == Kind::Ingress)
            return Kind::Alb;
        if (kind == Kind::Container || kind == Kind::Pod || kind == Kind::StatefulSet)
            return Kind::Fargate;
        return kind;
    }
    return kind;
}

Kind kindFromType(const ComponentType &type, Platform platform)
{
    const QString id = type.id();
    if (type.isExternal())
        return Kind::External;
    if (id == QLatin1String("load-balancer"))
        return platform == Platform::AwsEcs ? Kind::Alb : Kind::Ingress;
    if (platform == Platform::AwsEcs) {
        if (id == QLatin1String("mysql") || id == QLatin1String("postgresql"))
            return Kind::Rds;
        if (id == QLatin1String("redis"))
            return Kind::ElastiCache;
        if (id == QLatin1String("rabbitmq"))
            return Kind::AmazonMq;
        if (id == QLatin1String("elasticsearch"))
            return Kind::OpenSearch;
        if (id == QLatin1String("object-storage"))
            return Kind::S3;
        return Kind::Fargate;
    }
    return type.isStateful() ? Kind::StatefulSet : Kind::Pod;
}

// People's names for the managed services a catalog may name on aws-ecs.
QString serviceName(const QString &key)
{
    static const QMap<QString, QString> names = {
        {QStringLiteral("cloudfront"), QStringLiteral("CloudFront")},
        {QStringLiteral("waf"), QStringLiteral("AWS WAF")},
        {QStringLiteral("cloudwatch"), QStringLiteral("CloudWatch Logs")},
        {QStringLiteral("documentdb"), QStringLiteral("DocumentDB")},
        {QStringLiteral("dynamodb"), QStringLiteral("DynamoDB")},
        {QStringLiteral("sqs"), QStringLiteral("SQS")},
        {QStringLiteral("sns"), QStringLiteral("SNS")},
        {QStringLiteral("api-gateway"), QStringLiteral("API Gateway")},
        {QStringLiteral("managed"), QStringLiteral("managed service")},
    };
    return names.value(key, key);
}

QString countSuffix(const Deployment &deployment)
{
    if (deployment.autoscaling.enabled)
        return QStringLiteral(" %1–%2")
            .arg(deployment.autoscaling.minReplicas)
            .arg(deployment.autoscaling.maxReplicas);
    if (deployment.replicas > 1)
        return QStringLiteral(" ×%1").arg(deployment.replicas);
    return {};
}

QString nameOf(Kind kind, const Deployment &deployment, const QString &service)
{
    const bool several = deployment.replicas > 1 || deployment.autoscaling.enabled;
    const bool redundant = deployment.mode == DeploymentMode::Replicated
        || deployment.mode == DeploymentMode::Cluster || deployment.replicas > 1;
    switch (kind) {
    case Kind::External:
    case Kind::Absent:
        return {};
    case Kind::Container:
        return QStringLiteral("container") + countSuffix(deployment);
    case Kind::Pod:
        return (several ? QStringLiteral("ReplicaSet") : QStringLiteral("Pod"))
            + countSuffix(deployment);
    case Kind::StatefulSet:
        return QStringLiteral("StatefulSet") + countSuffix(deployment);
    case Kind::Ingress:
        return QStringLiteral("Ingress");
    case Kind::ManagedService:
        return serviceName(service.isEmpty() ? QStringLiteral("managed") : service);
    case Kind::Fargate:
        return QStringLiteral("Fargate service") + countSuffix(deployment);
    case Kind::Alb:
        return QStringLiteral("ALB");
    case Kind::Rds:
        return redundant ? QStringLiteral("RDS Multi-AZ") : QStringLiteral("RDS");
    case Kind::ElastiCache:
        return QStringLiteral("ElastiCache") + countSuffix(deployment);
    case Kind::AmazonMq:
        return redundant ? QStringLiteral("Amazon MQ cluster") : QStringLiteral("Amazon MQ");
    case Kind::OpenSearch:
        return QStringLiteral("OpenSearch") + countSuffix(deployment);
    case Kind::S3:
        return QStringLiteral("S3 bucket");
    }
    return {};
}

} // namespace

Realisation Realisation::of(const ComponentType &type, const Environment &env,
                            const Deployment &deployment)
{
    Kind kind = kindFromType(type, env.platform);
    const QString service = normalised(
        type.isValid() ? type.data().realisation.value(platformId(env.platform)) : QString());
    if (!service.isEmpty()) {
        if (auto fromCatalog = kindFromCatalog(service))
            kind = *fromCatalog;
        else if (env.platform == Platform::AwsEcs)
            kind = Kind::ManagedService; // a service we name but do not model (DocumentDB,
                                         // CloudFront...)
    }
    kind = fitToPlatform(kind, env.platform, type.isStateful());
    // A managed deployment on Kubernetes is a service the cluster only connects to (RDS, Atlas...).
    if (env.platform == Platform::Kubernetes && deployment.mode == DeploymentMode::Managed
        && kind != Kind::External && kind != Kind::Absent)
        return Realisation {Kind::ManagedService, nameOf(Kind::ManagedService, deployment, {}),
                            service};
    return Realisation {kind, nameOf(kind, deployment, service), service};
}

} // namespace Stackdraft::Core
