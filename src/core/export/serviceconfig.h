#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

class Catalog;
class EnvResolver;
struct Environment;
struct Project;
struct Workload;

// A file mounted into a workload's containers: generated from the design (what a monitoring,
// dashboard, alerting, log-pipeline or gateway component is connected to becomes its scrape jobs,
// datasources, route, pipeline or routes) or written by the architect (Component::files).
// MountedFiles::of lists both; compose mounts each from a file next to the compose file,
// Kubernetes from a ConfigMap, ECS through a task volume an init container fills; all from these
// bytes.
struct ConfigFile
{
    enum class Origin {
        Generated, // by ServiceConfig, from the connections
        Inline, // the project file's own text
        Source, // a file beside the project file (`source`)
    };

    QString name; // file name, unique per workload, e.g. "prometheus.yml" (a ConfigMap key)
    QString mountPath; // absolute path in the container
    QByteArray content;
    // Variables the image needs to read the file (KONG_DECLARATIVE_CONFIG -> its path).
    QList<std::pair<QString, QString>> env;
    Origin origin = Origin::Generated;
    QString source; // Origin::Source: the path relative to the project file

    friend bool operator==(const ConfigFile &, const ConfigFile &) = default;
};

// The catalog names which of these a type needs under `configuration:`
// (ComponentType::configurationKinds()).
class ServiceConfig final
{
public:
    // Whether the files come with their bytes, or only their names, paths and variables (what a
    // check of where files are mounted needs; the bytes mean walking the workload's connections).
    enum class Contents { Bytes, PathsOnly };

    // The files `workload` needs in `env`, from its connections to the components deployed there;
    // empty when its type names no configuration.
    static QList<ConfigFile> files(const Project &project, const Environment &env,
                                   const Catalog &catalog, const Workload &workload);
    // The same through the generator's own resolver of `env` (one per environment): nothing is
    // indexed again, so a generator asking for every workload stays linear in the project's size.
    static QList<ConfigFile> files(const EnvResolver &resolver, const Environment &env,
                                   const Catalog &catalog, const Workload &workload,
                                   Contents contents = Contents::Bytes);
};

} // namespace Stackdraft::Core
