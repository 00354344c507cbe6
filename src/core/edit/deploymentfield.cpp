#include "core/edit/deploymentfield.h"

#include <QCoreApplication>

#include <limits>

namespace Stackdraft::Core::Edit {
namespace {

qint64 *integerField(Deployment &d, DeploymentField field)
{
    switch (field) {
    case DeploymentField::CpuRequest:
        return &d.resources.cpuRequest;
    case DeploymentField::CpuLimit:
        return &d.resources.cpuLimit;
    case DeploymentField::MemoryRequest:
        return &d.resources.memoryRequest;
    case DeploymentField::MemoryLimit:
        return &d.resources.memoryLimit;
    case DeploymentField::Storage:
        return &d.storage;
    default:
        return nullptr;
    }
}

template<typename T> bool assign(T &target, const DeploymentFieldValue &value)
{
    if (!std::holds_alternative<T>(value))
        return false;
    target = std::get<T>(value);
    return true;
}

} // namespace

DeploymentFieldValue deploymentField(const Deployment &d, DeploymentField field)
{
    switch (field) {
    case DeploymentField::Replicas:
        return qint64(d.replicas);
    case DeploymentField::CpuRequest:
        return d.resources.cpuRequest;
    case DeploymentField::CpuLimit:
        return d.resources.cpuLimit;
    case DeploymentField::MemoryRequest:
        return d.resources.memoryRequest;
    case DeploymentField::MemoryLimit:
        return d.resources.memoryLimit;
    case DeploymentField::Autoscaling:
        return d.autoscaling;
    case DeploymentField::Storage:
        return d.storage;
    case DeploymentField::Mode:
        return d.mode;
    case DeploymentField::Backup:
        return d.backup;
    case DeploymentField::Exposure:
        return d.exposure;
    case DeploymentField::EnvOverrides:
        return d.envOverrides;
    }
    return qint64(0);
}

Status setDeploymentField(Deployment &d, DeploymentField field, const DeploymentFieldValue &value)
{
    bool ok = false;
    switch (field) {
    case DeploymentField::Replicas:
        ok = std::holds_alternative<qint64>(value)
            && std::get<qint64>(value) >= std::numeric_limits<int>::min()
            && std::get<qint64>(value) <= std::numeric_limits<int>::max();
        if (ok)
            d.replicas = int(std::get<qint64>(value));
        break;
    case DeploymentField::Autoscaling:
        ok = assign(d.autoscaling, value);
        break;
    case DeploymentField::Mode:
        ok = assign(d.mode, value);
        break;
    case DeploymentField::Backup:
        ok = assign(d.backup, value);
        break;
    case DeploymentField::Exposure:
        ok = assign(d.exposure, value);
        break;
    case DeploymentField::EnvOverrides:
        ok = assign(d.envOverrides, value);
        break;
    default:
        ok = assign(*integerField(d, field), value);
        break;
    }
    if (ok)
        return success();
    return Error {QCoreApplication::translate("Stackdraft::Core::Edit",
                                              "wrong kind of value for the field '%1'")
                      .arg(deploymentFieldName(field)),
                  {},
                  0,
                  0,
                  deploymentFieldName(field)};
}

QString deploymentFieldName(DeploymentField field)
{
    switch (field) {
    case DeploymentField::Replicas:
        return QStringLiteral("replicas");
    case DeploymentField::CpuRequest:
        return QStringLiteral("cpu");
    case DeploymentField::CpuLimit:
        return QStringLiteral("cpuLimit");
    case DeploymentField::MemoryRequest:
        return QStringLiteral("memory");
    case DeploymentField::MemoryLimit:
        return QStringLiteral("memoryLimit");
    case DeploymentField::Autoscaling:
        return QStringLiteral("autoscaling");
    case DeploymentField::Storage:
        return QStringLiteral("storage");
    case DeploymentField::Mode:
        return QStringLiteral("mode");
    case DeploymentField::Backup:
        return QStringLiteral("backup");
    case DeploymentField::Exposure:
        return QStringLiteral("expose");
    case DeploymentField::EnvOverrides:
        return QStringLiteral("env");
    }
    return {};
}

QList<EnvVar> withoutOverride(QList<EnvVar> overrides, const QString &name)
{
    overrides.removeIf([&](const EnvVar &v) { return v.name == name; });
    return overrides;
}

} // namespace Stackdraft::Core::Edit
