#pragma once

#include <QString>

namespace Stackdraft::Core {

struct EffectiveDeployment;
struct Realisation;

// How big the AWS managed data service realising a deployment is: decided once here, so that what
// the Terraform exporter declares is what the cost engine prices and what the document and the
// canvas show ("RDS db.t4g.large Multi-AZ", "ElastiCache 2 × cache.t4g.micro").
// The class is the smallest of the service's published instance classes (their vCPU and memory,
// specifications rather than prices) that holds what the deployment may use: its limits where set,
// else its requests (EffectiveDeployment). Services that are not sized here (S3, CloudFront...) get
// no class.
struct ManagedSize
{
    QString instanceClass; // "db.t4g.large"; empty when the service has no classes here
    qint64 classCpu = 0; // millicores of the class
    qint64 classMemory = 0; // bytes of the class
    qint64 askedCpu = 0; // millicores the deployment may use (limit, else request)
    qint64 askedMemory = 0; // bytes
    bool fits = true; // false: even the largest class is smaller than what is asked (it is used)
    // Instances created and billed: ElastiCache nodes, DocumentDB instances and OpenSearch data
    // nodes (one per replica, OpenSearch an even count when zone-aware), the brokers of an Amazon
    // MQ cluster (3); an RDS Multi-AZ standby is part of the Multi-AZ price, so RDS counts 1.
    int nodes = 1;
    // Redundant deployments: RDS Multi-AZ, an Amazon MQ cluster, ElastiCache failover,
    // OpenSearch zone awareness.
    bool multiAz = false;
    // Storage: RDS gp3 and each OpenSearch node's EBS as provisioned, Amazon MQ and DocumentDB's
    // shared cluster volume as stored; 0: none (ElastiCache keeps its data in memory).
    int storageGiB = 0;

    bool isSized() const { return !instanceClass.isEmpty(); }
    // The price book's availability for the class's price: "single-az"/"multi-az" (RDS),
    // "single-instance"/"cluster" (Amazon MQ, billed per broker deployment), "node" (ElastiCache,
    // OpenSearch, billed per node).
    QString availability() const { return m_availability; }
    // Billed instance-hours per hour: `nodes` for node-billed services, else 1.
    int billedInstances() const { return m_availability == QLatin1String("node") ? nodes : 1; }
    // Copies of `storageGiB` billed: one per node where each node has its own volume (OpenSearch).
    int billedStorageCopies() const { return m_storagePerNode ? nodes : 1; }
    // "RDS db.t4g.large Multi-AZ", "ElastiCache 2 × cache.t4g.micro", "Amazon MQ mq.m5.large
    // cluster", "S3 bucket": product and class names, the same in every language.
    QString text(const Realisation &realisation) const;

    static ManagedSize of(const Realisation &realisation, const EffectiveDeployment &effective);

private:
    QString m_availability;
    bool m_storagePerNode = false;
};

} // namespace Stackdraft::Core
