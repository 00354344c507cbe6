#pragma once

#include "core/catalog/componenttype.h"
#include "core/derived/realisation.h"

namespace Stackdraft::Core::DataVolume {

// Whether a container keeps its data on a persistent volume: its type is stateful and says where
// the data lives, and the deployment keeps some (`storage`, EffectiveDeployment's).
inline bool isKept(const ComponentType &type, qint64 storage)
{
    return type.isStateful() && storage > 0 && !type.data().dataPath.isEmpty();
}

// The same realised on Fargate, where the volume is one EFS file system per service that every task
// mounts: the one decision the Terraform exporter, the cost report, validation and the
// architecture document read.
inline bool isOnEfs(const ComponentType &type, const Realisation &realisation, qint64 storage)
{
    return realisation.kind == Realisation::Kind::Fargate && isKept(type, storage);
}

} // namespace Stackdraft::Core::DataVolume
