#pragma once

#include <QtGlobal>

namespace Stackdraft::Plugins {

// A Fargate task size in the units ECS writes. Fargate accepts only fixed CPU/memory pairs
// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size),
// so a deployment's resources are rounded up to the smallest pair that holds them.
struct FargateSize
{
    int cpuUnits = 256; // 1024 units = 1 vCPU
    int memoryMiB = 512;

    // The smallest valid pair with at least `millicores` CPU and `bytes` memory (zero: no need);
    // the largest pair when nothing holds them.
    static FargateSize fit(qint64 millicores, qint64 bytes);
    static bool isValid(int cpuUnits, int memoryMiB);

    friend bool operator==(const FargateSize &, const FargateSize &) = default;
};

} // namespace Stackdraft::Plugins
