#pragma once

#include <memory>

namespace Stackdraft::Core {

// Owning pointer for a libgit2 object, freed with its own free function. Written as a template so
// that no libgit2 type is named in a header: each .cpp instantiates it, e.g. GitHandle<git_tree,
// git_tree_free>.
template<typename T, void (*Free)(T *)> struct GitFree
{
    void operator()(T *object) const { Free(object); }
};

template<typename T, void (*Free)(T *)> using GitHandle = std::unique_ptr<T, GitFree<T, Free>>;

} // namespace Stackdraft::Core
