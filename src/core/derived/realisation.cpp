#include "core/derived/realisation.h"

#include "core/catalog/componenttype.h"
#include "core/model/environment.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <optional>

namespace Stackdraft::Core {
namespace {

using Kind = Realisation::Kind;

QString normalised(const QString &text)
{
    // Catalog words are normally written as they are compared ("rds", "amazon-mq"): those are
    // kept as they are, without the four copies of the general case (every deployment is
    // classified several times per edit).
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
    if (plain)
        return text;
    return text.trimmed().toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
}

std::optional<Kind> kindFromCatalog(const QString &word)
{
    static const QHash<QString, Kind> words = {
        {QStringLiteral("rds"), Kind::Rds},
        {QStringLiteral("aurora"), Kind::Rds},
        {QStringLiteral("elasticache"), Kind::ElastiCache},
        {QStringLiteral("amazon-mq"), Kind::AmazonMq},
        {QStringLiteral("amazonmq"), Kind::AmazonMq},
        {QStringLiteral("mq"), Kind::AmazonMq},
        {QStringLiteral("opensearch"), Kind::OpenSearch},
        {QStringLiteral("documentdb"), Kind::DocumentDb},
        {QStringLiteral("docdb"), Kind::DocumentDb},
        {QStringLiteral("s3"), Kind::S3},
        {QStringLiteral("object-storage"), Kind::S3},
        {QStringLiteral("cloudfront"), Kind::CloudFront},
        {QStringLiteral("cdn"), Kind::CloudFront},
        {QStringLiteral("waf"), Kind::Waf},
        {QStringLiteral("cloudwatch"), Kind::CloudWatch},
        {QStringLiteral("logs"), Kind::CloudWatch},
        {QStringLiteral("alb"), Kind::Alb},
        {QStringLiteral("elb"), Kind::Alb},
        {QStringLiteral("load-balancer"), Kind::Alb},
        {QStringLiteral("fargate"), Kind::Fargate},
        {QStringLiteral("ecs"), Kind::Fargate},
        {QStringLiteral("ecs-fargate"), Kind::Fargate},
        {QStringLiteral("ecs-service"), Kind::Fargate},
        {QStringLiteral("statefulset"), Kind::StatefulSet},
        {QStringLiteral("deployment"), Kind::Pod},
        {QStringLiteral("pod"), Kind::Pod},
        {QStringLiteral("daemonset"), Kind::Pod},
        {QStringLiteral("ingress"), Kind::Ingress},
        {QStringLiteral("container"), Kind::Container},
        {QStringLiteral("service"), Kind::Container},
        {QStringLiteral("task"), Kind::Container},
        {QStringLiteral("sidecar"), Kind::Container},
        {QStringLiteral("external"), Kind::External},
        {QStringLiteral("none"), Kind::Absent},
    };
    const auto it = words.constFind(word);
    return it == words.cend() ? std::nullopt : std::optional<Kind>(*it);
}

bool isContainerKind(Kind kind)
{
    return kind == Kind::Container || kind == Kind::Pod || kind == Kind::StatefulSet
        || kind == Kind::Fargate;
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
        if (isContainerKind(kind))
            return Kind::Fargate;
        return kind;
    }
    return kind;
}

// People's names for the managed services a catalog may name on aws-ecs.
QString serviceName(const QString &word)
{
    static const QMap<QString, QString> names = {
        {QStringLiteral("dynamodb"), QStringLiteral("DynamoDB")},
        {QStringLiteral("sqs"), QStringLiteral("SQS")},
        {QStringLiteral("sns"), QStringLiteral("SNS")},
        {QStringLiteral("msk"), QStringLiteral("MSK")},
        {QStringLiteral("api-gateway"), QStringLiteral("API Gateway")},
    };
    return names.value(word, word.isEmpty() ? QStringLiteral("managed service") : word);
}

QString countSuffix(const Realisation &r)
{
    if (r.autoscaled)
        return QStringLiteral(" %1–%2").arg(r.minReplicas).arg(r.maxReplicas);
    if (r.replicas > 1)
        return QStringLiteral(" ×%1").arg(r.replicas);
    return {};
}

} // namespace

Realisation Realisation::of(const ComponentType &type, const Environment &env,
                            const Deployment &deployment)
{
    Realisation r;
    const bool stateful = type.isValid() && type.isStateful();
    r.service = type.isValid() ? normalised(type.realisation(platformId(env.platform))) : QString();
    if (type.isValid() && type.isExternal()) {
        r.kind = Kind::External;
    } else if (const auto known = kindFromCatalog(r.service)) {
        r.kind = fitToPlatform(*known, env.platform, stateful);
    } else if (!r.service.isEmpty() && env.platform == Platform::AwsEcs) {
        r.kind = Kind::ManagedService; // a service we name but do not model (DynamoDB, MSK...)
    } else {
        // No word (or one this platform cannot place): the platform's own container.
        r.kind = fitToPlatform(Kind::Container, env.platform, stateful);
    }
    // A managed deployment on Kubernetes is a service the cluster only connects to (RDS, Atlas...).
    if (env.platform == Platform::Kubernetes && deployment.mode == DeploymentMode::Managed
        && r.isDeployed() && !r.isPlatformEntry()) {
        r.kind = Kind::ManagedService;
        r.service.clear();
    }
    r.redundant = deployment.mode == DeploymentMode::Replicated
        || deployment.mode == DeploymentMode::Cluster || deployment.replicas > 1;
    r.replicas = deployment.replicas;
    r.autoscaled = deployment.autoscaling.enabled;
    r.minReplicas = deployment.autoscaling.minReplicas;
    r.maxReplicas = deployment.autoscaling.maxReplicas;
    return r;
}

QString Realisation::name() const
{
    const bool several = replicas > 1 || autoscaled;
    switch (kind) {
    case Kind::External:
    case Kind::Absent:
        return {};
    case Kind::Container:
        return QStringLiteral("container") + countSuffix(*this);
    case Kind::Pod:
        return (several ? QStringLiteral("ReplicaSet") : QStringLiteral("Pod"))
            + countSuffix(*this);
    case Kind::StatefulSet:
        return QStringLiteral("StatefulSet") + countSuffix(*this);
    case Kind::Ingress:
        return QStringLiteral("Ingress");
    case Kind::Fargate:
        return QStringLiteral("Fargate service") + countSuffix(*this);
    case Kind::Alb:
        return QStringLiteral("ALB");
    case Kind::Rds:
        return redundant ? QStringLiteral("RDS Multi-AZ") : QStringLiteral("RDS");
    case Kind::ElastiCache:
        return QStringLiteral("ElastiCache") + countSuffix(*this);
    case Kind::AmazonMq:
        return redundant ? QStringLiteral("Amazon MQ cluster") : QStringLiteral("Amazon MQ");
    case Kind::OpenSearch:
        return QStringLiteral("OpenSearch") + countSuffix(*this);
    case Kind::DocumentDb:
        return QStringLiteral("DocumentDB") + countSuffix(*this);
    case Kind::S3:
        return QStringLiteral("S3 bucket");
    case Kind::CloudFront:
        return QStringLiteral("CloudFront");
    case Kind::Waf:
        return QStringLiteral("AWS WAF");
    case Kind::CloudWatch:
        return QStringLiteral("CloudWatch Logs");
    case Kind::ManagedService:
        return serviceName(service);
    }
    return {};
}

} // namespace Stackdraft::Core
