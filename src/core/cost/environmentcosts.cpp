#include "core/cost/environmentcosts.h"

#include <algorithm>

namespace Stackdraft::Core::EnvironmentCosts {
namespace {

constexpr auto text = &CostBuilder::text;

using Kind = Realisation::Kind;

bool deploysKind(const CostBuilder &b, Kind kind, QString *componentId = nullptr)
{
    for (const CostedDeployment &d : b.deployments()) {
        if (d.realisation.kind == kind) {
            if (componentId)
                *componentId = d.component->id;
            return true;
        }
    }
    return false;
}

bool deploysLoadBalancer(const CostBuilder &b)
{
    return std::any_of(b.deployments().cbegin(), b.deployments().cend(),
                       [&](const CostedDeployment &d) { return b.billsAsLoadBalancer(d); });
}

bool anyPublicExposure(const CostBuilder &b)
{
    for (const Deployment &d : b.environment().deployments) {
        if (d.exposure.isPublic)
            return true;
    }
    return false;
}

// aws-ecs: an ALB fronts the public entry points when the design has no load-balancer component.
void priceImplicitLoadBalancer(CostBuilder &b)
{
    if (deploysLoadBalancer(b) || !anyPublicExposure(b))
        return;
    const double hours = b.hours();
    const double lcu = b.environment().usage.loadBalancerCapacityUnits;
    const Message why
        = text(QT_TRANSLATE_NOOP("CostEngine", "an ALB serves the public entry points"));
    b.addByRole({}, text(QT_TRANSLATE_NOOP("CostEngine", "load balancer hours")), hours,
                QStringLiteral("load-balancer-hour"), false, why);
    b.addByRole(
        {}, text(QT_TRANSLATE_NOOP("CostEngine", "capacity units")), lcu * hours,
        QStringLiteral("load-balancer-capacity"), true,
        text(QT_TRANSLATE_NOOP("CostEngine", "%1 LCU on average (usage assumption)")).arg(lcu));
    b.addByRole({}, text(QT_TRANSLATE_NOOP("CostEngine", "public IPv4 addresses")), 2 * hours,
                QStringLiteral("public-ipv4"), false,
                text(QT_TRANSLATE_NOOP(
                    "CostEngine", "internet-facing, one address in each of 2 availability zones")));
}

// aws-ecs tasks need a way out (image pulls, third-party APIs): a public IPv4 per task in public
// subnets, or a NAT gateway (with its own address) when the environment uses private subnets.
void priceEgress(CostBuilder &b)
{
    const Environment &env = b.environment();
    const double hours = b.hours();
    if (env.privateSubnets) {
        b.addByRole(
            {}, text(QT_TRANSLATE_NOOP("CostEngine", "NAT gateway hours")), hours,
            QStringLiteral("nat-gateway-hour"), false,
            text(QT_TRANSLATE_NOOP("CostEngine",
                                   "private subnets reach the internet through one NAT gateway")));
        b.addByRole({}, text(QT_TRANSLATE_NOOP("CostEngine", "NAT gateway data processed")),
                    env.usage.dataTransferOutGb, QStringLiteral("nat-gateway-data"), true,
                    text(QT_TRANSLATE_NOOP("CostEngine", "%1 GB out per month (usage assumption)"))
                        .arg(env.usage.dataTransferOutGb));
        b.addByRole({}, text(QT_TRANSLATE_NOOP("CostEngine", "NAT gateway public IPv4 address")),
                    hours, QStringLiteral("public-ipv4"), false);
        return;
    }
    int tasks = 0;
    for (const CostedDeployment &d : b.deployments()) {
        if (d.realisation.runsContainers())
            tasks += d.effective.baselineReplicas;
    }
    if (tasks > 0)
        b.addByRole(
            {}, text(QT_TRANSLATE_NOOP("CostEngine", "task public IPv4 addresses")), tasks * hours,
            QStringLiteral("public-ipv4"), false,
            text(QT_TRANSLATE_NOOP("CostEngine", "%1 tasks in public subnets, one address each"))
                .arg(tasks));
}

void priceImageRepositories(CostBuilder &b)
{
    // One repository for each component whose image the project builds (`build`) and so must push.
    int repositories = 0;
    for (const CostedDeployment &d : b.deployments()) {
        if (!d.component->build.isEmpty() && d.realisation.runsContainers())
            ++repositories;
    }
    if (repositories == 0)
        return;
    const double gb = b.environment().usage.imageStorageGb;
    b.addByRole({}, text(QT_TRANSLATE_NOOP("CostEngine", "image repositories")), repositories * gb,
                QStringLiteral("image-storage"), true,
                text(QT_TRANSLATE_NOOP("CostEngine",
                                       "%1 repositories x %2 GB of images (usage assumption)"))
                    .arg(repositories)
                    .arg(gb));
}

void priceLogs(CostBuilder &b)
{
    const UsageAssumptions &usage = b.environment().usage;
    if (usage.logIngestionGb <= 0)
        return;
    QString owner; // a log-pipeline component realised as CloudWatch carries the lines
    deploysKind(b, Kind::CloudWatch, &owner);
    b.addByRole(owner, text(QT_TRANSLATE_NOOP("CostEngine", "log ingestion")), usage.logIngestionGb,
                QStringLiteral("log-ingestion"), true,
                text(QT_TRANSLATE_NOOP("CostEngine", "%1 GB of logs per month (usage assumption)"))
                    .arg(usage.logIngestionGb));
    // At steady state the stored volume is a month's ingestion times the share of a month retained.
    const double daysPerMonth = b.hours() / 24.0;
    const double stored = usage.logIngestionGb * usage.logRetentionDays / daysPerMonth;
    b.addByRole(owner, text(QT_TRANSLATE_NOOP("CostEngine", "log storage")), stored,
                QStringLiteral("log-storage"), true,
                text(QT_TRANSLATE_NOOP("CostEngine", "%1 days retained: %2 GB x %1 / %3 days"))
                    .arg(usage.logRetentionDays)
                    .arg(usage.logIngestionGb)
                    .arg(daysPerMonth, 0, 'f', 2));
}

void priceDataTransfer(CostBuilder &b)
{
    const double gb = b.environment().usage.dataTransferOutGb;
    if (gb <= 0)
        return;
    const Message note
        = text(QT_TRANSLATE_NOOP(
                   "CostEngine",
                   "%1 GB out per month (usage assumption); the 100 GB monthly free allowance is "
                   "account-wide and not deducted"))
              .arg(gb);
    QString cdn;
    if (deploysKind(b, Kind::CloudFront, &cdn))
        b.addByRole(cdn, text(QT_TRANSLATE_NOOP("CostEngine", "data transfer out")), gb,
                    QStringLiteral("cdn-data-transfer-out"), true, note);
    else
        b.addByRole({}, text(QT_TRANSLATE_NOOP("CostEngine", "data transfer out")), gb,
                    QStringLiteral("data-transfer-out"), true, note);
}

} // namespace

bool isInternetFacing(const CostBuilder &b, const Component &component)
{
    const Deployment *d = b.index().deployment(b.environment(), component.id);
    if (d && d->exposure.isPublic)
        return true;
    for (const Connection *c : b.index().connectionsTo(component.id)) {
        const Component *from = b.index().component(c->from);
        if (from && b.catalog().type(from->type).isExternal())
            return true;
    }
    return false;
}

void price(CostBuilder &b)
{
    if (!b.isAws())
        return;
    const Platform platform = b.environment().platform;
    if (platform == Platform::Kubernetes)
        b.addByRole({}, text(QT_TRANSLATE_NOOP("CostEngine", "Kubernetes control plane")),
                    b.hours(), QStringLiteral("kubernetes-control-plane"), false);
    if (platform == Platform::AwsEcs) {
        priceImplicitLoadBalancer(b);
        priceEgress(b);
        priceLogs(b);
    }
    priceImageRepositories(b);
    priceDataTransfer(b);
}

} // namespace Stackdraft::Core::EnvironmentCosts
