#pragma once

#include <QtGlobal>

namespace Stackdraft::Core::Quantity {

// The largest quantity one field of a file accepts (the readers refuse more, naming the field):
// far beyond any machine, and small enough that totals stay meaningful; sums of them saturate
// (core/model/saturating.h) rather than wrap.
constexpr qint64 MaxCpu = 1'000'000'000; // millicores: a million cores
constexpr qint64 MaxMemory = qint64(1024) * 1024 * 1024 * 1024 * 1024; // bytes: 1 PiB (1024Ti)

} // namespace Stackdraft::Core::Quantity
