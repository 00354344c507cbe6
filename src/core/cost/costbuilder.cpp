#include "core/cost/costbuilder.h"

#include "core/cost/costreport.h"

#include <QCoreApplication>

namespace Stackdraft::Core {

CostBuilder::CostBuilder(const Project &project, const Environment &environment,
                         const Catalog &catalog, const PriceBook &book)
    : m_project(project)
    , m_environment(environment)
    , m_catalog(catalog)
    , m_book(book)
    , m_deployments(project.deployments(environment))
{
    m_lines.reserve(m_deployments.size() * 2
                    + 8); // about two lines per component, a few for the environment
}

const ProjectIndex &CostBuilder::index() const
{
    if (!m_index)
        m_index = std::make_unique<const ProjectIndex>(m_project);
    return *m_index;
}

QString CostBuilder::realisationId(const Component &component) const
{
    const ComponentType type = m_catalog.type(component.type);
    return type.data().realisation.value(platformId(m_environment.platform)).toLower();
}

QStringList CostBuilder::platformPriceKeys(const Component &component) const
{
    return m_catalog.type(component.type)
        .data()
        .platformPriceKeys.value(platformId(m_environment.platform));
}

Realisation CostBuilder::realisation(const Component &component) const
{
    const auto cached = m_realisations.constFind(component.type);
    if (cached != m_realisations.cend())
        return *cached;
    const Realisation how = classify(component);
    m_realisations.insert(component.type, how);
    return how;
}

Realisation CostBuilder::classify(const Component &component) const
{
    const ComponentType type = m_catalog.type(component.type);
    if (type.isExternal())
        return Realisation::None;
    const QString word = realisationId(component);
    // Words the catalog uses for "runs as our own container" on each platform.
    static const QStringList containers = {
        QStringLiteral("container"),   QStringLiteral("service"),   QStringLiteral("deployment"),
        QStringLiteral("statefulset"), QStringLiteral("daemonset"), QStringLiteral("ecs-service"),
        QStringLiteral("fargate"),     QStringLiteral("task"),      QStringLiteral("sidecar")};
    if (word.isEmpty() || containers.contains(word))
        return Realisation::Container;
    if (word == QLatin1String("none") || word == QLatin1String("external"))
        return Realisation::None;
    if (word == QLatin1String("s3") || word == QLatin1String("object-storage"))
        return Realisation::ObjectStorage;
    if (word == QLatin1String("cloudfront") || word == QLatin1String("cdn"))
        return Realisation::Cdn;
    if (word == QLatin1String("waf"))
        return Realisation::Waf;
    if (word == QLatin1String("alb") || word == QLatin1String("elb")
        || word == QLatin1String("load-balancer"))
        return Realisation::LoadBalancer;
    // An ingress is a load balancer the platform bills only when the catalog prices it as one there
    // (an ALB through the AWS controller); otherwise it is a rule inside a shared ingress
    // controller.
    if (word == QLatin1String("ingress")) {
        const QString lbKey = m_book.data().roles.value(QStringLiteral("load-balancer-hour"));
        return !lbKey.isEmpty() && platformPriceKeys(component).contains(lbKey)
            ? Realisation::LoadBalancer
            : Realisation::None;
    }
    if (word == QLatin1String("cloudwatch") || word == QLatin1String("logs"))
        return Realisation::Logs;
    return Realisation::Managed; // rds, elasticache, amazon-mq, opensearch, documentdb, ...
}

void CostBuilder::add(const QString &component, const QString &resource, double quantity,
                      const Price &price, bool usageDependent, const QString &note)
{
    if (!price.isValid()) {
        addUnpriced(
            component, resource,
            QCoreApplication::translate("CostEngine", "the price book '%1' has no price for it")
                .arg(m_book.id()));
        return;
    }
    CostLine line;
    line.component = component;
    line.resource = resource;
    line.quantity = quantity;
    line.unit = price.unit;
    line.unitPrice = price.unitPrice;
    line.amount = roundToCent(price.amountFor(quantity));
    line.priceKey = price.key;
    line.source = price.source;
    line.date = price.date;
    line.confidence = price.confidence;
    line.usageDependent = usageDependent;
    line.note = note;
    m_lines.append(std::move(line));
}

void CostBuilder::addByRole(const QString &component, const QString &resource, double quantity,
                            const QString &role, bool usageDependent, const QString &note)
{
    add(component, resource, quantity, m_book.priceForRole(role), usageDependent, note);
}

void CostBuilder::addUnpriced(const QString &component, const QString &resource, const QString &why)
{
    CostLine line;
    line.component = component;
    line.resource = resource;
    line.priced = false;
    line.note = why;
    m_lines.append(std::move(line));
}

} // namespace Stackdraft::Core
