#pragma once

#include "core/catalog/catalog.h"
#include "core/cost/costline.h"
#include "core/cost/pricebook.h"
#include "core/model/project.h"
#include "core/model/projectindex.h"

#include <QHash>
#include <QList>

#include <memory>

namespace Stackdraft::Core {

// How a platform realises a component, as far as pricing goes (from the catalog's `realisation`).
enum class Realisation { None, Container, Managed, ObjectStorage, Cdn, Waf, LoadBalancer, Logs };

// Collects the lines of one environment's report: the project, environment, catalog and price book
// the general pricing rules read, and the helpers that turn a price key and a quantity into a line.
class CostBuilder final
{
public:
    CostBuilder(const Project &project, const Environment &environment, const Catalog &catalog,
                const PriceBook &book);

    const Project &project() const { return m_project; }
    const Environment &environment() const { return m_environment; }
    const Catalog &catalog() const { return m_catalog; }
    const PriceBook &book() const { return m_book; }
    // The environment's deployed components with their deployments, in model order (computed once).
    const QList<std::pair<const Component *, const Deployment *>> &deployments() const
    {
        return m_deployments;
    }
    double hours() const { return m_book.isValid() ? m_book.hoursPerMonth() : 730.0; }
    bool isAws() const { return m_book.provider() == QLatin1String("aws"); }

    // Id lookups over the project, built on first use (a few pricing rules follow connections).
    const ProjectIndex &index() const;

    Realisation realisation(const Component &component) const;
    QString realisationId(const Component &component) const; // the catalog's word, e.g. "rds"
    QStringList
    platformPriceKeys(const Component &component) const; // the catalog's keys for this platform

    // Adds quantity x price; when `price` is invalid, an unpriced line naming what is missing.
    void add(const QString &component, const QString &resource, double quantity, const Price &price,
             bool usageDependent, const QString &note = {});
    void addByRole(const QString &component, const QString &resource, double quantity,
                   const QString &role, bool usageDependent, const QString &note = {});
    void addUnpriced(const QString &component, const QString &resource, const QString &why);

    QList<CostLine> takeLines() { return std::move(m_lines); }

private:
    Realisation classify(const Component &component) const;

    const Project &m_project;
    const Environment &m_environment;
    const Catalog &m_catalog;
    const PriceBook &m_book;
    QList<std::pair<const Component *, const Deployment *>> m_deployments;
    QList<CostLine> m_lines;
    mutable QHash<QString, Realisation>
        m_realisations; // by type id: the same for every component of a type
    mutable std::unique_ptr<const ProjectIndex> m_index;
};

} // namespace Stackdraft::Core
