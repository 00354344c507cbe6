#include "fargatesize.h"

#include "core/cost/fargatesizes.h"
#include "core/model/quantity.h"

namespace Stackdraft::Plugins {
namespace {

// The cost engine's table (Core::FargateSizes) is the one source of valid sizes, so the task
// Terraform creates is the size the estimate bills. It counts millicores; ECS writes CPU units (1
// vCPU = 1024).
int toUnits(qint64 millicores)
{
    return int(millicores * 1024 / 1000);
}

qint64 toMillicores(int units)
{
    return qint64(units) * 1000 / 1024;
}

} // namespace

bool FargateSize::isValid(int cpuUnits, int memoryMiB)
{
    if (toUnits(toMillicores(cpuUnits)) != cpuUnits)
        return false;
    return Core::FargateSizes::isValid(toMillicores(cpuUnits),
                                       qint64(memoryMiB) * Core::Quantity::Mi);
}

FargateSize FargateSize::fit(qint64 millicores, qint64 bytes)
{
    if (const auto size = Core::FargateSizes::smallestFitting(millicores, bytes))
        return {toUnits(size->cpu), int(size->memory / Core::Quantity::Mi)};
    // Nothing holds it: the largest size, which validation reports as too small.
    const qint64 largest = 16000;
    return {toUnits(largest),
            int(Core::FargateSizes::memoryOptions(largest).constLast() / Core::Quantity::Mi)};
}

} // namespace Stackdraft::Plugins
