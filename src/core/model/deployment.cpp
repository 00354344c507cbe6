#include "core/model/deployment.h"

namespace Stackdraft::Core {

QString deploymentModeId(DeploymentMode mode)
{
    switch (mode) {
    case DeploymentMode::Single:
        return QStringLiteral("single");
    case DeploymentMode::Replicated:
        return QStringLiteral("replicated");
    case DeploymentMode::Cluster:
        return QStringLiteral("cluster");
    case DeploymentMode::Managed:
        return QStringLiteral("managed");
    }
    return {};
}

std::optional<DeploymentMode> deploymentModeFromId(const QString &id)
{
    for (DeploymentMode mode : {DeploymentMode::Single, DeploymentMode::Replicated,
                                DeploymentMode::Cluster, DeploymentMode::Managed}) {
        if (deploymentModeId(mode) == id)
            return mode;
    }
    return std::nullopt;
}

} // namespace Stackdraft::Core
