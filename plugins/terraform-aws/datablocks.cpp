#include "datablocks.h"

#include "core/export/generatedtext.h"
#include "core/model/cronschedule.h"
#include "ecsplan.h"
#include "hclwriter.h"

#include <QCoreApplication>

#include <optional>

namespace Stackdraft::Plugins {
namespace {

using Kind = Core::Realisation::Kind;

QString quoted(const QString &text)
{
    return HclWriter::string(text);
}

QString clock(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg((minuteOfDay / 60) % 24, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

// "03:00-03:30": a daily window of `length` minutes from the schedule's time (UTC).
QString dailyWindow(int start, int length)
{
    return clock(start) + QLatin1Char('-') + clock((start + length) % (24 * 60));
}

// A weekly maintenance window ("sun:05:00-sun:06:00") two hours after the backup window opens, so
// the two never overlap (AWS refuses overlapping windows).
QString maintenanceWindow(int backupStart, int length)
{
    const int start = (backupStart + 120) % (24 * 60);
    const int end = start + length;
    const QString endDay = end >= 24 * 60 ? QStringLiteral("mon") : QStringLiteral("sun");
    return QStringLiteral("sun:") + clock(start) + QLatin1Char('-') + endDay + QLatin1Char(':')
        + clock(end % (24 * 60));
}

// The stated daily backup time, when the policy states one (validation refuses other schedules
// for the services that back up once a day).
std::optional<int> backupStart(const EcsPlan::DataService &d)
{
    if (!d.backup || d.backupPlan.schedule.isEmpty())
        return std::nullopt;
    return Core::CronSchedule::dailyMinute(d.backupPlan.schedule);
}

QString dashed(const QString &ident)
{
    return QString(ident).replace(QLatin1Char('_'), QLatin1Char('-'));
}

// Database names: letters, digits and '_', starting with a letter.
QString databaseName(const QString &text)
{
    QString out = HclWriter::identifier(text);
    while (out.startsWith(QLatin1Char('_')))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("app") : out;
}

// The backup attributes RDS and DocumentDB share: retention, a daily window (at least 30 minutes)
// with the maintenance window after it, and a final snapshot when the data is worth keeping.
// `prefix` is what the resource puts before the window keys ("preferred_" for DocumentDB).
void backupAttributes(const EcsPlan &plan, const EcsPlan::DataService &d, HclWriter &out,
                      const QString &prefix)
{
    out.attribute(QStringLiteral("backup_retention_period"),
                  d.backup ? QString::number(d.backupPlan.retentionDays) : QStringLiteral("1"));
    if (const auto start = backupStart(d)) {
        out.attribute(prefix + QLatin1String("backup_window"), quoted(dailyWindow(*start, 30)));
        out.attribute(prefix + QLatin1String("maintenance_window"),
                      quoted(maintenanceWindow(*start, 30)));
    }
    out.attribute(QStringLiteral("deletion_protection"),
                  d.backup ? QStringLiteral("true") : QStringLiteral("false"));
    out.attribute(QStringLiteral("skip_final_snapshot"),
                  d.backup ? QStringLiteral("false") : QStringLiteral("true"));
    if (d.backup)
        out.attribute(
            QStringLiteral("final_snapshot_identifier"),
            quoted(EcsPlan::awsName(
                plan.name + QLatin1Char('-') + dashed(d.ident) + QLatin1String("-final"), 255)));
}

void rds(const EcsPlan &plan, const EcsPlan::DataService &d, HclWriter &out)
{
    out.open(QStringLiteral("resource \"aws_db_subnet_group\" \"%1\"").arg(d.ident));
    out.attribute(QStringLiteral("name"),
                  quoted(EcsPlan::awsName(plan.name + QLatin1Char('-') + dashed(d.ident), 255)));
    out.attribute(QStringLiteral("subnet_ids"), QStringLiteral("aws_subnet.private[*].id"));
    out.close();
    out.blank();
    out.comment(d.sizeNote);
    out.open(QStringLiteral("resource \"aws_db_instance\" \"%1\"").arg(d.ident));
    out.attribute(QStringLiteral("identifier"),
                  quoted(EcsPlan::awsName(plan.name + QLatin1Char('-') + dashed(d.ident), 63)));
    out.attribute(QStringLiteral("engine"), quoted(d.engine));
    out.attribute(QStringLiteral("engine_version"), quoted(d.engineVersion));
    out.attribute(QStringLiteral("instance_class"), quoted(d.instanceClass));
    out.attribute(QStringLiteral("allocated_storage"), QString::number(d.storageGiB));
    out.attribute(QStringLiteral("storage_type"), quoted(QStringLiteral("gp3")));
    out.attribute(QStringLiteral("storage_encrypted"), QStringLiteral("true"));
    out.attribute(QStringLiteral("db_name"), quoted(databaseName(d.database)));
    out.attribute(QStringLiteral("username"), quoted(d.user));
    out.attribute(QStringLiteral("password"), d.passwordVariable);
    out.attribute(QStringLiteral("port"), QString::number(d.port));
    out.attribute(QStringLiteral("multi_az"),
                  d.redundant ? QStringLiteral("true") : QStringLiteral("false"));
    out.attribute(QStringLiteral("db_subnet_group_name"),
                  QStringLiteral("aws_db_subnet_group.%1.name").arg(d.ident));
    out.attribute(QStringLiteral("vpc_security_group_ids"),
                  QStringLiteral("[aws_security_group.%1.id]").arg(d.ident));
    out.attribute(QStringLiteral("publicly_accessible"), QStringLiteral("false"));
    backupAttributes(plan, d, out, {});
    out.close();
    out.blank();
}

void elastiCache(const EcsPlan &plan, const EcsPlan::DataService &d, HclWriter &out)
{
    out.open(QStringLiteral("resource \"aws_elasticache_subnet_group\" \"%1\"").arg(d.ident));
    out.attribute(QStringLiteral("name"),
                  quoted(EcsPlan::awsName(plan.name + QLatin1Char('-') + dashed(d.ident), 255)));
    out.attribute(QStringLiteral("subnet_ids"), QStringLiteral("aws_subnet.private[*].id"));
    out.close();
    out.blank();
    out.comment(d.sizeNote);
    out.open(QStringLiteral("resource \"aws_elasticache_replication_group\" \"%1\"").arg(d.ident));
    out.attribute(QStringLiteral("replication_group_id"),
                  quoted(EcsPlan::awsName(plan.name + QLatin1Char('-') + dashed(d.ident), 40)));
    out.attribute(QStringLiteral("description"), quoted(d.label));
    out.attribute(QStringLiteral("engine"), quoted(d.engine));
    out.attribute(QStringLiteral("engine_version"), quoted(d.engineVersion));
    out.attribute(QStringLiteral("node_type"), quoted(d.instanceClass));
    out.attribute(QStringLiteral("num_cache_clusters"), QString::number(d.nodes));
    out.attribute(QStringLiteral("automatic_failover_enabled"),
                  d.nodes > 1 ? QStringLiteral("true") : QStringLiteral("false"));
    out.attribute(QStringLiteral("multi_az_enabled"),
                  d.nodes > 1 ? QStringLiteral("true") : QStringLiteral("false"));
    out.attribute(QStringLiteral("port"), QString::number(d.port));
    out.attribute(QStringLiteral("subnet_group_name"),
                  QStringLiteral("aws_elasticache_subnet_group.%1.name").arg(d.ident));
    out.attribute(QStringLiteral("security_group_ids"),
                  QStringLiteral("[aws_security_group.%1.id]").arg(d.ident));
    out.attribute(QStringLiteral("at_rest_encryption_enabled"), QStringLiteral("true"));
    if (!d.passwordVariable.isEmpty()) {
        // ElastiCache takes a password (auth token) only over TLS.
        out.attribute(QStringLiteral("transit_encryption_enabled"), QStringLiteral("true"));
        out.attribute(QStringLiteral("auth_token"), d.passwordVariable);
    }
    if (d.backup)
        out.attribute(QStringLiteral("snapshot_retention_limit"),
                      QString::number(d.backupPlan.retentionDays));
    if (const auto start = backupStart(d)) {
        // ElastiCache's snapshot window is at least 60 minutes.
        out.attribute(QStringLiteral("snapshot_window"), quoted(dailyWindow(*start, 60)));
        out.attribute(QStringLiteral("maintenance_window"), quoted(maintenanceWindow(*start, 60)));
    }
    out.close();
    out.blank();
}

// A DocumentDB cluster: one instance per replica (the first is the primary, the others read
// replicas it fails over to), the shared volume growing with the data. Clients reach the cluster
// endpoint, which follows the primary.
void documentDb(const EcsPlan &plan, const EcsPlan::DataService &d, HclWriter &out)
{
    const QString name = EcsPlan::awsName(plan.name + QLatin1Char('-') + dashed(d.ident), 50);
    out.open(QStringLiteral("resource \"aws_docdb_subnet_group\" \"%1\"").arg(d.ident));
    out.attribute(QStringLiteral("name"), quoted(name));
    out.attribute(QStringLiteral("subnet_ids"), QStringLiteral("aws_subnet.private[*].id"));
    out.close();
    out.blank();
    // The design's clients speak to MongoDB as to the self-hosted image, without TLS or Amazon's
    // CA bundle; inside the VPC only their security groups reach the cluster. To encrypt in
    // transit, set tls to "enabled" and give the clients the RDS CA bundle (tlsCAFile).
    out.comment(Core::generatedText(
        "Clients connect as to the design's MongoDB, without TLS; only their security groups "
        "reach the cluster. To encrypt in transit set tls to \"enabled\" and give the clients "
        "Amazon's CA bundle (tls=true&tlsCAFile=...)."));
    out.open(QStringLiteral("resource \"aws_docdb_cluster_parameter_group\" \"%1\"").arg(d.ident));
    out.attribute(QStringLiteral("name"), quoted(name));
    out.attribute(QStringLiteral("family"), quoted(QStringLiteral("docdb5.0")));
    out.attribute(QStringLiteral("description"), quoted(d.label));
    out.blank();
    out.open(QStringLiteral("parameter"));
    out.attribute(QStringLiteral("name"), quoted(QStringLiteral("tls")));
    out.attribute(QStringLiteral("value"), quoted(QStringLiteral("disabled")));
    out.close();
    out.close();
    out.blank();
    out.open(QStringLiteral("resource \"aws_docdb_cluster\" \"%1\"").arg(d.ident));
    out.attribute(QStringLiteral("cluster_identifier"), quoted(name));
    out.attribute(QStringLiteral("engine"), quoted(d.engine));
    out.attribute(QStringLiteral("engine_version"), quoted(d.engineVersion));
    out.attribute(QStringLiteral("master_username"), quoted(d.user));
    out.attribute(QStringLiteral("master_password"), d.passwordVariable);
    out.attribute(QStringLiteral("port"), QString::number(d.port));
    out.attribute(QStringLiteral("db_subnet_group_name"),
                  QStringLiteral("aws_docdb_subnet_group.%1.name").arg(d.ident));
    out.attribute(QStringLiteral("db_cluster_parameter_group_name"),
                  QStringLiteral("aws_docdb_cluster_parameter_group.%1.name").arg(d.ident));
    out.attribute(QStringLiteral("vpc_security_group_ids"),
                  QStringLiteral("[aws_security_group.%1.id]").arg(d.ident));
    out.attribute(QStringLiteral("storage_encrypted"), QStringLiteral("true"));
    backupAttributes(plan, d, out, QStringLiteral("preferred_"));
    out.close();
    out.blank();
    out.comment(d.sizeNote);
    out.open(QStringLiteral("resource \"aws_docdb_cluster_instance\" \"%1\"").arg(d.ident));
    out.attribute(QStringLiteral("count"), QString::number(d.nodes));
    out.attribute(QStringLiteral("identifier"),
                  QStringLiteral("\"%1-${count.index + 1}\"").arg(name));
    out.attribute(QStringLiteral("cluster_identifier"),
                  QStringLiteral("aws_docdb_cluster.%1.id").arg(d.ident));
    out.attribute(QStringLiteral("instance_class"), quoted(d.instanceClass));
    out.close();
    out.blank();
}

void amazonMq(const EcsPlan &plan, const EcsPlan::DataService &d, HclWriter &out)
{
    out.comment(d.sizeNote);
    out.open(QStringLiteral("resource \"aws_mq_broker\" \"%1\"").arg(d.ident));
    out.attribute(QStringLiteral("broker_name"),
                  quoted(EcsPlan::awsName(plan.name + QLatin1Char('-') + dashed(d.ident), 50)));
    out.attribute(QStringLiteral("engine_type"), quoted(d.engine));
    out.attribute(QStringLiteral("engine_version"), quoted(d.engineVersion));
    out.attribute(QStringLiteral("host_instance_type"), quoted(d.instanceClass));
    out.attribute(QStringLiteral("deployment_mode"),
                  quoted(d.redundant ? QStringLiteral("CLUSTER_MULTI_AZ")
                                     : QStringLiteral("SINGLE_INSTANCE")));
    out.attribute(QStringLiteral("auto_minor_version_upgrade"), QStringLiteral("true"));
    out.attribute(QStringLiteral("publicly_accessible"), QStringLiteral("false"));
    out.attribute(QStringLiteral("subnet_ids"),
                  d.redundant ? QStringLiteral("aws_subnet.private[*].id")
                              : QStringLiteral("[aws_subnet.private[0].id]"));
    out.attribute(QStringLiteral("security_groups"),
                  QStringLiteral("[aws_security_group.%1.id]").arg(d.ident));
    out.blank();
    out.open(QStringLiteral("user"));
    out.attribute(QStringLiteral("username"), quoted(d.user));
    out.attribute(QStringLiteral("password"), d.passwordVariable);
    out.close();
    out.close();
    out.blank();
}

void openSearch(const EcsPlan &plan, const EcsPlan::DataService &d, HclWriter &out)
{
    out.comment(d.sizeNote);
    out.open(QStringLiteral("resource \"aws_opensearch_domain\" \"%1\"").arg(d.ident));
    out.attribute(QStringLiteral("domain_name"),
                  quoted(EcsPlan::awsName(plan.name + QLatin1Char('-') + dashed(d.ident), 28)));
    out.attribute(QStringLiteral("engine_version"), quoted(d.engineVersion));
    out.blank();
    out.open(QStringLiteral("cluster_config"));
    out.attribute(QStringLiteral("instance_type"), quoted(d.instanceClass));
    out.attribute(QStringLiteral("instance_count"), QString::number(d.nodes));
    out.attribute(QStringLiteral("zone_awareness_enabled"),
                  d.nodes > 1 ? QStringLiteral("true") : QStringLiteral("false"));
    out.close();
    out.blank();
    out.open(QStringLiteral("ebs_options"));
    out.attribute(QStringLiteral("ebs_enabled"), QStringLiteral("true"));
    out.attribute(QStringLiteral("volume_size"), QString::number(d.storageGiB));
    out.attribute(QStringLiteral("volume_type"), quoted(QStringLiteral("gp3")));
    out.close();
    out.blank();
    out.open(QStringLiteral("vpc_options"));
    out.attribute(QStringLiteral("subnet_ids"),
                  d.nodes > 1 ? QStringLiteral("aws_subnet.private[*].id")
                              : QStringLiteral("[aws_subnet.private[0].id]"));
    out.attribute(QStringLiteral("security_group_ids"),
                  QStringLiteral("[aws_security_group.%1.id]").arg(d.ident));
    out.close();
    out.blank();
    out.open(QStringLiteral("encrypt_at_rest"));
    out.attribute(QStringLiteral("enabled"), QStringLiteral("true"));
    out.close();
    out.blank();
    out.open(QStringLiteral("node_to_node_encryption"));
    out.attribute(QStringLiteral("enabled"), QStringLiteral("true"));
    out.close();
    out.blank();
    out.open(QStringLiteral("domain_endpoint_options"));
    out.attribute(QStringLiteral("enforce_https"), QStringLiteral("true"));
    out.attribute(QStringLiteral("tls_security_policy"),
                  quoted(QStringLiteral("Policy-Min-TLS-1-2-2019-07")));
    out.close();
    out.close();
    out.blank();
    // Inside the VPC the security group decides who reaches the domain; the policy lets those
    // callers in without signing their requests (a domain with no policy answers nobody).
    out.open(QStringLiteral("resource \"aws_opensearch_domain_policy\" \"%1\"").arg(d.ident));
    out.attribute(QStringLiteral("domain_name"),
                  QStringLiteral("aws_opensearch_domain.%1.domain_name").arg(d.ident));
    out.openBare(QStringLiteral("access_policies = jsonencode({"));
    out.attribute(QStringLiteral("Version"), quoted(QStringLiteral("2012-10-17")));
    out.openBare(QStringLiteral("Statement = [{"));
    out.attribute(QStringLiteral("Effect"), quoted(QStringLiteral("Allow")));
    out.attribute(QStringLiteral("Principal"), QStringLiteral("{ AWS = \"*\" }"));
    out.attribute(QStringLiteral("Action"), quoted(QStringLiteral("es:ESHttp*")));
    out.attribute(QStringLiteral("Resource"),
                  QStringLiteral("\"${aws_opensearch_domain.%1.arn}/*\"").arg(d.ident));
    out.close(QStringLiteral("}]"));
    out.close(QStringLiteral("})"));
    out.close();
    out.blank();
}

void s3(const EcsPlan &plan, const EcsPlan::DataService &d, HclWriter &out)
{
    // Bucket names are global: a prefix lets AWS add a unique suffix.
    out.open(QStringLiteral("resource \"aws_s3_bucket\" \"%1\"").arg(d.ident));
    out.attribute(QStringLiteral("bucket_prefix"),
                  quoted(EcsPlan::awsName(plan.name + QLatin1Char('-') + dashed(d.ident), 36)
                         + QLatin1Char('-')));
    out.close();
    out.blank();
    out.open(QStringLiteral("resource \"aws_s3_bucket_public_access_block\" \"%1\"").arg(d.ident));
    out.attribute(QStringLiteral("bucket"), QStringLiteral("aws_s3_bucket.%1.id").arg(d.ident));
    out.attribute(QStringLiteral("block_public_acls"), QStringLiteral("true"));
    out.attribute(QStringLiteral("block_public_policy"), QStringLiteral("true"));
    out.attribute(QStringLiteral("ignore_public_acls"), QStringLiteral("true"));
    out.attribute(QStringLiteral("restrict_public_buckets"), QStringLiteral("true"));
    out.close();
    out.blank();
    out.open(
        QStringLiteral("resource \"aws_s3_bucket_server_side_encryption_configuration\" \"%1\"")
            .arg(d.ident));
    out.attribute(QStringLiteral("bucket"), QStringLiteral("aws_s3_bucket.%1.id").arg(d.ident));
    out.blank();
    out.open(QStringLiteral("rule"));
    out.open(QStringLiteral("apply_server_side_encryption_by_default"));
    out.attribute(QStringLiteral("sse_algorithm"), quoted(QStringLiteral("AES256")));
    out.close();
    out.close();
    out.close();
    out.blank();
    if (d.backup) {
        out.open(QStringLiteral("resource \"aws_s3_bucket_versioning\" \"%1\"").arg(d.ident));
        out.attribute(QStringLiteral("bucket"), QStringLiteral("aws_s3_bucket.%1.id").arg(d.ident));
        out.blank();
        out.open(QStringLiteral("versioning_configuration"));
        out.attribute(QStringLiteral("status"), quoted(QStringLiteral("Enabled")));
        out.close();
        out.close();
        out.blank();
        if (d.backupPlan.retentionDays > 0) {
            // Versions replaced or deleted are the backup: each is kept the stated retention.
            out.open(QStringLiteral("resource \"aws_s3_bucket_lifecycle_configuration\" \"%1\"")
                         .arg(d.ident));
            out.attribute(QStringLiteral("bucket"),
                          QStringLiteral("aws_s3_bucket.%1.id").arg(d.ident));
            out.blank();
            out.open(QStringLiteral("rule"));
            out.attribute(QStringLiteral("id"), quoted(QStringLiteral("expire-old-versions")));
            out.attribute(QStringLiteral("status"), quoted(QStringLiteral("Enabled")));
            out.blank();
            out.open(QStringLiteral("filter"));
            out.attribute(QStringLiteral("prefix"), quoted(QString())); // every object
            out.close();
            out.blank();
            out.open(QStringLiteral("noncurrent_version_expiration"));
            out.attribute(QStringLiteral("noncurrent_days"),
                          QString::number(d.backupPlan.retentionDays));
            out.close();
            out.close();
            out.blank();
            out.attribute(QStringLiteral("depends_on"),
                          QStringLiteral("[aws_s3_bucket_versioning.%1]").arg(d.ident));
            out.close();
            out.blank();
        }
    }
}

} // namespace

void DataBlocks::write(const EcsPlan &plan, HclWriter &out)
{
    if (plan.data.isEmpty())
        return;
    out.comment(Core::generatedText("Managed data services, in the private subnets; only the "
                                    "callers' security groups reach them."));
    for (const EcsPlan::DataService &d : plan.data) {
        out.comment(QStringLiteral("%1: %2").arg(d.label, d.realisation.name()));
        switch (d.realisation.kind) {
        case Kind::Rds:
            rds(plan, d, out);
            break;
        case Kind::ElastiCache:
            elastiCache(plan, d, out);
            break;
        case Kind::AmazonMq:
            amazonMq(plan, d, out);
            break;
        case Kind::OpenSearch:
            openSearch(plan, d, out);
            break;
        case Kind::DocumentDb:
            documentDb(plan, d, out);
            break;
        case Kind::S3:
            s3(plan, d, out);
            break;
        default:
            break;
        }
    }
}

} // namespace Stackdraft::Plugins
