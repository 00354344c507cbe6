#pragma once

#include <QString>

namespace Stackdraft::Core {

class ComponentType;
struct Deployment;
struct Environment;

// How a platform runs one deployed component: a compose container, a Kubernetes Pod or StatefulSet,
// a Fargate service or an AWS managed service. The diagrams, the document and the Terraform
// exporter all ask here, so that they never disagree about what a component becomes.
struct Realisation
{
    enum class Kind {
        External, // outside our infrastructure (end users, third-party APIs): nothing deployed
        Absent, // the platform has no place for it (a CDN on compose): nothing deployed
        Container, // compose service
        Pod, // Kubernetes Deployment
        StatefulSet, // Kubernetes StatefulSet
        Ingress, // Kubernetes Ingress (a load-balancer component on Kubernetes)
        ManagedService, // another provider-managed service (DocumentDB, CloudFront, CloudWatch...)
        Fargate, // ECS service on Fargate
        Alb, // Application Load Balancer (a load-balancer component on aws-ecs)
        Rds,
        ElastiCache,
        AmazonMq,
        OpenSearch,
        S3,
    };

    Kind kind = Kind::External;

    // "Pod", "ReplicaSet ×3", "StatefulSet", "Fargate service", "RDS Multi-AZ", ...; empty for
    // External.
    QString name;
    // The catalog's word for it on this platform ("rds", "documentdb", "cloudfront"...); may be
    // empty.
    QString service;

    bool isDeployed() const { return kind != Kind::External && kind != Kind::Absent; }

    bool isAwsManaged() const
    {
        return kind == Kind::Rds || kind == Kind::ElastiCache || kind == Kind::AmazonMq
            || kind == Kind::OpenSearch || kind == Kind::S3;
    }

    // The catalog's `realisation` entry for the environment's platform decides when it names a kind
    // we know ("rds", "elasticache", "amazon-mq", "opensearch", "s3", "alb", "fargate",
    // "statefulset", "container", "none", ...) and names any other managed service on aws-ecs;
    // otherwise the type's id and statefulness decide.
    static Realisation of(const ComponentType &type, const Environment &env,
                          const Deployment &deployment);
};

} // namespace Stackdraft::Core
