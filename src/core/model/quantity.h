#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Stackdraft::Core {

// CPU and memory quantities, parsed and printed the Kubernetes way, in this one place.
// CPU is held in millicores ("0.5" == "500m" == 500), memory in bytes ("512Mi", "1Gi", "1G",
// "1500000").
namespace Quantity {

std::optional<qint64> parseCpu(QStringView text);
std::optional<qint64> parseMemory(QStringView text);

// Canonical text: whole cores as "1", "2"; otherwise millicores "500m". Zero prints "0".
QString formatCpu(qint64 millicores);
// Canonical text: the largest binary suffix (Ki, Mi, Gi, Ti) that divides exactly, else plain
// bytes.
QString formatMemory(qint64 bytes);

// For people (tables, canvas): "0.5 vCPU", "1.25 vCPU"; "512 MiB", "1 GiB", "1.5 GiB".
QString humanCpu(qint64 millicores);
QString humanMemory(qint64 bytes);

constexpr qint64 Ki = 1024;
constexpr qint64 Mi = Ki * 1024;
constexpr qint64 Gi = Mi * 1024;

} // namespace Quantity
} // namespace Stackdraft::Core
