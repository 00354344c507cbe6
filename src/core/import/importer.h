#pragma once

#include "core/import/importreport.h"
#include "core/model/project.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

class Catalog;

// One input file, already read: importers never touch the disk (ImportSources does, at the edge).
struct ImportFile
{
    QString path; // as shown in messages (relative to where the user pointed)
    QByteArray bytes;
};

// What an importer is asked for.
struct ImportRequest
{
    const Catalog *catalog = nullptr; // never null
    QList<ImportFile> files; // compose: merged in this order, like `docker compose -f a -f b`
    // Compose interpolation: the .env file's values, then the process environment (the caller's
    // choice; importers read no environment of their own).
    QMap<QString, QString> variables;
    QStringList profiles; // compose profiles to activate
    QString environment; // id of the environment to create; empty: the importer's default
    QString projectName; // empty: from the input (compose `name:`) or the first file's name
};

// A project built from the input, and what was left out of it. The project has exactly one
// environment (the imported one), so it can also be added to an existing project (ImportMerge).
struct ImportResult
{
    Project project;
    ImportReport report;
};

// Turns files another tool reads (compose, Kubernetes manifests, Mermaid) into a project.
// Implementations are pure: bytes in, model and report out, deterministic, no I/O. A file that is
// not what the importer reads comes back as one Error with file:line:column; anything read but not
// carried into the model is a note in the report, never dropped silently.
class Importer
{
public:
    virtual ~Importer() = default;

    virtual QString id() const = 0; // "compose", "k8s", "mermaid"
    virtual QString name() const = 0; // shown to people (translated)
    // Whether `file` looks like this importer's input (used when --from is not given).
    virtual bool recognises(const ImportFile &file) const = 0;
    virtual Result<ImportResult> import(const ImportRequest &request) const = 0;
};

} // namespace Stackdraft::Core
