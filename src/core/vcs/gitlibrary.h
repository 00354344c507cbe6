#pragma once

namespace Stackdraft::Core {

// Keeps libgit2 initialised while an instance lives. libgit2 counts init/shutdown pairs, so every
// object that holds libgit2 handles owns one of these and the library outlives its last handle.
// The first one also initialises it for the rest of the process (gitlibrary.cpp: why).
class GitLibrary final
{
public:
    GitLibrary();
    ~GitLibrary();
    GitLibrary(const GitLibrary &);
    GitLibrary &operator=(const GitLibrary &) { return *this; }
};

} // namespace Stackdraft::Core
