#pragma once

#include "core/io/yamlnode.h"
#include "core/result.h"

#include <QString>

namespace Stackdraft::Core::ImportYaml {

// Several files merged into one tree still have to say which file each node came from: file k's
// lines are stored as k * FileStride + line. origin() undoes it. 2^25 lines is more than a file
// under ImportSources::MaxFileSize can hold.
constexpr int FileStride = 1 << 25;
constexpr int MaxFiles = 60;
void offsetLines(YamlNode &node, int fileIndex);
struct Origin
{
    int file = 0;
    int line = 0;
};
Origin origin(int line);

// YAML 1.1 merge keys (`<<: *defaults`, `<<: [*a, *b]`), which compose files use with `x-`
// anchors: the merged entries are added where the map does not set the key itself. yaml-cpp keeps
// "<<" as a plain key.
void resolveMergeKeys(YamlNode &node);

// The scalar text of a node, or empty for anything else.
inline QString text(const YamlNode *node)
{
    return node && node->isScalar() ? node->scalar : QString();
}

// An Error at `at` in `file` (its line in its own file, see origin()), or at 1:1 when the node
// has no position: an empty or comment-only file is refused at its start, like the project
// reader does, so every import error names file:line:col.
Error errorAt(const QString &file, const YamlNode &at, const QString &message);

// The first "{{" of a Go template (Helm) outside comments, as an Error at its line and column;
// success when there is none. Such a file is a chart template, not a manifest.
Status refuseTemplates(const QByteArray &bytes, const QString &fileName);

} // namespace Stackdraft::Core::ImportYaml
