#pragma once

#include <QStringList>

namespace Stackdraft::Core {

class ComponentType;
struct Component;
struct Deployment;

// What a deployed container runs, decided once for every platform (compose `entrypoint`/`command`,
// Kubernetes `command`/`args`, ECS `entryPoint`/`command`). `command` replaces the image's
// entrypoint and `args` its arguments; empty means the image's own.
// Arguments belong to the command they follow, as in Docker and Kubernetes, where a new entrypoint
// drops the image's arguments: a level (deployment, component, catalog type) that sets `command`
// brings its own `args`, possibly none; a level that sets only `args` keeps the command from
// below. The catalog type's default arguments (minio's `server /data`) apply only when neither
// the component nor the deployment sets anything.
struct ContainerCommand
{
    QStringList command;
    QStringList args;

    static ContainerCommand of(const ComponentType &type, const Component &component,
                               const Deployment *deployment);

    friend bool operator==(const ContainerCommand &, const ContainerCommand &) = default;
};

} // namespace Stackdraft::Core
