#pragma once

#include "core/cost/costbuilder.h"

namespace Stackdraft::Core::EnvironmentCosts {

// Lines that belong to the environment rather than to one component: the Kubernetes control plane,
// an application load balancer for public entry points with no load-balancer component, NAT
// gateway, image repositories, logs and data transfer out. See docs/cost.md.
void price(CostBuilder &builder);

// True when the environment is reached from the internet through `component` (public exposure, or a
// connection from an external component such as end users).
bool isInternetFacing(const CostBuilder &builder, const Component &component);

} // namespace Stackdraft::Core::EnvironmentCosts
