#include "core/cost/pricebook.h"

#include <algorithm>

namespace Stackdraft::Core {

PriceBook::PriceBook(PriceBookData data)
    : m_data(std::make_shared<const PriceBookData>(std::move(data)))
{
}

const PriceBookData &PriceBook::data() const
{
    static const PriceBookData empty;
    return m_data ? *m_data : empty;
}

Price PriceBook::price(const QString &key) const
{
    for (const Price &p : data().prices) {
        if (p.key == key)
            return p;
    }
    return {};
}

Price PriceBook::priceForRole(const QString &role) const
{
    const QString key = data().roles.value(role);
    return key.isEmpty() ? Price{} : price(key);
}

QList<Price> PriceBook::instances(const QString &family, const QString &availability) const
{
    QList<Price> found;
    for (const Price &p : data().prices) {
        if (p.instance.family == family
            && (availability.isEmpty() || p.instance.availability == availability))
            found.append(p);
    }
    // Cheapest first; equal prices keep the smaller class (fewer vCPUs, then less memory) first.
    std::stable_sort(found.begin(), found.end(), [](const Price &a, const Price &b) {
        if (a.unitPrice != b.unitPrice)
            return a.unitPrice < b.unitPrice;
        if (a.instance.cpu != b.instance.cpu)
            return a.instance.cpu < b.instance.cpu;
        return a.instance.memory < b.instance.memory;
    });
    return found;
}

} // namespace Stackdraft::Core
