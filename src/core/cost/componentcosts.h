#pragma once

#include "core/cost/costbuilder.h"

namespace Stackdraft::Core::ComponentCosts {

// The general rules that price one deployed component from how the platform realises it:
// containers by vCPU and memory, managed services by the smallest instance class that meets the
// request, object storage, CDN, WAF and load balancers by their own units. See docs/cost.md.
void price(CostBuilder &builder, const CostedDeployment &deployment);

} // namespace Stackdraft::Core::ComponentCosts
