#pragma once

#include <optional>

namespace Stackdraft::Core {

class Catalog;
class ComponentType;
struct Environment;
struct Project;

// Where imported components start on the canvas, and which way traffic flows between kinds, so
// that a file opened straight after `stackdraft import` is readable before any auto-layout runs.
class ImportLayout final
{
public:
    // The column of a type, in the order requests travel: entry (load balancer, gateway, CDN,
    // end users) 0, frontends 1, services and workers 2, data and messaging 3; observability and
    // tools 4; external services 5.
    static int tier(const ComponentType &type);
    // Whether traffic between these tiers has an obvious direction (lower calls higher), for
    // connections inferred from a shared network; observability and tools have none.
    static bool directed(int fromTier, int toTier);
    // Places every deployment of `env` in columns by tier, rows in model order.
    static void place(const Project &project, Environment &env, const Catalog &catalog);
};

} // namespace Stackdraft::Core
