#pragma once

#include <QtGlobal>

namespace Stackdraft::Core {

class Catalog;
struct Environment;
struct Project;

// What an environment's own containers reserve at rest: the one set of totals `info`, the status
// bar, the architecture document and the budget rules (SD-BUDGET-CPU, SD-BUDGET-MEMORY) show.
// Counted: deployed components whose Realisation runs containers, each with its
// EffectiveDeployment (catalog defaults filled in) × baseline replicas. Managed services, the
// platform's ingress or load balancer and external parties are not ours to size.
struct EnvironmentTotals
{
    int components = 0; // deployed components that run as our containers
    int replicas = 0; // their baseline replicas, summed
    qint64 cpu = 0; // millicores: effective request × baseline replicas, summed
    qint64 memory = 0; // bytes
    qint64 cpuLimits = 0; // millicores: limit × baseline replicas, summed (0 where no limit)
    qint64 memoryLimits = 0; // bytes

    static EnvironmentTotals of(const Project &project, const Environment &environment,
                                const Catalog &catalog);

    friend bool operator==(const EnvironmentTotals &, const EnvironmentTotals &) = default;
};

} // namespace Stackdraft::Core
