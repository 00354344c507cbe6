#include "core/derived/backupplan.h"

#include "core/catalog/componenttype.h"
#include "core/derived/datavolume.h"
#include "core/derived/effectivedeployment.h"
#include "core/model/deployment.h"

#include <QHash>

namespace Stackdraft::Core {

QString BackupPlan::dumpToolOf(const ComponentType &type)
{
    // The tool ships in the store's own image, so the job runs that image.
    static const QHash<QString, QString> tools {
        {QStringLiteral("postgresql"), QStringLiteral("pg_dump")},
        {QStringLiteral("mysql"), QStringLiteral("mysqldump")},
        {QStringLiteral("mongodb"), QStringLiteral("mongodump")},
        {QStringLiteral("redis"), QStringLiteral("redis-cli")},
    };
    return type.isValid() ? tools.value(type.id()) : QString();
}

BackupPlan BackupPlan::of(const ComponentType &type, const Realisation &realisation,
                          const Deployment &deployment, Platform platform)
{
    BackupPlan plan;
    if (!deployment.backup)
        return plan;
    plan.schedule = deployment.backupPolicy.schedule;
    if (deployment.backupPolicy.retentionDays > 0)
        plan.retentionDays = deployment.backupPolicy.retentionDays;
    else if (realisation.kind == Realisation::Kind::S3)
        plan.retentionDays = 0; // versioning alone keeps every old version
    using Kind = Realisation::Kind;
    switch (realisation.kind) {
    case Kind::Rds:
    case Kind::ElastiCache:
    case Kind::DocumentDb:
        plan.method = Method::ManagedDaily;
        return plan;
    case Kind::OpenSearch:
        plan.method = Method::ManagedFixed;
        return plan;
    case Kind::S3:
        plan.method = Method::ObjectVersions;
        return plan;
    case Kind::StatefulSet:
    case Kind::Pod:
        plan.dumpTool = dumpToolOf(type);
        plan.method = platform == Platform::Kubernetes && !plan.dumpTool.isEmpty()
            ? Method::DumpJob
            : Method::Unrealised;
        return plan;
    case Kind::Fargate:
        // A container's data on its service's EFS file system (DataVolume): AWS Backup takes it.
        plan.method = DataVolume::isOnEfs(type, realisation,
                                          EffectiveDeployment::of(type, deployment).storage)
            ? Method::AwsBackup
            : Method::Unrealised;
        return plan;
    default:
        plan.method = Method::Unrealised;
        return plan;
    }
}

} // namespace Stackdraft::Core
