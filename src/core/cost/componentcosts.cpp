#include "core/cost/componentcosts.h"

#include "core/cost/environmentcosts.h"
#include "core/cost/fargatesizes.h"
#include "core/model/quantity.h"

#include <QCoreApplication>

#include <algorithm>

namespace Stackdraft::Core::ComponentCosts {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CostEngine", text);
}

double gib(qint64 bytes)
{
    return double(bytes) / double(Quantity::Gi);
}

Resources resourcesOf(const CostBuilder &b, const Component &component,
                      const Deployment &deployment)
{
    const Resources &r = deployment.resources;
    if (r.effectiveCpu() > 0 || r.effectiveMemory() > 0)
        return r;
    return b.catalog().type(component.type).data().defaultResources;
}

void priceContainer(CostBuilder &b, const Component &component, const Deployment &deployment)
{
    const QString id = component.id;
    if (!b.isAws()) {
        b.addUnpriced(id, tr("compute"),
                      b.book().note().isEmpty()
                          ? tr("the price book '%1' prices no compute").arg(b.book().id())
                          : b.book().note());
        return;
    }
    const Resources r = resourcesOf(b, component, deployment);
    qint64 cpu = r.effectiveCpu();
    qint64 memory = r.effectiveMemory();
    QString note;
    // Fargate bills the task size, which must be one of its CPU/memory pairs: an odd request is
    // billed at the smallest size that holds it (the validation rule SD-FARGATE-SIZE says so too).
    if (const auto size = FargateSizes::smallestFitting(cpu, memory)) {
        if (size->cpu != cpu || size->memory != memory)
            note = tr("billed as the Fargate size %1 / %2 that holds the request")
                       .arg(Quantity::humanCpu(size->cpu), Quantity::humanMemory(size->memory));
        cpu = size->cpu;
        memory = size->memory;
    }
    const int replicas = baselineReplicas(deployment);
    const bool scales
        = deployment.autoscaling.enabled && deployment.autoscaling.maxReplicas > replicas;
    if (scales)
        note = (note.isEmpty() ? QString() : note + QStringLiteral("; "))
            + tr("%1 replicas at rest; autoscaling up to %2 adds cost with load")
                  .arg(replicas)
                  .arg(deployment.autoscaling.maxReplicas);
    const double hours = b.hours();
    b.addByRole(id, tr("vCPU"), replicas * (cpu / 1000.0) * hours, QStringLiteral("container-vcpu"),
                scales, note);
    b.addByRole(id, tr("memory"), replicas * gib(memory) * hours,
                QStringLiteral("container-memory"), scales, note);
    const qint64 storage = deployment.storage;
    if (storage > 0)
        b.addByRole(id, tr("persistent volume"), replicas * gib(storage),
                    QStringLiteral("volume-storage"), false);
}

// The managed-service family a component's instances come from: the family of the first instance
// price the catalog lists for this platform, else a book family named "<realisation>-<type>"
// ("rds-mysql") or after the realisation itself ("opensearch").
QString familyOf(const CostBuilder &b, const Component &component)
{
    for (const QString &key : b.platformPriceKeys(component)) {
        const Price p = b.book().price(key);
        if (p.instance.isValid())
            return p.instance.family;
    }
    const QString word = b.realisationId(component);
    for (const QString &candidate : {word + QLatin1Char('-') + component.type, word}) {
        if (b.book().hasFamily(candidate))
            return candidate;
    }
    return {};
}

void priceManaged(CostBuilder &b, const Component &component, const Deployment &deployment)
{
    const QString id = component.id;
    const QString family = familyOf(b, component);
    if (family.isEmpty()) {
        b.addUnpriced(id, tr("instance"),
                      tr("the price book '%1' has no instance prices for '%2' (%3)")
                          .arg(b.book().id(), component.type, b.realisationId(component)));
        return;
    }
    const bool redundant = deployment.mode == DeploymentMode::Replicated
        || deployment.mode == DeploymentMode::Cluster;
    // Node families (ElastiCache, OpenSearch, DocumentDB) bill every node; the others bill one
    // instance or broker whose availability option (Multi-AZ, cluster) follows the deployment mode.
    QList<Price> candidates = b.book().instances(family, QStringLiteral("node"));
    int count = 1;
    if (!candidates.isEmpty()) {
        count = std::max(1, deployment.replicas);
    } else {
        const QStringList wanted = redundant
            ? QStringList {QStringLiteral("multi-az"), QStringLiteral("cluster")}
            : QStringList {QStringLiteral("single-az"), QStringLiteral("single-instance")};
        for (const QString &availability : wanted) {
            candidates = b.book().instances(family, availability);
            if (!candidates.isEmpty())
                break;
        }
    }
    const Resources r = resourcesOf(b, component, deployment);
    const auto fits = std::find_if(candidates.cbegin(), candidates.cend(), [&](const Price &p) {
        return p.instance.cpu >= r.effectiveCpu() && p.instance.memory >= r.effectiveMemory();
    });
    if (fits == candidates.cend()) {
        b.addUnpriced(id, tr("instance"),
                      tr("no %1 instance class in '%2' holds %3 / %4 (%5)")
                          .arg(family, b.book().id(), Quantity::humanCpu(r.effectiveCpu()),
                               Quantity::humanMemory(r.effectiveMemory()),
                               redundant ? tr("replicated") : tr("single")));
        return;
    }
    const Price &instance = *fits;
    b.add(id, tr("%1 (%2)").arg(instance.instance.className, instance.instance.availability),
          count * b.hours(), instance, false,
          tr("smallest %1 class with at least %2 and %3")
              .arg(family, Quantity::humanCpu(r.effectiveCpu()),
                   Quantity::humanMemory(r.effectiveMemory())));
    qint64 storage = deployment.storage > 0
        ? deployment.storage
        : b.catalog().type(component.type).data().defaultStorage;
    if (storage <= 0)
        return;
    const PriceFamily f = b.book().family(family);
    const QString key
        = instance.instance.availability == QLatin1String("multi-az") && !f.storageMultiAz.isEmpty()
        ? f.storageMultiAz
        : f.storage;
    const int storageCopies = instance.instance.availability == QLatin1String("node") ? count : 1;
    if (key.isEmpty())
        b.addUnpriced(
            id, tr("storage"),
            tr("the price book '%1' has no storage price for %2").arg(b.book().id(), family));
    else
        b.add(id, tr("storage"), storageCopies * gib(storage), b.book().price(key), false);
}

void priceLoadBalancer(CostBuilder &b, const Component &component)
{
    const QString id = component.id;
    const double hours = b.hours();
    b.addByRole(id, tr("load balancer hours"), hours, QStringLiteral("load-balancer-hour"), false);
    const double lcu = b.environment().usage.loadBalancerCapacityUnits;
    b.addByRole(id, tr("capacity units"), lcu * hours, QStringLiteral("load-balancer-capacity"),
                true, tr("%1 LCU on average (usage assumption)").arg(lcu));
    // An internet-facing ALB holds one public IPv4 address per availability zone; Stackdraft
    // deploys across two zones, the minimum an ALB accepts.
    if (EnvironmentCosts::isInternetFacing(b, component))
        b.addByRole(id, tr("public IPv4 addresses"), 2 * hours, QStringLiteral("public-ipv4"),
                    false, tr("internet-facing, one address in each of 2 availability zones"));
}

} // namespace

int baselineReplicas(const Deployment &deployment)
{
    int replicas = std::max(1, deployment.replicas);
    if (deployment.autoscaling.enabled)
        replicas = std::max(replicas, deployment.autoscaling.minReplicas);
    return replicas;
}

void price(CostBuilder &b, const Component &component, const Deployment &deployment)
{
    const Realisation how = b.realisation(component);
    if (how == Realisation::None)
        return;
    if (!b.isAws()) {
        priceContainer(b, component, deployment); // reports the book's "prices nothing"
        return;
    }
    const QString id = component.id;
    const UsageAssumptions &usage = b.environment().usage;
    switch (how) {
    case Realisation::None:
        break;
    case Realisation::Container:
        priceContainer(b, component, deployment);
        break;
    case Realisation::Managed:
        priceManaged(b, component, deployment);
        break;
    case Realisation::LoadBalancer:
        priceLoadBalancer(b, component);
        break;
    case Realisation::ObjectStorage:
        b.addByRole(id, tr("stored data"), usage.objectStorageGb, QStringLiteral("object-storage"),
                    true, tr("%1 GB stored (usage assumption)").arg(usage.objectStorageGb));
        break;
    case Realisation::Cdn:
    case Realisation::Logs:
        break; // priced with the environment's data transfer out or logs, whose lines it then
               // carries
    case Realisation::Waf: {
        b.addByRole(id, tr("web ACL"), 1, QStringLiteral("waf-acl"), false,
                    tr("requests inspected are not estimated (no request-rate assumption)"));
        const int rules = component.properties.value(QStringLiteral("rules")).toInt();
        if (rules > 0)
            b.addByRole(id, tr("rules"), rules, QStringLiteral("waf-rule"), false);
        break;
    }
    }
}

} // namespace Stackdraft::Core::ComponentCosts
