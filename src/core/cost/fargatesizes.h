#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace Stackdraft::Core::FargateSizes {

// The CPU/memory combinations AWS Fargate accepts for a task (Amazon ECS developer guide, "Task CPU
// and memory"). CPU in millicores, memory in bytes.
struct Size
{
    qint64 cpu = 0;
    qint64 memory = 0;
};

bool isValid(qint64 cpu, qint64 memory);
// The memory sizes allowed with `cpu` (empty when `cpu` is not a Fargate CPU size).
QList<qint64> memoryOptions(qint64 cpu);
// The smallest valid size holding both `cpu` and `memory` (nullopt above the largest size).
std::optional<Size> smallestFitting(qint64 cpu, qint64 memory);

} // namespace Stackdraft::Core::FargateSizes
