#pragma once

#include "core/export/serviceconfig.h"

#include <QList>
#include <QString>

namespace Stackdraft::Core {

class Catalog;
class EnvResolver;
struct Environment;
struct Workload;

// The one list of files mounted into a workload's containers in an environment, which every
// exporter mounts: the configuration generated from its connections (ServiceConfig), then the
// component's own files (Component::files) in model order. A file of the component at the
// container path of a generated one replaces it (an architect edits the generated Prometheus
// configuration by giving their own), keeping the generated file's name and variables.
class MountedFiles final
{
public:
    // With Contents::PathsOnly the generated files come without their bytes (the architect's own
    // files keep theirs: they are already in the model).
    static QList<ConfigFile> of(const EnvResolver &resolver, const Environment &env,
                                const Catalog &catalog, const Workload &workload,
                                ServiceConfig::Contents contents = ServiceConfig::Contents::Bytes);
    // A file name usable as a ConfigMap key and a file on every platform ([-._a-zA-Z0-9]), from
    // the last part of `path`, not among `taken`.
    static QString uniqueName(const QString &path, const QStringList &taken);
};

} // namespace Stackdraft::Core
