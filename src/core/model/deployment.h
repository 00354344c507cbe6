#pragma once

#include "core/model/envvar.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stackdraft::Core {

// CPU in millicores, memory in bytes (see Quantity). Zero means "not set".
struct Resources
{
    qint64 cpuRequest = 0;
    qint64 cpuLimit = 0;
    qint64 memoryRequest = 0;
    qint64 memoryLimit = 0;

    // What a deployment reserves: the request, or the limit when no request is set.
    qint64 effectiveCpu() const { return cpuRequest > 0 ? cpuRequest : cpuLimit; }
    qint64 effectiveMemory() const { return memoryRequest > 0 ? memoryRequest : memoryLimit; }

    friend bool operator==(const Resources &, const Resources &) = default;
};

struct Autoscaling
{
    bool enabled = false;
    int minReplicas = 1;
    int maxReplicas = 1;
    int cpuTargetPercent = 0; // 0: no CPU target
    int memoryTargetPercent = 0; // 0: no memory target

    friend bool operator==(const Autoscaling &, const Autoscaling &) = default;
};

// How a component is reached from outside the environment.
struct Exposure
{
    bool isPublic = false;
    QString host; // e.g. "api.urbana-connect.com"
    QString path; // e.g. "/api"; empty means "/"
    bool tls = false;

    friend bool operator==(const Exposure &, const Exposure &) = default;
};

enum class DeploymentMode {
    Single, // one instance
    Replicated, // several identical instances (replica set, sentinel, primary/replica)
    Cluster, // a clustered data service (MongoDB replica set, Redis cluster, ES cluster)
    Managed, // a cloud-managed service (RDS, ElastiCache, Atlas, Amazon MQ)
};

// A component placed in an environment.
struct Deployment
{
    QString component; // component id
    int replicas = 1;
    Resources resources;
    Autoscaling autoscaling;
    qint64 storage = 0; // persistent volume size in bytes; 0: none
    DeploymentMode mode = DeploymentMode::Single;
    bool backup = false; // scheduled backups (snapshots, dumps) are configured
    Exposure exposure;
    // Replace the component's command and arguments in this environment; empty: the component's.
    QStringList command;
    QStringList args;
    QList<EnvVar> envOverrides; // replace the component's variables of the same name
    QPointF position; // node position on this environment's canvas

    friend bool operator==(const Deployment &, const Deployment &) = default;
};

QString deploymentModeId(DeploymentMode mode); // "single", "replicated", ...
std::optional<DeploymentMode> deploymentModeFromId(const QString &id);

} // namespace Stackdraft::Core
