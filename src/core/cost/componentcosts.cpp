#include "core/cost/componentcosts.h"

#include "core/cost/environmentcosts.h"
#include "core/cost/fargatesizes.h"
#include "core/cost/pricebookstrings.h"
#include "core/derived/backupplan.h"
#include "core/derived/datavolume.h"
#include "core/model/quantity.h"

#include <algorithm>

namespace Stackdraft::Core::ComponentCosts {
namespace {

constexpr auto text = &CostBuilder::text;

double gib(qint64 bytes)
{
    return double(bytes) / double(Quantity::Gi);
}

// On aws-ecs a stateful container's data lives on an EFS file system that all its tasks share (the
// Terraform exporter builds one per service), not on a volume per replica. The price books hold
// only prices with a source, and the AWS facts have no EFS storage price: the line says so.
void priceEfsVolume(CostBuilder &b, const QString &id, qint64 storage)
{
    b.addUnpriced(id, text(QT_TRANSLATE_NOOP("CostEngine", "persistent volume")),
                  text(QT_TRANSLATE_NOOP("CostEngine",
                                         "EFS storage, %1 in one file system all its tasks "
                                         "share; the price book '%2' has no EFS price"))
                      .arg(Quantity::humanMemory(storage), b.book().id()));
}

void priceContainer(CostBuilder &b, const CostedDeployment &d)
{
    const QString id = d.component->id;
    if (!b.isAws()) {
        b.addUnpriced(
            id, text(QT_TRANSLATE_NOOP("CostEngine", "compute")),
            b.book().note().isEmpty()
                ? text(QT_TRANSLATE_NOOP("CostEngine", "the price book '%1' prices no compute"))
                      .arg(b.book().id())
                : PriceBookStrings::text(b.book().note()));
        return;
    }
    const EffectiveDeployment &e = d.effective;
    qint64 cpu = e.cpu();
    qint64 memory = e.memory();
    Message note;
    // Fargate bills the task size, which must be one of its CPU/memory pairs: an odd request is
    // billed at the smallest size that holds it (the validation rule SD-FARGATE-SIZE says so too).
    if (const auto size = FargateSizes::smallestFitting(cpu, memory)) {
        if (size->cpu != cpu || size->memory != memory)
            note = text(QT_TRANSLATE_NOOP(
                            "CostEngine",
                            "billed as the Fargate size %1 / %2 that holds the request"))
                       .arg(Quantity::humanCpu(size->cpu), Quantity::humanMemory(size->memory));
        cpu = size->cpu;
        memory = size->memory;
    }
    const int replicas = e.baselineReplicas;
    const bool scales = e.scales();
    if (scales) {
        const Message scaling
            = text(QT_TRANSLATE_NOOP(
                       "CostEngine",
                       "%1 replicas at rest; autoscaling up to %2 adds cost with load"))
                  .arg(replicas, e.maxReplicas);
        note = note.isEmpty() ? scaling
                              : text(QT_TRANSLATE_NOOP("CostEngine", "%1; %2")).arg(note, scaling);
    }
    const double hours = b.hours();
    b.addByRole(id, text(QT_TRANSLATE_NOOP("CostEngine", "vCPU")),
                replicas * (cpu / 1000.0) * hours, QStringLiteral("container-vcpu"), scales, note);
    b.addByRole(id, text(QT_TRANSLATE_NOOP("CostEngine", "memory")), replicas * gib(memory) * hours,
                QStringLiteral("container-memory"), scales, note);
    const qint64 storage = e.storage;
    if (DataVolume::isOnEfs(d.type, d.realisation, storage))
        priceEfsVolume(b, id, storage);
    else if (storage > 0)
        b.addByRole(id, text(QT_TRANSLATE_NOOP("CostEngine", "persistent volume")),
                    replicas * gib(storage), QStringLiteral("volume-storage"), false);
    const BackupPlan backup
        = BackupPlan::of(d.type, d.realisation, *d.deployment, b.environment().platform);
    // AWS Backup keeps recovery points of the EFS file system (the Terraform exporter's vault and
    // plan). The price facts hold no AWS Backup price, and what the points store depends on how
    // much data changes between backups: the line says so, as the EFS line does.
    if (backup.method == BackupPlan::Method::AwsBackup)
        b.addUnpriced(id, text(QT_TRANSLATE_NOOP("CostEngine", "backup storage")),
                      text(QT_TRANSLATE_NOOP("CostEngine",
                                             "AWS Backup recovery points of its EFS file system, "
                                             "kept %1 days; the price book '%2' has no AWS Backup "
                                             "price"))
                          .arg(backup.retentionDays)
                          .arg(b.book().id()));
    // A dump job writes into a volume of its own, as large as the store's (BackupJobs).
    if (backup.method == BackupPlan::Method::DumpJob)
        b.addByRole(id, text(QT_TRANSLATE_NOOP("CostEngine", "backup volume")),
                    gib(BackupPlan::dumpVolumeBytes(storage)), QStringLiteral("volume-storage"),
                    false,
                    text(QT_TRANSLATE_NOOP("CostEngine", "the dumps of the backup CronJob")));
}

// The managed-service family a component's instances come from: the family of the first instance
// price the catalog lists for this platform, else a book family named "<realisation>-<type>"
// ("rds-mysql") or after the realisation itself ("opensearch").
QString familyOf(const CostBuilder &b, const CostedDeployment &d)
{
    const Component &component = *d.component;
    for (const QString &key : b.platformPriceKeys(component)) {
        const Price p = b.book().price(key);
        if (p.instance.isValid())
            return p.instance.family;
    }
    const QString &word = d.realisation.service;
    for (const QString &candidate : {word + QLatin1Char('-') + component.type, word}) {
        if (b.book().hasFamily(candidate))
            return candidate;
    }
    return {};
}

// Storage of a managed service, `copies` times (each node's own volume, or one shared volume).
void priceStorage(CostBuilder &b, const CostedDeployment &d, const QString &family,
                  const QString &availability, int copies, qint64 storage)
{
    if (storage <= 0)
        return;
    const QString id = d.component->id;
    const PriceFamily f = b.book().family(family);
    const QString key = availability == QLatin1String("multi-az") && !f.storageMultiAz.isEmpty()
        ? f.storageMultiAz
        : f.storage;
    if (key.isEmpty())
        b.addUnpriced(
            id, text(QT_TRANSLATE_NOOP("CostEngine", "storage")),
            text(QT_TRANSLATE_NOOP("CostEngine", "the price book '%1' has no storage price for %2"))
                .arg(b.book().id(), family));
    else
        b.add(id, text(QT_TRANSLATE_NOOP("CostEngine", "storage")), copies * gib(storage),
              b.book().price(key), false);
}

// Backups a managed service bills beyond what it includes (RDS: up to the database's size;
// ElastiCache: one snapshot). Their size depends on how much data changes between backups, an
// assumption the design does not state: the line is usage-dependent with no quantity, and names the
// policy.
void priceBackups(CostBuilder &b, const CostedDeployment &d, const QString &family)
{
    const BackupPlan plan
        = BackupPlan::of(d.type, d.realisation, *d.deployment, b.environment().platform);
    if (plan.method != BackupPlan::Method::ManagedDaily)
        return;
    const QString id = d.component->id;
    const Message resource = text(QT_TRANSLATE_NOOP("CostEngine", "backup storage"));
    const QString key = family.isEmpty() ? QString() : b.book().family(family).backup;
    if (key.isEmpty()) {
        b.addUnpriced(id, resource,
                      text(QT_TRANSLATE_NOOP("CostEngine",
                                             "the price book '%1' has no backup storage price "
                                             "for %2"))
                          .arg(b.book().id(), d.realisation.name()));
        return;
    }
    b.add(id, resource, 0, b.book().price(key), true,
          text(QT_TRANSLATE_NOOP("CostEngine",
                                 "daily backups kept %1 days; what they store beyond the free "
                                 "allowance depends on how much data changes (not estimated)"))
              .arg(plan.retentionDays));
}

// The data services the Terraform exporter creates: priced at exactly the class, node count and
// storage Core::ManagedSize decided, so that what is priced is what gets built.
void priceSized(CostBuilder &b, const CostedDeployment &d)
{
    const QString id = d.component->id;
    const ManagedSize &size = d.size;
    const QString family = familyOf(b, d);
    const Message resource = text(QT_TRANSLATE_NOOP("CostEngine", "%1 (%2)"))
                                 .arg(size.instanceClass, size.availability());
    const QList<Price> prices
        = family.isEmpty() ? QList<Price>() : b.book().instances(family, size.availability());
    const auto price = std::find_if(prices.cbegin(), prices.cend(), [&](const Price &p) {
        return p.instance.className == size.instanceClass;
    });
    if (price == prices.cend()) {
        b.addUnpriced(
            id, resource,
            text(QT_TRANSLATE_NOOP(
                     "CostEngine",
                     "the price book '%1' has no price for %2 (%3), the class built for it"))
                .arg(b.book().id(), size.text(d.realisation), d.component->type));
    } else {
        const Message asked
            = text(QT_TRANSLATE_NOOP("CostEngine", "%1 and %2 asked for"))
                  .arg(Quantity::humanCpu(size.askedCpu), Quantity::humanMemory(size.askedMemory));
        b.add(
            id, resource, size.billedInstances() * b.hours(), *price, false,
            size.fits
                ? text(QT_TRANSLATE_NOOP("CostEngine", "%1: the smallest %2 class that holds them"))
                      .arg(asked, family)
                : text(QT_TRANSLATE_NOOP("CostEngine", "%1: no %2 class holds them; the largest"))
                      .arg(asked, family));
    }
    if (family.isEmpty() && size.storageGiB > 0)
        b.addUnpriced(
            id, text(QT_TRANSLATE_NOOP("CostEngine", "storage")),
            text(QT_TRANSLATE_NOOP("CostEngine", "the price book '%1' has no storage price for %2"))
                .arg(b.book().id(), d.realisation.name()));
    else
        priceStorage(b, d, family, size.availability(), size.billedStorageCopies(),
                     qint64(size.storageGiB) * Quantity::Gi);
    priceBackups(b, d, family);
}

void priceManaged(CostBuilder &b, const CostedDeployment &d)
{
    const QString id = d.component->id;
    const QString family = familyOf(b, d);
    if (family.isEmpty()) {
        b.addUnpriced(
            id, text(QT_TRANSLATE_NOOP("CostEngine", "instance")),
            text(QT_TRANSLATE_NOOP("CostEngine",
                                   "the price book '%1' has no instance prices for '%2' (%3)"))
                .arg(b.book().id(), d.component->type, d.realisation.service));
        return;
    }
    const bool redundant = d.realisation.redundant;
    // Node families bill every node; the others bill one
    // instance or broker whose availability option (Multi-AZ, cluster) follows the deployment mode.
    QList<Price> candidates = b.book().instances(family, QStringLiteral("node"));
    int count = 1;
    if (!candidates.isEmpty()) {
        count = d.effective.replicas;
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
    const Resources &r = d.effective.resources;
    const auto fits = std::find_if(candidates.cbegin(), candidates.cend(), [&](const Price &p) {
        return p.instance.cpu >= r.effectiveCpu() && p.instance.memory >= r.effectiveMemory();
    });
    if (fits == candidates.cend()) {
        b.addUnpriced(
            id, text(QT_TRANSLATE_NOOP("CostEngine", "instance")),
            text(QT_TRANSLATE_NOOP("CostEngine", "no %1 instance class in '%2' holds %3 / %4 (%5)"))
                .arg(family, b.book().id(), Quantity::humanCpu(r.effectiveCpu()),
                     Quantity::humanMemory(r.effectiveMemory()),
                     redundant ? text(QT_TRANSLATE_NOOP("CostEngine", "replicated"))
                               : text(QT_TRANSLATE_NOOP("CostEngine", "single"))));
        return;
    }
    const Price &instance = *fits;
    b.add(id,
          text(QT_TRANSLATE_NOOP("CostEngine", "%1 (%2)"))
              .arg(instance.instance.className, instance.instance.availability),
          count * b.hours(), instance, false,
          text(QT_TRANSLATE_NOOP("CostEngine", "smallest %1 class with at least %2 and %3"))
              .arg(family, Quantity::humanCpu(r.effectiveCpu()),
                   Quantity::humanMemory(r.effectiveMemory())));
    const int copies = instance.instance.availability == QLatin1String("node") ? count : 1;
    priceStorage(b, d, family, instance.instance.availability, copies, d.effective.storage);
}

void priceLoadBalancer(CostBuilder &b, const Component &component)
{
    const QString id = component.id;
    const double hours = b.hours();
    b.addByRole(id, text(QT_TRANSLATE_NOOP("CostEngine", "load balancer hours")), hours,
                QStringLiteral("load-balancer-hour"), false);
    const double lcu = b.environment().usage.loadBalancerCapacityUnits;
    b.addByRole(
        id, text(QT_TRANSLATE_NOOP("CostEngine", "capacity units")), lcu * hours,
        QStringLiteral("load-balancer-capacity"), true,
        text(QT_TRANSLATE_NOOP("CostEngine", "%1 LCU on average (usage assumption)")).arg(lcu));
    // An internet-facing ALB holds one public IPv4 address per availability zone; Stackdraft
    // deploys across two zones, the minimum an ALB accepts.
    if (EnvironmentCosts::isInternetFacing(b, component))
        b.addByRole(
            id, text(QT_TRANSLATE_NOOP("CostEngine", "public IPv4 addresses")), 2 * hours,
            QStringLiteral("public-ipv4"), false,
            text(QT_TRANSLATE_NOOP(
                "CostEngine", "internet-facing, one address in each of 2 availability zones")));
}

} // namespace

void price(CostBuilder &b, const CostedDeployment &d)
{
    using Kind = Realisation::Kind;
    const Realisation &how = d.realisation;
    if (!how.isDeployed() || (how.kind == Kind::Ingress && !b.billsAsLoadBalancer(d)))
        return; // nothing of ours, or a rule inside the cluster's shared ingress controller
    if (!b.isAws() || how.runsContainers()) {
        priceContainer(b, d); // off AWS: reports the book's "prices nothing"
        return;
    }
    const QString id = d.component->id;
    const UsageAssumptions &usage = b.environment().usage;
    switch (how.kind) {
    case Kind::Alb:
    case Kind::Ingress:
        priceLoadBalancer(b, *d.component);
        break;
    case Kind::S3:
        b.addByRole(id, text(QT_TRANSLATE_NOOP("CostEngine", "stored data")), usage.objectStorageGb,
                    QStringLiteral("object-storage"), true,
                    text(QT_TRANSLATE_NOOP("CostEngine", "%1 GB stored (usage assumption)"))
                        .arg(usage.objectStorageGb));
        break;
    case Kind::CloudFront:
    case Kind::CloudWatch:
        break; // priced with the environment's data transfer out or logs, whose lines it then
               // carries
    case Kind::Waf: {
        b.addByRole(id, text(QT_TRANSLATE_NOOP("CostEngine", "web ACL")), 1,
                    QStringLiteral("waf-acl"), false,
                    text(QT_TRANSLATE_NOOP(
                        "CostEngine",
                        "requests inspected are not estimated (no request-rate assumption)")));
        const int rules = d.component->properties.value(QStringLiteral("rules")).toInt();
        if (rules > 0)
            b.addByRole(id, text(QT_TRANSLATE_NOOP("CostEngine", "rules")), rules,
                        QStringLiteral("waf-rule"), false);
        break;
    }
    case Kind::Rds:
    case Kind::ElastiCache:
    case Kind::AmazonMq:
    case Kind::OpenSearch:
    case Kind::DocumentDb:
        priceSized(b, d);
        break;
    case Kind::ManagedService:
        priceManaged(b, d); // a service Stackdraft does not build: the smallest class the book has
        break;
    case Kind::External:
    case Kind::Absent:
    case Kind::Container:
    case Kind::Pod:
    case Kind::StatefulSet:
    case Kind::Fargate:
        break; // handled above
    }
}

} // namespace Stackdraft::Core::ComponentCosts
