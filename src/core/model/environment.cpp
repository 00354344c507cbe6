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

Deployment *Environment::deployment(const QString &componentId)
{
    // Detach first: a pointer into implicitly shared data would let an edit change every copy.
    deployments.detach();
    return const_cast<Deployment *>(std::as_const(*this).deployment(componentId));
}

} // namespace Stackdraft::Core
