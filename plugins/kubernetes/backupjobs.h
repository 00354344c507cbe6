#pragma once

#include "core/derived/backupplan.h"
#include "core/export/envresolver.h"
#include "core/export/workload.h"
#include "core/export/yamltree.h"

#include <QList>

namespace Stackdraft::Core {
struct Environment;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::Plugins {

// A data store's scheduled backup on Kubernetes (Core::BackupPlan::Method::DumpJob): a CronJob that
// runs the store's own dump tool, from the store's own image, against the host clients write
// through, into a PersistentVolumeClaim of its own, and deletes the dumps older than the retention.
// Used for operator-run stores too: a CloudNativePG ScheduledBackup needs an object store or a
// VolumeSnapshotClass the design cannot name, and could not keep a retention for snapshots.
class BackupJobs final
{
public:
    // The PersistentVolumeClaim and CronJob of `w`, or nothing when its plan is not a dump job.
    static QList<Core::YamlTree> objects(const Core::Project &project, const Core::Environment &env,
                                         const Core::EnvResolver &resolver,
                                         const Core::Workload &w);
    // The shell script the job runs: dump into /backup/<name>-<UTC time>.<ext>, then prune.
    static QString script(const Core::BackupPlan &plan, const QString &name, bool password);
    static QString jobName(const Core::Workload &w); // at most 52 characters, as CronJobs need
};

} // namespace Stackdraft::Plugins
