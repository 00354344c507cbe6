#include "networkblocks.h"

#include "core/export/generatedtext.h"
#include "ecsplan.h"
#include "hclwriter.h"

#include <QCoreApplication>

namespace Stackdraft::Plugins {
namespace {

QString quoted(const QString &text)
{
    return HclWriter::string(text);
}

} // namespace

void NetworkBlocks::write(const EcsPlan &plan, HclWriter &out)
{
    writeVpc(plan, out);
    writeSecurityGroups(plan, out);
    if (plan.alb)
        writeLoadBalancer(plan, out);
}

void NetworkBlocks::writeVpc(const EcsPlan &plan, HclWriter &out)
{
    if (plan.privateTasks)
        out.comment(Core::generatedText("Network: the VPC, public subnets in two availability "
                                        "zones for the load balancer and the NAT\n"
                                        "gateway, and private subnets where the tasks and the "
                                        "managed data services run; tasks reach\n"
                                        "ECR and the internet through the NAT gateway."));
    else
        out.comment(Core::generatedText("Network: the VPC, public subnets in two availability "
                                        "zones, and private subnets for the\n"
                                        "managed data services when there are any. Tasks run in "
                                        "the public subnets with public IPs,\n"
                                        "so they reach ECR and the internet without a NAT gateway; "
                                        "security groups keep them closed."));
    out.open(QStringLiteral("data \"aws_availability_zones\" \"available\""));
    out.attribute(QStringLiteral("state"), quoted(QStringLiteral("available")));
    out.close();
    out.blank();
    out.open(QStringLiteral("resource \"aws_vpc\" \"main\""));
    out.attribute(QStringLiteral("cidr_block"), QStringLiteral("var.vpc_cidr"));
    out.attribute(QStringLiteral("enable_dns_support"), QStringLiteral("true"));
    out.attribute(QStringLiteral("enable_dns_hostnames"), QStringLiteral("true"));
    out.blank();
    out.nameTag(QStringLiteral("local.name"));
    out.close();
    out.blank();
    out.open(QStringLiteral("resource \"aws_internet_gateway\" \"main\""));
    out.attribute(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
    out.blank();
    out.nameTag(QStringLiteral("local.name"));
    out.close();
    out.blank();

    auto subnets = [&](const QString &kind, int first, bool isPublic) {
        out.open(QStringLiteral("resource \"aws_subnet\" \"%1\"").arg(kind));
        out.attribute(QStringLiteral("count"), QStringLiteral("2"));
        out.attribute(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
        out.attribute(QStringLiteral("cidr_block"),
                      QStringLiteral("cidrsubnet(var.vpc_cidr, %1, count.index + %2)")
                          .arg(plan.subnetBits)
                          .arg(first));
        out.attribute(QStringLiteral("availability_zone"),
                      QStringLiteral("data.aws_availability_zones.available.names[count.index]"));
        if (isPublic)
            out.attribute(QStringLiteral("map_public_ip_on_launch"), QStringLiteral("true"));
        out.blank();
        out.nameTag(QStringLiteral("\"${local.name}-%1-${count.index + 1}\"").arg(kind));
        out.close();
        out.blank();
    };
    subnets(QStringLiteral("public"), 0, true);
    if (plan.hasPrivateSubnets())
        subnets(QStringLiteral("private"), 2, false);

    out.open(QStringLiteral("resource \"aws_route_table\" \"public\""));
    out.attribute(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
    out.blank();
    out.open(QStringLiteral("route"));
    out.attribute(QStringLiteral("cidr_block"), quoted(QStringLiteral("0.0.0.0/0")));
    out.attribute(QStringLiteral("gateway_id"), QStringLiteral("aws_internet_gateway.main.id"));
    out.close();
    out.blank();
    out.nameTag(QStringLiteral("\"${local.name}-public\""));
    out.close();
    out.blank();
    out.open(QStringLiteral("resource \"aws_route_table_association\" \"public\""));
    out.attribute(QStringLiteral("count"), QStringLiteral("2"));
    out.attribute(QStringLiteral("subnet_id"), QStringLiteral("aws_subnet.public[count.index].id"));
    out.attribute(QStringLiteral("route_table_id"), QStringLiteral("aws_route_table.public.id"));
    out.close();
    out.blank();
    if (!plan.privateTasks)
        return;
    out.open(QStringLiteral("resource \"aws_eip\" \"nat\""));
    out.attribute(QStringLiteral("domain"), quoted(QStringLiteral("vpc")));
    out.blank();
    out.nameTag(QStringLiteral("\"${local.name}-nat\""));
    out.close();
    out.blank();
    out.open(QStringLiteral("resource \"aws_nat_gateway\" \"main\""));
    out.attribute(QStringLiteral("allocation_id"), QStringLiteral("aws_eip.nat.id"));
    out.attribute(QStringLiteral("subnet_id"), QStringLiteral("aws_subnet.public[0].id"));
    out.blank();
    out.nameTag(QStringLiteral("local.name"));
    out.blank();
    out.attribute(QStringLiteral("depends_on"), QStringLiteral("[aws_internet_gateway.main]"));
    out.close();
    out.blank();
    out.open(QStringLiteral("resource \"aws_route_table\" \"private\""));
    out.attribute(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
    out.blank();
    out.open(QStringLiteral("route"));
    out.attribute(QStringLiteral("cidr_block"), quoted(QStringLiteral("0.0.0.0/0")));
    out.attribute(QStringLiteral("nat_gateway_id"), QStringLiteral("aws_nat_gateway.main.id"));
    out.close();
    out.blank();
    out.nameTag(QStringLiteral("\"${local.name}-private\""));
    out.close();
    out.blank();
    out.open(QStringLiteral("resource \"aws_route_table_association\" \"private\""));
    out.attribute(QStringLiteral("count"), QStringLiteral("2"));
    out.attribute(QStringLiteral("subnet_id"),
                  QStringLiteral("aws_subnet.private[count.index].id"));
    out.attribute(QStringLiteral("route_table_id"), QStringLiteral("aws_route_table.private.id"));
    out.close();
    out.blank();
}

void NetworkBlocks::writeSecurityGroups(const EcsPlan &plan, HclWriter &out)
{
    out.comment(Core::generatedText(
        "Security groups: one per component. Ingress rules below open only the ports that its\n"
        "connections in the design use, and only to the security groups of the callers."));
    struct Group
    {
        QString ident;
        QString description;
        bool egress;
    };
    QList<Group> groups;
    if (plan.alb)
        groups.append(
            {QStringLiteral("alb"), Core::generatedText("Application Load Balancer"), true});
    for (const EcsPlan::Service &s : plan.services)
        groups.append({s.ident, Core::generatedText("ECS service %1").arg(s.id), true});
    for (const EcsPlan::Service &s : plan.services) {
        if (s.volume.isSet())
            groups.append({EcsPlan::fileSystemGroup(s),
                           Core::generatedText("EFS mount targets of %1").arg(s.id), false});
    }
    for (const EcsPlan::DataService &d : plan.data) {
        if (d.realisation.kind != Core::Realisation::Kind::S3)
            groups.append(
                {d.ident, Core::generatedText("%1 (%2)").arg(d.id, d.realisation.name()), false});
    }
    for (const Group &g : std::as_const(groups)) {
        out.open(QStringLiteral("resource \"aws_security_group\" \"%1\"").arg(g.ident));
        out.attribute(QStringLiteral("name"),
                      quoted(EcsPlan::awsName(
                          plan.name + QLatin1Char('-')
                              + QString(g.ident).replace(QLatin1Char('_'), QLatin1Char('-')),
                          255)));
        out.attribute(QStringLiteral("description"), quoted(g.description));
        out.attribute(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
        out.close();
        out.blank();
        if (g.egress) {
            // Tasks pull images and call AWS APIs; the load balancer reaches its targets.
            out.open(QStringLiteral("resource \"aws_vpc_security_group_egress_rule\" \"%1_all\"")
                         .arg(g.ident));
            out.attribute(QStringLiteral("security_group_id"),
                          QStringLiteral("aws_security_group.%1.id").arg(g.ident));
            out.attribute(QStringLiteral("description"),
                          quoted(Core::generatedText("All outbound traffic")));
            out.attribute(QStringLiteral("ip_protocol"), quoted(QStringLiteral("-1")));
            out.attribute(QStringLiteral("cidr_ipv4"), quoted(QStringLiteral("0.0.0.0/0")));
            out.close();
            out.blank();
        }
    }
    for (const EcsPlan::Ingress &rule : plan.ingress) {
        const QString source = rule.source.isEmpty() ? QStringLiteral("internet") : rule.source;
        out.open(
            QStringLiteral("resource \"aws_vpc_security_group_ingress_rule\" \"%1_from_%2_%3\"")
                .arg(rule.target, source)
                .arg(rule.port));
        out.attribute(QStringLiteral("security_group_id"),
                      QStringLiteral("aws_security_group.%1.id").arg(rule.target));
        out.attribute(QStringLiteral("description"), quoted(rule.description));
        out.attribute(QStringLiteral("ip_protocol"), quoted(QStringLiteral("tcp")));
        out.attribute(QStringLiteral("from_port"), QString::number(rule.port));
        out.attribute(QStringLiteral("to_port"), QString::number(rule.port));
        if (rule.source.isEmpty())
            out.attribute(QStringLiteral("cidr_ipv4"), quoted(QStringLiteral("0.0.0.0/0")));
        else
            out.attribute(QStringLiteral("referenced_security_group_id"),
                          QStringLiteral("aws_security_group.%1.id").arg(rule.source));
        out.close();
        out.blank();
    }
}

void NetworkBlocks::writeLoadBalancer(const EcsPlan &plan, HclWriter &out)
{
    out.comment(Core::generatedText(
        "Application Load Balancer: each public component gets a target group and a path rule;\n"
        "the component exposed at \"/\" takes everything else."));
    out.open(QStringLiteral("resource \"aws_lb\" \"main\""));
    out.attribute(QStringLiteral("name"), quoted(EcsPlan::awsName(plan.name, 32)));
    out.attribute(QStringLiteral("load_balancer_type"), quoted(QStringLiteral("application")));
    out.attribute(QStringLiteral("security_groups"), QStringLiteral("[aws_security_group.alb.id]"));
    out.attribute(QStringLiteral("subnets"), QStringLiteral("aws_subnet.public[*].id"));
    out.close();
    out.blank();
    writeTargetGroups(plan, out);
    writeListeners(plan, out);
    writeListenerRules(plan, out);
}

void NetworkBlocks::writeTargetGroups(const EcsPlan &plan, HclWriter &out)
{
    for (const EcsPlan::Service &s : plan.services) {
        if (!s.targeted)
            continue;
        out.open(QStringLiteral("resource \"aws_lb_target_group\" \"%1\"").arg(s.ident));
        out.attribute(QStringLiteral("name"),
                      quoted(EcsPlan::awsName(plan.name + QLatin1Char('-') + s.id, 32)));
        out.attribute(QStringLiteral("port"), QString::number(s.ports.first()));
        out.attribute(QStringLiteral("protocol"), quoted(QStringLiteral("HTTP")));
        out.attribute(QStringLiteral("target_type"), quoted(QStringLiteral("ip")));
        out.attribute(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
        out.blank();
        out.open(QStringLiteral("health_check"));
        out.attribute(QStringLiteral("path"),
                      quoted(s.healthPath.isEmpty() ? QStringLiteral("/") : s.healthPath));
        if (s.healthPort > 0 && s.healthPort != s.ports.first())
            out.attribute(QStringLiteral("port"), quoted(QString::number(s.healthPort)));
        out.attribute(QStringLiteral("matcher"), quoted(QStringLiteral("200-399")));
        out.attribute(QStringLiteral("interval"), QStringLiteral("30"));
        out.attribute(QStringLiteral("timeout"), QStringLiteral("5"));
        out.attribute(QStringLiteral("healthy_threshold"), QStringLiteral("2"));
        out.attribute(QStringLiteral("unhealthy_threshold"), QStringLiteral("3"));
        out.close();
        out.close();
        out.blank();
    }
}

void NetworkBlocks::writeListeners(const EcsPlan &plan, HclWriter &out)
{
    const QString fixed404 = QStringLiteral("fixed-response");
    auto defaultNotFound = [&]() {
        out.open(QStringLiteral("default_action"));
        out.attribute(QStringLiteral("type"), quoted(fixed404));
        out.blank();
        out.open(QStringLiteral("fixed_response"));
        out.attribute(QStringLiteral("content_type"), quoted(QStringLiteral("text/plain")));
        out.attribute(QStringLiteral("message_body"), quoted(QStringLiteral("Not found")));
        out.attribute(QStringLiteral("status_code"), quoted(QStringLiteral("404")));
        out.close();
        out.close();
    };
    out.open(QStringLiteral("resource \"aws_lb_listener\" \"http\""));
    out.attribute(QStringLiteral("load_balancer_arn"), QStringLiteral("aws_lb.main.arn"));
    out.attribute(QStringLiteral("port"), QStringLiteral("80"));
    out.attribute(QStringLiteral("protocol"), quoted(QStringLiteral("HTTP")));
    out.blank();
    if (plan.albTls) {
        out.open(QStringLiteral("default_action"));
        out.attribute(QStringLiteral("type"), quoted(QStringLiteral("redirect")));
        out.blank();
        out.open(QStringLiteral("redirect"));
        out.attribute(QStringLiteral("port"), quoted(QStringLiteral("443")));
        out.attribute(QStringLiteral("protocol"), quoted(QStringLiteral("HTTPS")));
        out.attribute(QStringLiteral("status_code"), quoted(QStringLiteral("HTTP_301")));
        out.close();
        out.close();
    } else {
        defaultNotFound();
    }
    out.close();
    out.blank();
    if (plan.albTls) {
        out.open(QStringLiteral("resource \"aws_lb_listener\" \"https\""));
        out.attribute(QStringLiteral("load_balancer_arn"), QStringLiteral("aws_lb.main.arn"));
        out.attribute(QStringLiteral("port"), QStringLiteral("443"));
        out.attribute(QStringLiteral("protocol"), quoted(QStringLiteral("HTTPS")));
        out.attribute(QStringLiteral("ssl_policy"),
                      quoted(QStringLiteral("ELBSecurityPolicy-TLS13-1-2-2021-06")));
        out.attribute(QStringLiteral("certificate_arn"), QStringLiteral("var.certificate_arn"));
        out.blank();
        defaultNotFound();
        out.close();
        out.blank();
    }
}

// One rule per route, longer paths first so "/api/v2" wins over "/api" and "/" comes last; host
// rules before the rest.
void NetworkBlocks::writeListenerRules(const EcsPlan &plan, HclWriter &out)
{
    const QString listener = plan.albTls ? QStringLiteral("https") : QStringLiteral("http");
    QList<const EcsPlan::Route *> routes;
    for (const EcsPlan::Route &route : plan.routes)
        routes.append(&route);
    std::stable_sort(routes.begin(), routes.end(),
                     [](const EcsPlan::Route *a, const EcsPlan::Route *b) {
                         if (a->path.size() != b->path.size())
                             return a->path.size() > b->path.size();
                         if (a->host.isEmpty() != b->host.isEmpty())
                             return !a->host.isEmpty();
                         return a->id < b->id;
                     });
    int priority = 0;
    for (const EcsPlan::Route *r : std::as_const(routes)) {
        priority += 10;
        const bool root = r->path == QLatin1String("/");
        out.open(QStringLiteral("resource \"aws_lb_listener_rule\" \"%1\"").arg(r->rule));
        out.attribute(QStringLiteral("listener_arn"),
                      QStringLiteral("aws_lb_listener.%1.arn").arg(listener));
        out.attribute(QStringLiteral("priority"), QString::number(priority));
        out.blank();
        out.open(QStringLiteral("action"));
        out.attribute(QStringLiteral("type"), quoted(QStringLiteral("forward")));
        out.attribute(QStringLiteral("target_group_arn"),
                      QStringLiteral("aws_lb_target_group.%1.arn").arg(r->service));
        out.close();
        out.blank();
        out.open(QStringLiteral("condition"));
        out.open(QStringLiteral("path_pattern"));
        out.attribute(
            QStringLiteral("values"),
            root ? HclWriter::list({quoted(QStringLiteral("/*"))})
                 : HclWriter::list({quoted(r->path), quoted(r->path + QLatin1String("/*"))}));
        out.close();
        out.close();
        if (!r->host.isEmpty()) {
            out.blank();
            out.open(QStringLiteral("condition"));
            out.open(QStringLiteral("host_header"));
            out.attribute(QStringLiteral("values"), HclWriter::list({quoted(r->host)}));
            out.close();
            out.close();
        }
        out.close();
        out.blank();
    }
}

} // namespace Stackdraft::Plugins
