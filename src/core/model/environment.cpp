#include "core/model/environment.h"

namespace Stackdraft::Core {

QString platformId(Platform platform)
{
    switch (platform) {
    case Platform::Compose:
        return QStringLiteral("compose");
    case Platform::Kubernetes:
        return QStringLiteral("kubernetes");
    case Platform::AwsEcs:
        return QStringLiteral("aws-ecs");
    }
    return {};
}

std::optional<Platform> platformFromId(const QString &id)
{
    for (Platform platform : {Platform::Compose, Platform::Kubernetes, Platform::AwsEcs}) {
        if (platformId(platform) == id)
            return platform;
    }
    return std::nullopt;
}

const Deployment *Environment::deployment(const QString &componentId) const
{
    for (const Deployment &d : deployments) {
        if (d.component == componentId)
            return &d;
    }
    return nullptr;
}

// Iterates mutably so that a list shared with a copy of this environment detaches before it is
// edited.
Deployment *Environment::deployment(const QString &componentId)
{
    for (Deployment &d : deployments) {
        if (d.component == componentId)
            return &d;
    }
    return nullptr;
}

} // namespace Stackdraft::Core
