#pragma once

#include "core/model/project.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Stackdraft::Core {

class Catalog;

// Loads `*.stackdraft.yaml` (docs/file-format.md). Any malformed input — bad
// YAML, wrong types, unknown keys or catalog types, duplicate ids, dangling
// references, bad quantities — gives one Error naming the file, line, column
// and field path; nothing throws. Design-level problems are left to validation.
class ProjectReader final
{
public:
    // Project files are small; anything larger is refused before parsing.
    static constexpr qint64 MaxFileSize = 8 * 1024 * 1024;

    static Result<Project> readFile(const QString &path, const Catalog &catalog);
    // `fileName` names the file in error messages; mounted files' `source` paths are read
    // relative to its directory.
    static Result<Project> read(const QByteArray &bytes, const QString &fileName,
                                const Catalog &catalog);
};

} // namespace Stackdraft::Core
