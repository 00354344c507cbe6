#pragma once

#include <QString>

namespace Stackdraft::Core {

class ComponentType;
struct Deployment;
struct Environment;

// How a platform realises one deployed component: a compose container, a Kubernetes Deployment or
// StatefulSet, a Fargate service, an AWS managed service, or nothing of ours. The one classifier:
// validation, cost, `info`, the diagrams, the document, every exporter and the canvas ask here, so
// that they never disagree about what a component becomes.
struct Realisation
{
    enum class Kind {
        External, // outside our infrastructure (end users, third-party APIs): nothing deployed
        Absent, // the platform has no place for it (a CDN on compose): nothing deployed
        Container, // compose service
        Pod, // Kubernetes Deployment
        StatefulSet, // Kubernetes StatefulSet
        Ingress, // a rule of the cluster's ingress controller (load balancer, WAF on Kubernetes)
        Fargate, // ECS service on Fargate
        Alb, // Application Load Balancer (a load-balancer component on aws-ecs)
        Rds,
        ElastiCache,
        AmazonMq,
        OpenSearch,
        DocumentDb, // Amazon DocumentDB (MongoDB-compatible) cluster
        S3,
        CloudFront,
        Waf, // AWS WAF web ACL
        CloudWatch, // CloudWatch Logs (a log pipeline on aws-ecs)
        ManagedService, // another provider-managed service (DynamoDB, MSK, Atlas on
                        // Kubernetes...)
    };

    Kind kind = Kind::External;
    // The catalog's word for it on this platform ("rds", "documentdb", "cloudfront"...); may be
    // empty.
    QString service;
    // Several instances that must act as one: mode replicated or cluster, or more than one replica
    // (RDS Multi-AZ, an Amazon MQ cluster, an ElastiCache replication group...).
    bool redundant = false;
    // How many run: the deployment's replicas, or its autoscaling range (for name()).
    int replicas = 1;
    bool autoscaled = false;
    int minReplicas = 1;
    int maxReplicas = 1;

    // "ReplicaSet ×3", "StatefulSet", "Fargate service 2–6", "RDS Multi-AZ", "S3 bucket"...:
    // product and object names, the same in every language; empty when nothing is deployed.
    // Worded on request: validation and pricing classify every deployment several times per edit
    // and rarely show a name.
    QString name() const;

    bool isDeployed() const { return kind != Kind::External && kind != Kind::Absent; }
    // Our own containers: they reserve the CPU and memory the budgets and totals count.
    bool runsContainers() const
    {
        return kind == Kind::Container || kind == Kind::Pod || kind == Kind::StatefulSet
            || kind == Kind::Fargate;
    }
    // The platform's own front door: no instance of ours.
    bool isPlatformEntry() const { return kind == Kind::Ingress || kind == Kind::Alb; }
    // Run by a cloud provider for us: no container of ours, priced (if at all) by the service.
    bool isManaged() const
    {
        return kind == Kind::ManagedService || isAwsDataService() || kind == Kind::CloudFront
            || kind == Kind::Waf || kind == Kind::CloudWatch;
    }
    // The AWS data services the Terraform exporter creates and sizes.
    bool isAwsDataService() const
    {
        return kind == Kind::Rds || kind == Kind::ElastiCache || kind == Kind::AmazonMq
            || kind == Kind::OpenSearch || kind == Kind::DocumentDb || kind == Kind::S3;
    }

    // The catalog's `realisation` entry for the environment's platform decides when it names a kind
    // we know ("rds", "elasticache", "amazon-mq", "opensearch", "documentdb", "s3", "alb",
    // "cloudfront", "waf", "cloudwatch", "fargate", "statefulset", "deployment", "ingress",
    // "container", "none", "external"...) and names any other managed service on aws-ecs; without a
    // word the type runs as the platform's container (a StatefulSet when stateful). A word meant
    // for another platform never leaves the platform's own kinds, and a `managed` deployment on
    // Kubernetes is a service the cluster only connects to.
    static Realisation of(const ComponentType &type, const Environment &env,
                          const Deployment &deployment);
};

} // namespace Stackdraft::Core
