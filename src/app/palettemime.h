#pragma once

#include <QString>

// What the palette puts on a drag, and what a canvas accepts from it (see PaletteDrop).
namespace Stackdraft::App::PaletteMime {

// UTF-8 catalog type id: a new component of that type.
inline const QString ComponentType = QStringLiteral("application/x-stackdraft-component-type");
// UTF-8 id of a component the project already has: deploy it in the target environment.
inline const QString Component = QStringLiteral("application/x-stackdraft-component");

} // namespace Stackdraft::App::PaletteMime
