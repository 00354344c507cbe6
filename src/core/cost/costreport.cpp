#include "core/cost/costreport.h"

#include <QSet>

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

QHash<QString, double> CostReport::componentTotals() const
{
    // The same sums, in the same order, as componentTotal(): the same cents.
    QHash<QString, double> sums;
    for (const CostLine &line : lines)
        sums[line.component] += line.amount;
    for (double &sum : sums)
        sum = roundToCent(sum);
    return sums;
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
    QSet<QString> seen;
    for (const CostLine &line : lines) {
        if (!seen.contains(line.component)) {
            seen.insert(line.component);
            ids.append(line.component);
        }
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
