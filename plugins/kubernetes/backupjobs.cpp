#include "backupjobs.h"

#include "core/export/exportnaming.h"
#include "core/model/environment.h"
#include "core/model/project.h"
#include "core/model/quantity.h"
#include "kubernetesmanifests.h"

#include <algorithm>

namespace Stackdraft::Plugins {

using namespace Stackdraft::Core;

namespace {

YamlTree literal(const QString &name, const QString &value)
{
    YamlTree entry = YamlTree::map();
    entry.insert(QStringLiteral("name"), name);
    entry.insert(QStringLiteral("value"), value);
    return entry;
}

YamlTree secretEntry(const Project &project, const QString &name, const QString &secret)
{
    YamlTree keyRef = YamlTree::map();
    keyRef.insert(QStringLiteral("name"), ExportNaming::kubernetesSecretName(project));
    keyRef.insert(QStringLiteral("key"), ExportNaming::kubernetesSecretKey(secret));
    YamlTree valueFrom = YamlTree::map();
    valueFrom.insert(QStringLiteral("secretKeyRef"), keyRef);
    YamlTree entry = YamlTree::map();
    entry.insert(QStringLiteral("name"), name);
    entry.insert(QStringLiteral("valueFrom"), valueFrom);
    return entry;
}

Labels jobLabels(const Project &project, const QString &name)
{
    // Not the store's own name label: the store's Service must not select the job's pods.
    Labels labels;
    labels.append({QStringLiteral("app.kubernetes.io/name"), ExportNaming::labelValue(name)});
    labels.append(
        {QStringLiteral("app.kubernetes.io/part-of"), ExportNaming::labelValue(project.name)});
    labels.append({QStringLiteral("app.kubernetes.io/component"), QStringLiteral("backup")});
    labels.append({QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("stackdraft")});
    return labels;
}

} // namespace

QString BackupJobs::jobName(const Workload &w)
{
    QString base = w.name.left(52 - 7);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    return base + QLatin1String("-backup");
}

QString BackupJobs::script(const BackupPlan &plan, const QString &name, bool password)
{
    // One command a line, so that `set -e` stops at the first failure (no pipes: sh may lack
    // pipefail), and a dump becomes visible under its final name only when complete.
    QString dump;
    if (plan.dumpTool == QLatin1String("pg_dump"))
        dump = QStringLiteral("PGPASSWORD=\"$BACKUP_PASSWORD\" pg_dump -h \"$BACKUP_HOST\" "
                              "-p \"$BACKUP_PORT\" -U \"$BACKUP_USER\" -d \"$BACKUP_DATABASE\" "
                              "-Fc -f \"$f.dump.part\"\n"
                              "mv \"$f.dump.part\" \"$f.dump\"");
    else if (plan.dumpTool == QLatin1String("mysqldump"))
        dump = QStringLiteral("MYSQL_PWD=\"$BACKUP_PASSWORD\" mysqldump -h \"$BACKUP_HOST\" "
                              "-P \"$BACKUP_PORT\" -u \"$BACKUP_USER\" --single-transaction "
                              "--result-file=\"$f.sql.part\" \"$BACKUP_DATABASE\"\n"
                              "gzip \"$f.sql.part\"\n"
                              "mv \"$f.sql.part.gz\" \"$f.sql.gz\"");
    else if (plan.dumpTool == QLatin1String("mongodump"))
        dump = QStringLiteral("mongodump --host \"$BACKUP_HOST\" --port \"$BACKUP_PORT\" %1"
                              "--archive=\"$f.archive.gz.part\" --gzip\n"
                              "mv \"$f.archive.gz.part\" \"$f.archive.gz\"")
                   .arg(password ? QStringLiteral("-u \"$BACKUP_USER\" -p \"$BACKUP_PASSWORD\" "
                                                  "--authenticationDatabase admin ")
                                 : QString());
    else if (plan.dumpTool == QLatin1String("redis-cli"))
        dump = QStringLiteral("%1redis-cli -h \"$BACKUP_HOST\" -p \"$BACKUP_PORT\" --rdb "
                              "\"$f.rdb.part\"\n"
                              "mv \"$f.rdb.part\" \"$f.rdb\"")
                   .arg(password ? QStringLiteral("REDISCLI_AUTH=\"$BACKUP_PASSWORD\" ")
                                 : QString());
    // `-mtime +N` matches files older than N+1 whole days: keep `retentionDays` days of dumps.
    return QStringLiteral("set -eu\nf=\"/backup/%1-$(date -u +%Y%m%dT%H%M%SZ)\"\n%2\n"
                          "find /backup -type f -mtime +%3 -delete\n")
        .arg(name, dump, QString::number(std::max(0, plan.retentionDays - 1)));
}

QList<YamlTree> BackupJobs::objects(const Project &project, const Environment &env,
                                    const EnvResolver &resolver, const Workload &w)
{
    if (!w.deployment)
        return {};
    const BackupPlan plan = BackupPlan::of(w.type, w.realisation, *w.deployment, env.platform);
    if (plan.method != BackupPlan::Method::DumpJob)
        return {};
    const QString name = jobName(w);
    const Labels labels = jobLabels(project, name);

    YamlTree claimSpec = YamlTree::map();
    claimSpec.insert(QStringLiteral("accessModes"),
                     YamlTree::sequence({QStringLiteral("ReadWriteOnce")}));
    YamlTree requests = YamlTree::map();
    requests.insert(QStringLiteral("storage"),
                    Quantity::formatMemory(BackupPlan::dumpVolumeBytes(w.storage)));
    YamlTree claimResources = YamlTree::map();
    claimResources.insert(QStringLiteral("requests"), requests);
    claimSpec.insert(QStringLiteral("resources"), claimResources);
    YamlTree claim = YamlTree::map();
    claim.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
    claim.insert(QStringLiteral("kind"), QStringLiteral("PersistentVolumeClaim"));
    claim.insert(QStringLiteral("metadata"), KubernetesManifests::metadata(name, labels));
    claim.insert(QStringLiteral("spec"), claimSpec);

    const ReplicationPlan replication = KubernetesManifests::replicationPlan(w, env.platform);
    const QString passwordSecret = resolver.passwordSecret(*w.component);
    YamlTree env_ = YamlTree::sequence();
    env_.append(literal(QStringLiteral("BACKUP_HOST"), replication.writerHost(w.name)));
    env_.append(literal(QStringLiteral("BACKUP_PORT"), QString::number(w.primaryPort())));
    env_.append(literal(QStringLiteral("BACKUP_USER"),
                        resolver.urlField(*w.component, QStringLiteral("user"))));
    env_.append(literal(QStringLiteral("BACKUP_DATABASE"),
                        resolver.urlField(*w.component, QStringLiteral("database"))));
    if (!passwordSecret.isEmpty())
        env_.append(secretEntry(project, QStringLiteral("BACKUP_PASSWORD"), passwordSecret));

    YamlTree mount = YamlTree::map();
    mount.insert(QStringLiteral("name"), QStringLiteral("backup"));
    mount.insert(QStringLiteral("mountPath"), QStringLiteral("/backup"));
    YamlTree container = YamlTree::map();
    container.insert(QStringLiteral("name"), QStringLiteral("backup"));
    container.insert(QStringLiteral("image"), w.image);
    container.insert(QStringLiteral("command"),
                     YamlTree::sequence({QStringLiteral("sh"), QStringLiteral("-c"),
                                         script(plan, w.name, !passwordSecret.isEmpty())}));
    container.insert(QStringLiteral("env"), env_);
    YamlTree mounts = YamlTree::sequence();
    mounts.append(mount);
    container.insert(QStringLiteral("volumeMounts"), mounts);
    YamlTree claimRef = YamlTree::map();
    claimRef.insert(QStringLiteral("claimName"), name);
    YamlTree volume = YamlTree::map();
    volume.insert(QStringLiteral("name"), QStringLiteral("backup"));
    volume.insert(QStringLiteral("persistentVolumeClaim"), claimRef);
    YamlTree podSpec = YamlTree::map();
    podSpec.insert(QStringLiteral("restartPolicy"), QStringLiteral("OnFailure"));
    if (w.type.data().fsGroup >= 0) {
        // The dump volume is fresh and belongs to root: the image's user gets it by group.
        YamlTree securityContext = YamlTree::map();
        securityContext.insert(QStringLiteral("fsGroup"), w.type.data().fsGroup);
        podSpec.insert(QStringLiteral("securityContext"), securityContext);
    }
    YamlTree containers = YamlTree::sequence();
    containers.append(container);
    podSpec.insert(QStringLiteral("containers"), containers);
    YamlTree volumes = YamlTree::sequence();
    volumes.append(volume);
    podSpec.insert(QStringLiteral("volumes"), volumes);
    const YamlTree meta = KubernetesManifests::metadata(name, labels);
    YamlTree podMeta = YamlTree::map();
    podMeta.insert(QStringLiteral("labels"), *meta.value(QStringLiteral("labels")));
    YamlTree templ = YamlTree::map();
    templ.insert(QStringLiteral("metadata"), podMeta);
    templ.insert(QStringLiteral("spec"), podSpec);
    YamlTree jobSpec = YamlTree::map();
    jobSpec.insert(QStringLiteral("backoffLimit"), 2);
    jobSpec.insert(QStringLiteral("template"), templ);
    YamlTree jobTemplate = YamlTree::map();
    jobTemplate.insert(QStringLiteral("spec"), jobSpec);
    YamlTree spec = YamlTree::map();
    spec.insert(QStringLiteral("schedule"), plan.jobSchedule());
    spec.insert(QStringLiteral("timeZone"), QStringLiteral("Etc/UTC"));
    spec.insert(QStringLiteral("concurrencyPolicy"), QStringLiteral("Forbid"));
    spec.insert(QStringLiteral("jobTemplate"), jobTemplate);
    YamlTree cronJob = YamlTree::map();
    cronJob.insert(QStringLiteral("apiVersion"), QStringLiteral("batch/v1"));
    cronJob.insert(QStringLiteral("kind"), QStringLiteral("CronJob"));
    cronJob.insert(QStringLiteral("metadata"), meta);
    cronJob.insert(QStringLiteral("spec"), spec);
    return {claim, cronJob};
}

} // namespace Stackdraft::Plugins
