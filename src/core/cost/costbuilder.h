#pragma once

#include "core/catalog/catalog.h"
#include "core/cost/costline.h"
#include "core/cost/pricebook.h"
#include "core/derived/effectivedeployment.h"
#include "core/derived/managedsize.h"
#include "core/derived/realisation.h"
#include "core/message.h"
#include "core/model/project.h"
#include "core/model/projectindex.h"

#include <QList>

#include <memory>

namespace Stackdraft::Core {

// A deployed component with what the one classifier and the one resource rule say about it.
struct CostedDeployment
{
    const Component *component = nullptr;
    const Deployment *deployment = nullptr;
    ComponentType type;
    Realisation realisation;
    EffectiveDeployment effective;
    ManagedSize size; // the class and nodes Terraform builds a managed data service with
};

// Collects the lines of one environment's report: the project, environment, catalog and price book
// the general pricing rules read, and the helpers that turn a price key and a quantity into a line.
class CostBuilder final
{
public:
    // `index`: the project's, when the caller has one; else built on first use.
    CostBuilder(const Project &project, const Environment &environment, const Catalog &catalog,
                const PriceBook &book, const ProjectIndex *index = nullptr);

    const Project &project() const { return m_project; }
    const Environment &environment() const { return m_environment; }
    const Catalog &catalog() const { return m_catalog; }
    const PriceBook &book() const { return m_book; }
    // The environment's deployed components, in model order (classified once).
    const QList<CostedDeployment> &deployments() const { return m_deployments; }
    double hours() const { return m_book.isValid() ? m_book.hoursPerMonth() : 730.0; }
    bool isAws() const { return m_book.provider() == QLatin1String("aws"); }

    // Whether the platform bills `d` as a load balancer: an ALB, or an ingress the catalog prices
    // as one on this platform (an ALB through the AWS controller); otherwise an ingress is a rule
    // inside a shared ingress controller.
    bool billsAsLoadBalancer(const CostedDeployment &d) const;
    // Id lookups over the project (a few pricing rules follow connections).
    const ProjectIndex &index() const;
    QStringList
    platformPriceKeys(const Component &component) const; // the catalog's keys for this platform

    // Adds quantity x price; when `price` is invalid, an unpriced line naming what is missing.
    void add(const QString &component, const Message &resource, double quantity, const Price &price,
             bool usageDependent, const Message &note = {});
    void addByRole(const QString &component, const Message &resource, double quantity,
                   const QString &role, bool usageDependent, const Message &note = {});
    void addUnpriced(const QString &component, const Message &resource, const Message &why);

    QList<CostLine> takeLines() { return std::move(m_lines); }

    // A line's words: `source` marked with QT_TRANSLATE_NOOP("CostEngine", ...) at the call site.
    static Message text(const char *source) { return Message("CostEngine", source); }

private:
    const Project &m_project;
    const Environment &m_environment;
    const Catalog &m_catalog;
    const PriceBook &m_book;
    QList<CostedDeployment> m_deployments;
    QList<CostLine> m_lines;
    const ProjectIndex *m_givenIndex;
    mutable std::unique_ptr<const ProjectIndex> m_ownIndex;
};

} // namespace Stackdraft::Core
