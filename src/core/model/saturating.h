#pragma once

#include <QtGlobal>

#include <limits>

namespace Stackdraft::Core::Saturating {

// Sums and products of quantities (millicores, bytes, replica counts) that never wrap: a result
// past qint64's range stays at the end of the range. Each quantity is bounded at load
// (Quantity::MaxCpu, Quantity::MaxMemory, 10,000 replicas), but a project's totals are not, and a
// wrapped total would turn "far over budget" into a negative number that passes every check.
constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();

constexpr qint64 add(qint64 a, qint64 b)
{
    qint64 result = 0;
    if (__builtin_add_overflow(a, b, &result))
        return b > 0 ? Max : Min;
    return result;
}

constexpr qint64 multiply(qint64 a, qint64 b)
{
    qint64 result = 0;
    if (__builtin_mul_overflow(a, b, &result))
        return (a < 0) == (b < 0) ? Max : Min;
    return result;
}

} // namespace Stackdraft::Core::Saturating
