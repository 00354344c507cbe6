#pragma once

#include "core/import/importreport.h"
#include "core/model/project.h"
#include "core/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stackdraft::Core {

class Catalog;

// One import as the CLI and the app run it: read the paths (ImportSources), pick the importer
// (named, or recognised from the first file), import, and add the result to an existing project
// when asked. Shared so that `stackdraft import` and File > Import… cannot disagree.
struct ImportJob
{
    QStringList paths; // files and directories, in order
    QString format; // "compose", "k8s", "mermaid"; empty: recognised from the first file
    QString environment; // id of the imported environment; empty: the importer's default
    QStringList profiles; // compose profiles
    // Compose interpolation variables; empty: the .env beside the first path, then the process
    // environment (what `docker compose` itself reads).
    std::optional<QMap<QString, QString>> variables;
    const Project *into = nullptr; // add the import to this project as a new environment
    const Catalog *catalog = nullptr; // never null

    struct Outcome
    {
        Project project; // the new project, or `into` with the new environment
        ImportReport report;
        QString importerName; // translated, e.g. "Docker Compose"
        QString environment; // id of the imported environment
        int components = 0; // components the import itself produced
    };

    // Errors: a path that cannot be read, no importer for the input, a file that is not what it
    // claims, an environment id taken in `into`. An import that yields no component is not an
    // error: components is 0 and the report says why.
    Result<Outcome> run() const;
};

} // namespace Stackdraft::Core
