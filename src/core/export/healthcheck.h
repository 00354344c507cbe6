#pragma once

#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

class ComponentType;
struct Component;

// How a component's health is checked, decided once for every platform:
//  - Http: GET `path` on `port` (component property healthPath, else the catalog's healthPath);
//  - Exec: run `command` in the container (the catalog's healthCommand: mysqladmin ping, redis-cli
//  ping...);
//  - Tcp:  open `port` (anything else that listens);
//  - None: nothing to check.
struct HealthCheck
{
    enum class Kind { None, Http, Exec, Tcp };

    Kind kind = Kind::None;
    QString path;
    QStringList command;
    int port = 0;

    static HealthCheck forComponent(const Component &component, const ComponentType &type,
                                    int port);

    // A command that runs this check inside a container of `image` using only a tool the image
    // ships (compose `healthcheck.test`, ECS container health checks), as exec-form arguments
    // without "CMD". Empty when the image's tools are unknown: then no container-level check is
    // written at all, rather than one that always fails. `tool` (component property healthTool:
    // wget, curl, python, node, none) overrides the guess from the image name.
    QStringList containerCommand(const QString &image, const QString &tool = {}) const;

    // The HTTP tool an image is known to ship ("wget", "curl", "python", "node"), or empty.
    static QString httpToolFor(const QString &image);

    friend bool operator==(const HealthCheck &, const HealthCheck &) = default;
};

} // namespace Stackdraft::Core
