#pragma once

#include "core/message.h"

#include <QString>

namespace Stackdraft::Core {

// One priced (or unpriced) item of an environment's monthly cost: quantity x unit price = amount.
// Its words are messages, translated where the line is shown; the price book's own fields (unit,
// key, source, date, confidence) are data and shown as they are.
struct CostLine
{
    QString component; // component id; empty for an environment-level line (NAT gateway, data
                       // transfer...)
    Message resource; // what is counted: "vCPU", "memory", "load balancer hours", ...
    double quantity = 0;
    QString unit; // the price's unit: "vCPU-hour", "GB-month", ...
    double unitPrice = 0; // USD per unit (the first band's price when tiered)
    double amount = 0; // USD per month, rounded to the cent
    QString priceKey;
    QString source;
    QString date;
    QString confidence;
    bool usageDependent = false; // depends on a usage assumption (traffic, logs, LCUs, scaling)
    bool priced = true; // false: the book has no price for it ("unpriced"), amount is 0
    Message note; // how the quantity was derived, or why it is unpriced

    friend bool operator==(const CostLine &, const CostLine &) = default;
};

} // namespace Stackdraft::Core
