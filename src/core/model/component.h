#pragma once

#include "core/model/envvar.h"
#include "core/model/mountedfile.h"
#include "core/model/port.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// A logical component, shared by every environment. Its id is the name used in every output.
struct Component
{
    QString id; // DNS-1123 label, unique in the project
    QString label; // free text shown on the canvas
    QString type; // catalog type id, e.g. "backend-service", "mysql"
    QString description;
    QString image; // e.g. "python:3.11-slim"; empty when built from `build`
    QString build; // build context directory for compose (e.g. "./api-gateway"); empty when pulled
    // What the container runs, the Kubernetes way: `command` replaces the image's entrypoint,
    // `args` its arguments (the image's CMD). Empty: the image's own (ContainerCommand::of).
    QStringList command;
    QStringList args;
    QList<Port> ports;
    QList<EnvVar> env;
    QMap<QString, QString> properties; // type-specific settings (health path, database name, ...)
    QList<MountedFile> files; // configuration files mounted into its containers, in model order

    const EnvVar *envVar(const QString &name) const;
    int primaryPort() const { return ports.isEmpty() ? 0 : ports.first().container; }

    friend bool operator==(const Component &, const Component &) = default;
};

} // namespace Stackdraft::Core
