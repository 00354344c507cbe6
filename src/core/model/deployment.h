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

// Scale on the length of a queue: one replica per `messagesPerReplica` ready messages of queue
// `name` on the broker component `from`.
struct QueueTrigger
{
    QString from; // component id of the broker; empty: no queue trigger
    QString name; // the queue's name on that broker
    int messagesPerReplica = 0;

    bool isSet() const { return !from.isEmpty(); }
    friend bool operator==(const QueueTrigger &, const QueueTrigger &) = default;
};

struct Autoscaling
{
    bool enabled = false;
    int minReplicas = 1;
    int maxReplicas = 1;
    int cpuTargetPercent = 0; // 0: no CPU target
    int memoryTargetPercent = 0; // 0: no memory target
    QueueTrigger queue;

    friend bool operator==(const Autoscaling &, const Autoscaling &) = default;
};

// When backups run and how long they are kept, when the architect says; a default policy leaves
// both to the platform (a daily backup kept 7 days).
struct BackupPolicy
{
    QString schedule; // five-field cron expression (CronSchedule), in UTC; empty: daily
    int retentionDays = 0; // 0: the platform's default

    bool isDefault() const { return schedule.isEmpty() && retentionDays == 0; }
    friend bool operator==(const BackupPolicy &, const BackupPolicy &) = default;
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
    BackupPolicy backupPolicy; // their schedule and retention (kept when `backup` is off)
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
