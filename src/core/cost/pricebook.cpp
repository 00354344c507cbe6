#include "core/cost/pricebook.h"

#include <algorithm>

namespace Stackdraft::Core {

namespace {

bool cheaper(const Price &a, const Price &b)
{
    // Cheapest first; equal prices keep the smaller class (fewer vCPUs, then less memory) first.
    if (a.unitPrice != b.unitPrice)
        return a.unitPrice < b.unitPrice;
    if (a.instance.cpu != b.instance.cpu)
        return a.instance.cpu < b.instance.cpu;
    return a.instance.memory < b.instance.memory;
}

} // namespace

PriceBook::PriceBook(PriceBookData data)
    : m_data(std::make_shared<const PriceBookData>(std::move(data)))
{
    auto index = std::make_shared<PriceBookIndex>();
    for (qsizetype i = 0; i < m_data->prices.size(); ++i) {
        const Price &p = m_data->prices.at(i);
        index->byKey.insert(p.key, i);
        if (p.instance.isValid())
            index->instancesByFamily[p.instance.family].append(p);
    }
    for (QList<Price> &list : index->instancesByFamily)
        std::stable_sort(list.begin(), list.end(), cheaper);
    m_index = std::move(index);
}

const PriceBookData &PriceBook::data() const
{
    static const PriceBookData empty;
    return m_data ? *m_data : empty;
}

Price PriceBook::price(const QString &key) const
{
    if (!m_index)
        return {};
    const qsizetype i = m_index->byKey.value(key, -1);
    return i < 0 ? Price {} : m_data->prices.at(i);
}

Price PriceBook::priceForRole(const QString &role) const
{
    const QString key = data().roles.value(role);
    return key.isEmpty() ? Price {} : price(key);
}

QList<Price> PriceBook::instances(const QString &family, const QString &availability) const
{
    if (!m_index)
        return {};
    const QList<Price> all = m_index->instancesByFamily.value(family);
    if (availability.isEmpty())
        return all;
    QList<Price> found;
    for (const Price &p : all) {
        if (p.instance.availability == availability)
            found.append(p);
    }
    return found;
}

} // namespace Stackdraft::Core
