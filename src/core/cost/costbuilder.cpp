#include "core/cost/costbuilder.h"

#include "core/cost/costreport.h"

namespace Stackdraft::Core {

CostBuilder::CostBuilder(const Project &project, const Environment &environment,
                         const Catalog &catalog, const PriceBook &book, const ProjectIndex *index)
    : m_project(project)
    , m_environment(environment)
    , m_catalog(catalog)
    , m_book(book)
    , m_givenIndex(index)
{
    Q_ASSERT(!index || &index->project() == &project);
    for (const auto &[component, deployment] : project.deployments(environment)) {
        const ComponentType type = catalog.type(component->type);
        CostedDeployment d {component,
                            deployment,
                            type,
                            Realisation::of(type, environment, *deployment),
                            EffectiveDeployment::of(type, *deployment),
                            {}};
        d.size = ManagedSize::of(d.realisation, d.effective);
        m_deployments.append(std::move(d));
    }
    m_lines.reserve(m_deployments.size() * 2
                    + 8); // about two lines per component, a few for the environment
}

const ProjectIndex &CostBuilder::index() const
{
    if (m_givenIndex)
        return *m_givenIndex;
    if (!m_ownIndex)
        m_ownIndex = std::make_unique<const ProjectIndex>(m_project);
    return *m_ownIndex;
}

QStringList CostBuilder::platformPriceKeys(const Component &component) const
{
    return m_catalog.type(component.type)
        .data()
        .platformPriceKeys.value(platformId(m_environment.platform));
}

bool CostBuilder::billsAsLoadBalancer(const CostedDeployment &d) const
{
    if (d.realisation.kind == Realisation::Kind::Alb)
        return true;
    if (d.realisation.kind != Realisation::Kind::Ingress)
        return false;
    const QString lbKey = m_book.data().roles.value(QStringLiteral("load-balancer-hour"));
    return !lbKey.isEmpty() && platformPriceKeys(*d.component).contains(lbKey);
}

void CostBuilder::add(const QString &component, const Message &resource, double quantity,
                      const Price &price, bool usageDependent, const Message &note)
{
    if (!price.isValid()) {
        addUnpriced(component, resource,
                    text(QT_TRANSLATE_NOOP("CostEngine", "the price book '%1' has no price for it"))
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

void CostBuilder::addByRole(const QString &component, const Message &resource, double quantity,
                            const QString &role, bool usageDependent, const Message &note)
{
    add(component, resource, quantity, m_book.priceForRole(role), usageDependent, note);
}

void CostBuilder::addUnpriced(const QString &component, const Message &resource, const Message &why)
{
    CostLine line;
    line.component = component;
    line.resource = resource;
    line.priced = false;
    line.note = why;
    m_lines.append(std::move(line));
}

} // namespace Stackdraft::Core
