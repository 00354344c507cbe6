#include "core/cost/price.h"

#include <algorithm>

namespace Stackdraft::Core {

double Price::amountFor(double quantity) const
{
    if (tiers.isEmpty())
        return quantity * unitPrice;
    double amount = 0;
    double bandStart = 0;
    for (const PriceTier &tier : tiers) {
        const double bandEnd = tier.upTo < 0 ? quantity : std::min(quantity, tier.upTo);
        if (bandEnd > bandStart)
            amount += (bandEnd - bandStart) * tier.price;
        if (tier.upTo < 0 || quantity <= tier.upTo)
            break;
        bandStart = tier.upTo;
    }
    return amount;
}

} // namespace Stackdraft::Core
