#pragma once

#include "core/catalog/componenttype.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Stackdraft::Core {

// Reads catalog YAML (docs/catalog.md) into component types. yaml-cpp stays inside the .cpp file.
class ComponentTypeParser final
{
public:
    // Every YAML document in `bytes` is one entry. Relative icon paths resolve against the
    // directory of `fileName`; bare icon names against the bundled icons. The first error fails the
    // whole file, with file, line, column and field path.
    static Result<QList<ComponentType>> parse(const QByteArray &bytes, const QString &fileName);
};

} // namespace Stackdraft::Core
