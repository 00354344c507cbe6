#include "storageblocks.h"

#include "core/export/generatedtext.h"
#include "core/model/quantity.h"
#include "ecsplan.h"
#include "hclwriter.h"

namespace Stackdraft::Plugins {
namespace {

QString quoted(const QString &text)
{
    return HclWriter::string(text);
}

QString dataName(const EcsPlan::Service &s)
{
    return QStringLiteral("\"${local.name}-%1-data\"").arg(s.id);
}

void writeFileSystem(const EcsPlan &plan, const EcsPlan::Service &s, HclWriter &out)
{
    out.comment(Core::generatedText("Data of %1 (%2 in the container, %3 asked for): an encrypted "
                                    "EFS file system,\nas a Fargate task's own storage is lost at "
                                    "every restart or deploy. EFS grows with the data;\nnothing is "
                                    "reserved.")
                    .arg(s.id, s.volume.path, Core::Quantity::humanMemory(s.volume.storage)));
    out.open(QStringLiteral("resource \"aws_efs_file_system\" \"%1\"").arg(s.ident));
    out.attribute(
        QStringLiteral("creation_token"),
        quoted(EcsPlan::awsName(plan.name + QLatin1Char('-') + s.id + QLatin1String("-data"), 64)));
    out.attribute(QStringLiteral("encrypted"), QStringLiteral("true"));
    out.blank();
    out.nameTag(dataName(s));
    out.close();
    out.blank();
}

// One mount target per subnet the service's tasks run in (one per availability zone).
void writeMountTargets(const EcsPlan &plan, const EcsPlan::Service &s, HclWriter &out)
{
    out.open(QStringLiteral("resource \"aws_efs_mount_target\" \"%1\"").arg(s.ident));
    out.attribute(QStringLiteral("count"), QStringLiteral("2"));
    out.attribute(QStringLiteral("file_system_id"),
                  QStringLiteral("aws_efs_file_system.%1.id").arg(s.ident));
    out.attribute(QStringLiteral("subnet_id"),
                  plan.privateTasks ? QStringLiteral("aws_subnet.private[count.index].id")
                                    : QStringLiteral("aws_subnet.public[count.index].id"));
    out.attribute(QStringLiteral("security_groups"),
                  QStringLiteral("[aws_security_group.%1.id]").arg(EcsPlan::fileSystemGroup(s)));
    out.close();
    out.blank();
}

// The access point makes every file operation as the owner, so the image's non-root user writes
// to a directory it owns whatever the user of the file system's root is.
void writeAccessPoint(const EcsPlan::Service &s, HclWriter &out)
{
    const QString owner = QString::number(s.volume.owner);
    out.comment(s.volume.ownerFromCatalog
                    ? Core::generatedText("%1 writes as uid/gid %2, the user of its image.")
                          .arg(s.id, owner)
                    : Core::generatedText("%1 writes as uid/gid %2: the catalog names no user for "
                                          "its image, and the access point\nmakes every file "
                                          "operation as this one whatever user the image runs as.")
                          .arg(s.id, owner));
    out.open(QStringLiteral("resource \"aws_efs_access_point\" \"%1\"").arg(s.ident));
    out.attribute(QStringLiteral("file_system_id"),
                  QStringLiteral("aws_efs_file_system.%1.id").arg(s.ident));
    out.blank();
    out.open(QStringLiteral("posix_user"));
    out.attribute(QStringLiteral("uid"), owner);
    out.attribute(QStringLiteral("gid"), owner);
    out.close();
    out.blank();
    out.open(QStringLiteral("root_directory"));
    out.attribute(QStringLiteral("path"), quoted(QStringLiteral("/data")));
    out.blank();
    out.open(QStringLiteral("creation_info"));
    out.attribute(QStringLiteral("owner_uid"), owner);
    out.attribute(QStringLiteral("owner_gid"), owner);
    out.attribute(QStringLiteral("permissions"), quoted(QStringLiteral("0755")));
    out.close();
    out.close();
    out.blank();
    out.nameTag(dataName(s));
    out.close();
    out.blank();
}

// A condition of a policy statement: `Condition = { <op> = { "<key>" = <value> } }`.
void condition(HclWriter &out, const QString &op, const QString &key, const QString &value)
{
    out.open(QStringLiteral("Condition ="));
    out.open(op + QLatin1String(" ="));
    out.attribute(quoted(key), value);
    out.close();
    out.close();
}

// Who may use the file system, and how. No client gets in without TLS (AWS's "enforce in-transit
// encryption for all clients" statement: a Deny on aws:SecureTransport = false for every
// principal), and the service's own task role alone may mount and write it, only through its
// access point (the elasticfilesystem:AccessPointArn condition, as in "Using access points in IAM
// policies", docs.aws.amazon.com/efs/latest/ug/access-points-iam-policy.html). The task
// mounts with IAM authorization (ComputeBlocks), so EFS checks the role against this policy and
// the role's own; a client without it is anonymous, and a file system with a policy grants it
// nothing. AWS Backup calls EFS over TLS with its own role (elasticfilesystem:Backup, from AWS's
// managed policy): the Deny does not touch it.
void writeFileSystemPolicy(const EcsPlan::Service &s, HclWriter &out)
{
    const QString arn = QStringLiteral("aws_efs_file_system.%1.arn").arg(s.ident);
    out.comment(Core::generatedText("Only %1's task role mounts its file system, through its "
                                    "access point, and only over TLS.")
                    .arg(s.id));
    out.open(QStringLiteral("resource \"aws_efs_file_system_policy\" \"%1\"").arg(s.ident));
    out.attribute(QStringLiteral("file_system_id"),
                  QStringLiteral("aws_efs_file_system.%1.id").arg(s.ident));
    out.blank();
    out.openBare(QStringLiteral("policy = jsonencode({"));
    out.attribute(QStringLiteral("Version"), quoted(QStringLiteral("2012-10-17")));
    out.openBare(QStringLiteral("Statement = ["));
    out.openBare(QStringLiteral("{"));
    out.attribute(QStringLiteral("Sid"), quoted(QStringLiteral("DenyWithoutTls")));
    out.attribute(QStringLiteral("Effect"), quoted(QStringLiteral("Deny")));
    out.attribute(QStringLiteral("Principal"), QStringLiteral("{ AWS = \"*\" }"));
    out.attribute(QStringLiteral("Action"), quoted(QStringLiteral("*")));
    out.attribute(QStringLiteral("Resource"), arn);
    condition(out, QStringLiteral("Bool"), QStringLiteral("aws:SecureTransport"),
              quoted(QStringLiteral("false")));
    out.close(QStringLiteral("},"));
    out.openBare(QStringLiteral("{"));
    out.attribute(QStringLiteral("Sid"), quoted(QStringLiteral("TaskRoleThroughAccessPoint")));
    out.attribute(QStringLiteral("Effect"), quoted(QStringLiteral("Allow")));
    out.attribute(QStringLiteral("Principal"),
                  QStringLiteral("{ AWS = aws_iam_role.%1.arn }").arg(EcsPlan::serviceTaskRole(s)));
    out.attribute(QStringLiteral("Action"),
                  HclWriter::list({quoted(QStringLiteral("elasticfilesystem:ClientMount")),
                                   quoted(QStringLiteral("elasticfilesystem:ClientWrite"))}));
    out.attribute(QStringLiteral("Resource"), arn);
    condition(out, QStringLiteral("StringEquals"),
              QStringLiteral("elasticfilesystem:AccessPointArn"),
              QStringLiteral("aws_efs_access_point.%1.arn").arg(s.ident));
    out.close(QStringLiteral("},"));
    out.close(QStringLiteral("]"));
    out.close(QStringLiteral("})"));
    out.close();
    out.blank();
}

// EFS's own automatic backups (a daily backup kept 35 days in the account's default vault) are
// turned off on every file system: the design's policy is the only one, realised by the AWS Backup
// plan below when backup is on, and no backup when it is off (SD-PROD-BACKUP warns in production).
void writeEfsBackupPolicy(const EcsPlan::Service &s, HclWriter &out)
{
    out.comment(s.volume.isBackedUp()
                    ? Core::generatedText("EFS's own daily backups are off: the AWS Backup plan "
                                          "of %1 below is its backup policy.")
                          .arg(s.id)
                    : Core::generatedText("EFS's own daily backups are off: the design asks no "
                                          "backup of %1.")
                          .arg(s.id));
    out.open(QStringLiteral("resource \"aws_efs_backup_policy\" \"%1\"").arg(s.ident));
    out.attribute(QStringLiteral("file_system_id"),
                  QStringLiteral("aws_efs_file_system.%1.id").arg(s.ident));
    out.blank();
    out.open(QStringLiteral("backup_policy"));
    out.attribute(QStringLiteral("status"), quoted(QStringLiteral("DISABLED")));
    out.close();
    out.close();
    out.blank();
}

// One vault for the environment: every backed-up file system of it shares the vault (and its
// AWS-managed key), as they share the environment's lifetime; each keeps its own plan, since a
// plan's rules apply to everything its selections name and the services' policies differ. The
// role AWS Backup assumes holds AWS's managed policy for taking backups.
void writeBackupVault(const EcsPlan &plan, HclWriter &out)
{
    out.comment(Core::generatedText("AWS Backup: the vault holding this environment's file system "
                                    "backups, and the role\nAWS Backup takes them as."));
    out.open(QStringLiteral("resource \"aws_backup_vault\" \"main\""));
    out.attribute(QStringLiteral("name"),
                  quoted(EcsPlan::awsName(plan.name + QLatin1String("-backups"), 50)));
    out.close();
    out.blank();
    out.open(QStringLiteral("resource \"aws_iam_role\" \"backup\""));
    out.attribute(QStringLiteral("name"),
                  quoted(EcsPlan::awsName(plan.name + QLatin1String("-backup"), 64)));
    out.openBare(QStringLiteral("assume_role_policy = jsonencode({"));
    out.attribute(QStringLiteral("Version"), quoted(QStringLiteral("2012-10-17")));
    out.openBare(QStringLiteral("Statement = [{"));
    out.attribute(QStringLiteral("Effect"), quoted(QStringLiteral("Allow")));
    out.attribute(QStringLiteral("Action"), quoted(QStringLiteral("sts:AssumeRole")));
    out.open(QStringLiteral("Principal ="));
    out.attribute(QStringLiteral("Service"), quoted(QStringLiteral("backup.amazonaws.com")));
    out.close();
    out.close(QStringLiteral("}]"));
    out.close(QStringLiteral("})"));
    out.close();
    out.blank();
    out.open(QStringLiteral("resource \"aws_iam_role_policy_attachment\" \"backup\""));
    out.attribute(QStringLiteral("role"), QStringLiteral("aws_iam_role.backup.name"));
    out.attribute(QStringLiteral("policy_arn"),
                  quoted(QStringLiteral(
                      "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup")));
    out.close();
    out.blank();
}

// A service's backups (Core::BackupPlan::Method::AwsBackup): a plan with one rule on the
// schedule, as AWS's cron writes it, keeping each recovery point the retention, and the selection
// naming the service's file system.
void writeBackupPlan(const EcsPlan &plan, const EcsPlan::Service &s, HclWriter &out)
{
    const EcsPlan::DataVolume &v = s.volume;
    const QString name
        = EcsPlan::awsName(plan.name + QLatin1Char('-') + s.id + QLatin1String("-data"), 50);
    if (v.scheduleRefused)
        out.comment(Core::generatedText("AWS Backup cannot run on '%1' (SD-BACKUP-POLICY says "
                                        "why): daily at 03:00 UTC instead.")
                        .arg(v.backup.schedule));
    out.comment(Core::generatedText("Backups of %1's file system: %2 (UTC), each kept %3 days.")
                    .arg(s.id, v.awsSchedule, QString::number(v.backup.retentionDays)));
    out.open(QStringLiteral("resource \"aws_backup_plan\" \"%1\"").arg(s.ident));
    out.attribute(QStringLiteral("name"), quoted(name));
    out.blank();
    out.open(QStringLiteral("rule"));
    out.attribute(QStringLiteral("rule_name"), quoted(QStringLiteral("scheduled")));
    out.attribute(QStringLiteral("target_vault_name"),
                  QStringLiteral("aws_backup_vault.main.name"));
    out.attribute(QStringLiteral("schedule"), quoted(v.awsSchedule));
    // A backup that cannot start within the hour waits for the next one (an hourly schedule's
    // jobs never pile up); 60 minutes is the least AWS Backup takes.
    out.attribute(QStringLiteral("start_window"), QStringLiteral("60"));
    out.blank();
    out.open(QStringLiteral("lifecycle"));
    out.attribute(QStringLiteral("delete_after"), QString::number(v.backup.retentionDays));
    out.close();
    out.close();
    out.close();
    out.blank();
    out.open(QStringLiteral("resource \"aws_backup_selection\" \"%1\"").arg(s.ident));
    out.attribute(QStringLiteral("name"), quoted(name));
    out.attribute(QStringLiteral("plan_id"), QStringLiteral("aws_backup_plan.%1.id").arg(s.ident));
    out.attribute(QStringLiteral("iam_role_arn"), QStringLiteral("aws_iam_role.backup.arn"));
    out.attribute(QStringLiteral("resources"),
                  QStringLiteral("[aws_efs_file_system.%1.arn]").arg(s.ident));
    out.close();
    out.blank();
}

} // namespace

void StorageBlocks::write(const EcsPlan &plan, HclWriter &out)
{
    for (const EcsPlan::Service &s : plan.services) {
        if (!s.volume.isSet())
            continue;
        writeFileSystem(plan, s, out);
        writeMountTargets(plan, s, out);
        writeAccessPoint(s, out);
        writeFileSystemPolicy(s, out);
        writeEfsBackupPolicy(s, out);
    }
    if (!plan.hasBackups())
        return;
    writeBackupVault(plan, out);
    for (const EcsPlan::Service &s : plan.services) {
        if (s.volume.isBackedUp())
            writeBackupPlan(plan, s, out);
    }
}

} // namespace Stackdraft::Plugins
