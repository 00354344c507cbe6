#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Stackdraft::App {

// Reads a mounted file's `source` (a path relative to the project file's directory) the way the
// project reader does when it loads the file, so that the editor accepts exactly the sources
// that will load again: relative, inside the directory (symbolic links included), at most
// MountedFile::MaxSize bytes of UTF-8.
namespace MountedFileSource {

Core::Result<QByteArray> read(const QString &projectDirectory, const QString &source);

} // namespace MountedFileSource
} // namespace Stackdraft::App
