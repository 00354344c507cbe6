#pragma once

#include "core/export/envresolver.h"
#include "core/export/exportset.h"
#include "core/export/workload.h"
#include "core/model/projectindex.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Stackdraft::Core {
class Catalog;
class YamlTree;
struct ConfigFile;
struct Environment;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::Plugins {

// Writes one compose environment: docker-compose.yml and .env.example. With one compose environment
// in the project they go to deploy/compose/; with several, to deploy/compose/<env>/, so that no
// environment's files depend on which environment was asked for.
// Lookups go through one ProjectIndex and one EnvResolver, and each service's variables are
// resolved once, so generating an environment is linear in its size.
class ComposeGenerator final
{
public:
    ComposeGenerator(const Core::Project &project, const Core::Environment &env,
                     const Core::Catalog &catalog);

    static QString directory(const Core::Project &project, const Core::Environment &env);
    // The files with the bytes `selection` wants (all the paths either way).
    Core::Result<Core::ExportSet> generate(const Core::ExportSelection &selection
                                           = Core::ExportSelection::everything()) const;

private:
    Core::Result<Core::YamlTree> service(const Core::Workload &workload) const;
    QStringList healthTest(const Core::Workload &workload) const;
    QByteArray envExample() const;
    QString hostNotes() const;
    static QString configFilePath(const Core::Workload &w, const Core::ConfigFile &file);
    QString buildContext(const QString &build) const;

    const Core::Project &m_project;
    const Core::Environment &m_env;
    const Core::Catalog &m_catalog;
    Core::ProjectIndex m_index;
    Core::EnvResolver m_resolver;
    QList<Core::Workload> m_workloads;
    QHash<QString, qsizetype> m_workloadOf; // component id -> index in m_workloads
};

} // namespace Stackdraft::Plugins
