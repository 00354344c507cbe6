#pragma once

#include "app/preferences.h"

namespace Stackdraft::App::Theme {

// Applies the light or dark palette to the whole application, or gives the desktop's back
// (System). Qt 6.4 cannot ask the platform for a colour scheme, so Light and Dark use the Fusion
// style with a palette of their own.
void apply(Preferences::Theme theme);

} // namespace Stackdraft::App::Theme
