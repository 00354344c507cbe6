#pragma once

#include "core/import/importer.h"
#include "core/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// The disk side of an import, kept out of the importers: files and directories read with a size
// bound, a Kustomize directory rendered by kubectl, a compose project's .env file.
class ImportSources final
{
public:
    // Bigger inputs are refused before parsing: real compose files and manifest sets are far
    // smaller, and a 50 MB file would take the parser's memory with it.
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;
    static constexpr int MaxFiles = 2000;

    // Reads `paths` in order. A file is read as it is; a directory holding a kustomization is
    // rendered with `kubectl kustomize` (refused, saying so, when kubectl is not installed); any
    // other directory gives, for `format` compose, its compose.yaml / docker-compose.yml (and the
    // override file), else every *.yaml, *.yml, *.json, *.md and *.mmd file in it, in name order.
    static Result<QList<ImportFile>> read(const QStringList &paths, const QString &format = {});
    static Result<ImportFile> readFile(const QString &path);
    static Result<ImportFile> renderKustomization(const QString &directory);
    static bool isKustomization(const QString &directory);

    // KEY=value lines of a compose .env file (comments, `export`, quotes handled); empty when
    // the file does not exist.
    static QMap<QString, QString> readDotEnv(const QString &path);
    static QMap<QString, QString> parseDotEnv(const QByteArray &bytes);
};

} // namespace Stackdraft::Core
