#pragma once

#include <QtGlobal>

namespace Stackdraft::Core::Edit {

// A value with the position it had in its list, so that an undo puts it back where it was.
template<typename T> struct Placed
{
    qsizetype index = -1;
    T value;

    friend bool operator==(const Placed &, const Placed &) = default;
};

} // namespace Stackdraft::Core::Edit
