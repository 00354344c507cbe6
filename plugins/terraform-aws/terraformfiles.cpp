#include "terraformfiles.h"

#include "computeblocks.h"
#include "core/export/generatedtext.h"
#include "datablocks.h"
#include "ecsplan.h"
#include "hclwriter.h"
#include "networkblocks.h"
#include "storageblocks.h"

#include <QCoreApplication>

namespace Stackdraft::Plugins {
namespace {

using Kind = Core::Realisation::Kind;

QString quoted(const QString &text)
{
    return HclWriter::string(text);
}

} // namespace

QStringList TerraformFiles::names()
{
    return {QStringLiteral("main.tf"), QStringLiteral("outputs.tf"), QStringLiteral("variables.tf"),
            QStringLiteral("versions.tf")};
}

QString TerraformFiles::write(const EcsPlan &plan, const QString &header, const QString &name)
{
    if (name == QLatin1String("versions.tf"))
        return versions(header);
    if (name == QLatin1String("variables.tf"))
        return variables(plan, header);
    if (name == QLatin1String("main.tf"))
        return main(plan, header);
    Q_ASSERT(name == QLatin1String("outputs.tf"));
    return outputs(plan, header);
}

QString TerraformFiles::versions(const QString &header)
{
    HclWriter out;
    out.comment(header);
    out.blank();
    out.open(QStringLiteral("terraform"));
    out.attribute(QStringLiteral("required_version"), quoted(QStringLiteral(">= 1.5.0")));
    out.blank();
    out.open(QStringLiteral("required_providers"));
    out.open(QStringLiteral("aws ="));
    out.attribute(QStringLiteral("source"), quoted(QStringLiteral("hashicorp/aws")));
    out.attribute(QStringLiteral("version"), quoted(QStringLiteral("~> 5.0")));
    out.close();
    out.close();
    out.close();
    return out.text();
}

QString TerraformFiles::variables(const EcsPlan &plan, const QString &header)
{
    HclWriter out;
    out.comment(header);
    out.blank();
    for (const EcsPlan::Variable &v : plan.variables) {
        out.open(QStringLiteral("variable \"%1\"").arg(v.name));
        out.attribute(QStringLiteral("description"), quoted(v.description));
        out.attribute(QStringLiteral("type"), v.type);
        if (!v.defaultValue.isEmpty())
            out.attribute(QStringLiteral("default"), v.defaultValue);
        if (v.sensitive)
            out.attribute(QStringLiteral("sensitive"), QStringLiteral("true"));
        out.close();
        out.blank();
    }
    return out.text();
}

QString TerraformFiles::main(const EcsPlan &plan, const QString &header)
{
    HclWriter out;
    out.comment(header);
    out.blank();
    out.open(QStringLiteral("provider \"aws\""));
    out.attribute(QStringLiteral("region"), QStringLiteral("var.region"));
    out.blank();
    out.open(QStringLiteral("default_tags"));
    out.open(QStringLiteral("tags ="));
    out.attribute(QStringLiteral("Project"), QStringLiteral("var.project"));
    out.attribute(QStringLiteral("Environment"), QStringLiteral("var.environment"));
    out.attribute(QStringLiteral("ManagedBy"), quoted(QStringLiteral("stackdraft")));
    out.close();
    out.close();
    out.close();
    out.blank();
    out.open(QStringLiteral("locals"));
    out.attribute(QStringLiteral("name"), quoted(plan.name));
    out.close();
    out.blank();
    for (const EcsPlan::Note &note : plan.notes) {
        out.comment(note.text);
        out.blank();
    }
    NetworkBlocks::write(plan, out);
    StorageBlocks::write(plan, out);
    ComputeBlocks::write(plan, out);
    DataBlocks::write(plan, out);
    return out.text();
}

QString TerraformFiles::outputs(const EcsPlan &plan, const QString &header)
{
    HclWriter out;
    out.comment(header);
    out.blank();
    auto output = [&](const QString &name, const QString &description, const QString &value) {
        out.open(QStringLiteral("output \"%1\"").arg(name));
        out.attribute(QStringLiteral("description"), quoted(description));
        out.attribute(QStringLiteral("value"), value);
        out.close();
        out.blank();
    };
    output(QStringLiteral("vpc_id"), Core::generatedText("The VPC holding the environment."),
           QStringLiteral("aws_vpc.main.id"));
    output(QStringLiteral("ecs_cluster_name"),
           Core::generatedText("The ECS cluster running the services."),
           QStringLiteral("aws_ecs_cluster.main.name"));
    if (plan.alb)
        output(QStringLiteral("alb_dns_name"),
               Core::generatedText("Public DNS name of the load balancer."),
               QStringLiteral("aws_lb.main.dns_name"));
    bool anyEcr = false;
    for (const EcsPlan::Service &s : plan.services)
        anyEcr = anyEcr || s.ecr;
    if (anyEcr) {
        out.open(QStringLiteral("output \"ecr_repository_urls\""));
        out.attribute(
            QStringLiteral("description"),
            quoted(Core::generatedText("Where CI pushes each image this project builds.")));
        out.open(QStringLiteral("value ="));
        for (const EcsPlan::Service &s : plan.services) {
            if (s.ecr)
                out.attribute(s.ident,
                              QStringLiteral("aws_ecr_repository.%1.repository_url").arg(s.ident));
        }
        out.close();
        out.close();
        out.blank();
    }
    for (const EcsPlan::DataService &d : plan.data) {
        switch (d.realisation.kind) {
        case Kind::Rds:
            output(d.ident + QLatin1String("_endpoint"),
                   Core::generatedText("Address of %1.").arg(d.id),
                   QStringLiteral("aws_db_instance.%1.address").arg(d.ident));
            break;
        case Kind::ElastiCache:
            output(d.ident + QLatin1String("_endpoint"),
                   Core::generatedText("Address of %1.").arg(d.id),
                   QStringLiteral("aws_elasticache_replication_group.%1.primary_endpoint_address")
                       .arg(d.ident));
            break;
        case Kind::AmazonMq:
            output(d.ident + QLatin1String("_endpoint"),
                   Core::generatedText("Address of %1.").arg(d.id),
                   QStringLiteral("aws_mq_broker.%1.instances[0].endpoints[0]").arg(d.ident));
            break;
        case Kind::OpenSearch:
            output(d.ident + QLatin1String("_endpoint"),
                   Core::generatedText("Address of %1.").arg(d.id),
                   QStringLiteral("aws_opensearch_domain.%1.endpoint").arg(d.ident));
            break;
        case Kind::DocumentDb:
            output(d.ident + QLatin1String("_endpoint"),
                   Core::generatedText("Address of %1.").arg(d.id),
                   QStringLiteral("aws_docdb_cluster.%1.endpoint").arg(d.ident));
            break;
        case Kind::S3:
            output(d.ident + QLatin1String("_bucket"),
                   Core::generatedText("Name of the %1 bucket.").arg(d.id),
                   QStringLiteral("aws_s3_bucket.%1.bucket").arg(d.ident));
            break;
        default:
            break;
        }
    }
    return out.text();
}

} // namespace Stackdraft::Plugins
