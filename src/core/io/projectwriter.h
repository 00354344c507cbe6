#pragma once

#include "core/model/project.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Stackdraft::Core {

// Writes `*.stackdraft.yaml` in canonical form (docs/file-format.md): fixed key
// order, defaults left out, canonical quantities, text quoted wherever YAML
// would read it as something else. Reading the bytes back gives an equal
// Project, and writing that gives the same bytes.
class ProjectWriter final
{
public:
    static QByteArray toBytes(const Project &project);
    // Atomic: the file is replaced only once the new content is fully written
    // (QSaveFile).
    static Status writeFile(const Project &project, const QString &path);
};

} // namespace Stackdraft::Core
