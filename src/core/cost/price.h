#pragma once

#include <QList>
#include <QString>

namespace Stackdraft::Core {

// One band of a tiered price: GB up to `upTo` (exclusive of the next band) cost `price` each.
struct PriceTier
{
    double upTo = -1; // cumulative quantity where this band ends; -1: no end
    double price = 0;

    friend bool operator==(const PriceTier &, const PriceTier &) = default;
};

// The size of a managed-service instance class a price applies to, so the cost engine can choose
// the smallest class that meets a deployment's request. Specifications, not prices.
struct InstanceSpec
{
    QString family; // "rds-mysql", "elasticache-redis", ...
    QString className; // "db.t4g.small"
    qint64 cpu = 0; // millicores (vCPUs x 1000)
    qint64 memory = 0; // bytes
    QString availability; // "single-az", "multi-az", "node", "single-instance", "cluster"

    bool isValid() const { return !family.isEmpty(); }
    friend bool operator==(const InstanceSpec &, const InstanceSpec &) = default;
};

// A unit price with everything needed to trace it: its unit, where it came from and when.
struct Price
{
    QString key; // "fargate_linux_x86_vcpu"
    QString label; // "ECS/EKS Fargate vCPU (Linux/x86)"
    QString unit; // "vCPU-hour", "GB-month", "GB", ...
    double unitPrice = 0; // USD per unit; the first band's price when tiered
    QList<PriceTier> tiers; // empty: flat price
    QString confidence; // price_list, infracost_golden, vendor_doc, third_party
    QString date; // ISO date the price is as of
    QString source;
    InstanceSpec instance; // set on instance-class prices

    bool isValid() const { return !key.isEmpty(); }
    bool isTiered() const { return !tiers.isEmpty(); }
    // The amount for `quantity` units, applying the bands in order when tiered.
    double amountFor(double quantity) const;

    friend bool operator==(const Price &, const Price &) = default;
};

} // namespace Stackdraft::Core
