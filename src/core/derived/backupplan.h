#pragma once

#include "core/derived/realisation.h"
#include "core/model/environment.h"

#include <QString>

namespace Stackdraft::Core {

class ComponentType;
struct Deployment;

// How a platform realises a deployment's backups, decided once: validation refuses what cannot be
// realised, the exporters render what can, the document states it.
struct BackupPlan
{
    enum class Method {
        None, // backup is off
        ManagedDaily, // RDS, ElastiCache, DocumentDB: one backup a day, in a window, kept N days
        ManagedFixed, // OpenSearch: the service's own hourly snapshots, kept 14 days
        ObjectVersions, // S3: versioning, old versions expire after N days
        DumpJob, // Kubernetes: a CronJob running the store's dump tool into a volume
        AwsBackup, // aws-ecs: AWS Backup of the container's EFS file system, on the schedule
        Unrealised, // nothing on this platform takes the backup (compose, Amazon MQ, ...)
    };

    static constexpr int DefaultRetentionDays = 7;
    static constexpr int ManagedMaxRetentionDays = 35; // RDS, ElastiCache, DocumentDB
    static constexpr const char *DefaultSchedule = "0 3 * * *"; // a dump job's, when none is set

    Method method = Method::None;
    QString schedule; // the stated schedule; empty: the platform's
    // The stated retention, else the default; 0 for object versions kept until deleted (S3's
    // versioning with no stated retention).
    int retentionDays = DefaultRetentionDays;
    QString dumpTool; // DumpJob: "pg_dump", "mysqldump", "mongodump", "redis-cli"

    bool isOn() const { return method != Method::None; }
    // The schedule a dump job or AWS Backup runs on: the stated one, else daily at 03:00 UTC.
    QString jobSchedule() const
    {
        return schedule.isEmpty() ? QString::fromLatin1(DefaultSchedule) : schedule;
    }

    // The size of a dump job's own volume: room for compressed dumps of a full store over the
    // retention, taken as the store's volume size (1 GiB when it has none). The exporter creates
    // it, the cost engine prices it.
    static qint64 dumpVolumeBytes(qint64 storeBytes)
    {
        return storeBytes > 0 ? storeBytes : qint64(1) << 30;
    }

    // The dump tool of a store a CronJob can back up from its own image; empty for others.
    static QString dumpToolOf(const ComponentType &type);
    static BackupPlan of(const ComponentType &type, const Realisation &realisation,
                         const Deployment &deployment, Platform platform);
};

} // namespace Stackdraft::Core
