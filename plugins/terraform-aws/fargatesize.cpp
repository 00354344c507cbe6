#include "fargatesize.h"

#include <array>

namespace Stackdraft::Plugins {
namespace {

struct CpuOption
{
    int cpu;
    int minMemory;
    int maxMemory;
    int step;
};

// Linux/x86 and ARM task sizes, in MiB.
constexpr std::array<CpuOption, 7> options = {{
    {256, 512, 2048, 512}, // 512, 1024, 2048 (1536 is not offered; handled below)
    {512, 1024, 4096, 1024},
    {1024, 2048, 8192, 1024},
    {2048, 4096, 16384, 1024},
    {4096, 8192, 30720, 1024},
    {8192, 16384, 61440, 4096},
    {16384, 32768, 122880, 8192},
}};

bool memoryOffered(const CpuOption &option, int memory)
{
    if (memory < option.minMemory || memory > option.maxMemory)
        return false;
    if (option.cpu == 256)
        return memory == 512 || memory == 1024 || memory == 2048;
    return (memory - option.minMemory) % option.step == 0;
}

} // namespace

bool FargateSize::isValid(int cpuUnits, int memoryMiB)
{
    for (const CpuOption &option : options) {
        if (option.cpu == cpuUnits)
            return memoryOffered(option, memoryMiB);
    }
    return false;
}

FargateSize FargateSize::fit(qint64 millicores, qint64 bytes)
{
    // 1 vCPU = 1000 millicores = 1024 units.
    const qint64 cpuNeeded = (millicores * 1024 + 999) / 1000;
    const qint64 memoryNeeded = (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    for (const CpuOption &option : options) {
        if (option.cpu < cpuNeeded)
            continue;
        for (int memory = option.minMemory; memory <= option.maxMemory; memory += (option.cpu == 256 ? 512 : option.step)) {
            if (memory >= memoryNeeded && memoryOffered(option, memory))
                return {option.cpu, memory};
        }
    }
    return {options.back().cpu, options.back().maxMemory};
}

} // namespace Stackdraft::Plugins
