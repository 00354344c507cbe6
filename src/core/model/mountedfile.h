#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Stackdraft::Core {

// A configuration file mounted into a component's containers (a scrape config, gateway routes, a
// pipeline), written in the project file either inline or as a file next to the project file.
// Generated service configuration (ServiceConfig) at the same container path is replaced by it.
struct MountedFile
{
    QString path; // absolute path in the container, e.g. "/etc/nginx/conf.d/default.conf"
    // Relative to the project file's directory, never leaving it; empty when the content is
    // written inline. The reader loads the file into `content`; the writer writes only `source`.
    QString source;
    QByteArray content; // UTF-8 text, exactly as mounted

    bool isInline() const { return source.isEmpty(); }

    // Per file, the size a Kubernetes ConfigMap can hold with room to spare, and far more than a
    // configuration file needs.
    static constexpr qint64 MaxSize = 512 * 1024;

    friend bool operator==(const MountedFile &, const MountedFile &) = default;
};

} // namespace Stackdraft::Core
