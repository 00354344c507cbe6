#include "core/cost/fargatesizes.h"

#include "core/model/quantity.h"

namespace Stackdraft::Core::FargateSizes {
namespace {

struct Row
{
    qint64 cpu; // millicores
    qint64 minGb; // memory range in GiB, in steps of stepGb
    qint64 maxGb;
    qint64 stepGb;
};

// 0.25 vCPU is special: 0.5, 1 and 2 GB.
constexpr Row Rows[] = {
    {500, 1, 4, 1},   {1000, 2, 8, 1},   {2000, 4, 16, 1},
    {4000, 8, 30, 1}, {8000, 16, 60, 4}, {16000, 32, 120, 8},
};

} // namespace

QList<qint64> memoryOptions(qint64 cpu)
{
    using Quantity::Gi;
    using Quantity::Mi;
    if (cpu == 250)
        return {512 * Mi, Gi, 2 * Gi};
    // Millicores, as the model holds them: ECS writes the same sizes in CPU units (1 vCPU = 1024).
    for (const Row &row : Rows) {
        if (row.cpu != cpu)
            continue;
        QList<qint64> options;
        for (qint64 gb = row.minGb; gb <= row.maxGb; gb += row.stepGb)
            options.append(gb * Gi);
        return options;
    }
    return {};
}

bool isValid(qint64 cpu, qint64 memory)
{
    return memoryOptions(cpu).contains(memory);
}

std::optional<Size> smallestFitting(qint64 cpu, qint64 memory)
{
    for (qint64 size : {qint64(250), qint64(500), qint64(1000), qint64(2000), qint64(4000),
                        qint64(8000), qint64(16000)}) {
        if (size < cpu)
            continue;
        for (qint64 option : memoryOptions(size)) {
            if (option >= memory)
                return Size {size, option};
        }
    }
    return std::nullopt;
}

} // namespace Stackdraft::Core::FargateSizes
