#include "core/cost/costreport.h"

#include <cmath>

namespace Stackdraft::Core {

double roundToCent(double amount)
{
    // The epsilon keeps 18.005 written as 18.00499999... from rounding down.
    return std::round(amount * 100.0 + (amount >= 0 ? 1e-7 : -1e-7)) / 100.0;
}

double CostReport::total() const
{
    double sum = 0;
    for (const CostLine &line : lines)
        sum += line.amount;
    return roundToCent(sum);
}

double CostReport::usageDependentTotal() const
{
    double sum = 0;
    for (const CostLine &line : lines) {
        if (line.usageDependent)
            sum += line.amount;
    }
    return roundToCent(sum);
}

double CostReport::componentTotal(const QString &component) const
{
    double sum = 0;
    for (const CostLine &line : lines) {
        if (line.component == component)
            sum += line.amount;
    }
    return roundToCent(sum);
}

int CostReport::unpricedCount() const
{
    int count = 0;
    for (const CostLine &line : lines)
        count += line.priced ? 0 : 1;
    return count;
}

QStringList CostReport::components() const
{
    QStringList ids;
    for (const CostLine &line : lines) {
        if (!ids.contains(line.component))
            ids.append(line.component);
    }
    return ids;
}

QList<CostLine> CostReport::linesOf(const QString &component) const
{
    QList<CostLine> found;
    for (const CostLine &line : lines) {
        if (line.component == component)
            found.append(line);
    }
    return found;
}

} // namespace Stackdraft::Core
