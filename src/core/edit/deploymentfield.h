#pragma once

#include "core/model/deployment.h"
#include "core/result.h"

#include <variant>

// One editable field of a deployment (see ComponentField). Quantities are qint64 (millicores,
// bytes); replicas is a qint64 too, so that `3` converts without ambiguity.
namespace Stackdraft::Core::Edit {

enum class DeploymentField {
    Replicas,
    CpuRequest,
    CpuLimit,
    MemoryRequest,
    MemoryLimit,
    Autoscaling,
    Storage,
    Mode,
    Backup,
    Exposure,
    EnvOverrides,
};

using DeploymentFieldValue
    = std::variant<qint64, bool, DeploymentMode, Autoscaling, Exposure, QList<EnvVar>>;

DeploymentFieldValue deploymentField(const Deployment &deployment, DeploymentField field);
// Refused when `value` does not hold the field's type.
Status setDeploymentField(Deployment &deployment, DeploymentField field,
                          const DeploymentFieldValue &value);
QString deploymentFieldName(DeploymentField field);
// The overrides without the one named `name`: "reset to the component's value".
QList<EnvVar> withoutOverride(QList<EnvVar> overrides, const QString &name);

} // namespace Stackdraft::Core::Edit
