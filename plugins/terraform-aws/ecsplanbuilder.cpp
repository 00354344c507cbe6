#include "ecsplanbuilder.h"

#include "awssizes.h"
#include "core/derived/datavolume.h"
#include "core/derived/queuescaler.h"
#include "core/export/exportnaming.h"
#include "core/export/generatedtext.h"
#include "core/export/mountedfiles.h"
#include "core/export/publicentry.h"
#include "core/export/workload.h"
#include "core/model/cronschedule.h"
#include "core/model/naming.h"
#include "core/model/projectindex.h"
#include "hclwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stackdraft::Plugins {
namespace {

using Kind = Core::Realisation::Kind;

// Host names never typed by a person, replaced by HCL expressions once the resolver has built a
// value.
QString hostMarker(const QString &component)
{
    return QChar(0xE000) + component + QChar(0xE001);
}

// The same for a field of a component: "<id> U+E002 <field>" inside the marker.
const QChar FieldSeparator(0xE002);

QString fieldMarker(const QString &component, const QString &field)
{
    return hostMarker(component + FieldSeparator + field);
}

QString normalisedPath(const QString &path)
{
    QString p = path.trimmed();
    while (p.endsWith(QLatin1Char('/')) || p.endsWith(QLatin1Char('*')))
        p.chop(1);
    if (!p.startsWith(QLatin1Char('/')))
        p.prepend(QLatin1Char('/'));
    return p;
}

// Valid CloudWatch Logs retention periods, in days.
int roundRetention(int days)
{
    static const int allowed[] = {1,   3,   5,   7,   14,   30,   60,   90,   120,  150,  180,
                                  365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653};
    for (int a : allowed) {
        if (a >= days)
            return a;
    }
    return 3653;
}

// A stateful workload's data directory on EFS, as Kubernetes gives it a volume claim.
EcsPlan::DataVolume dataVolume(const Core::Workload &w)
{
    if (!Core::DataVolume::isOnEfs(w.type, w.realisation, w.storage))
        return {};
    const qint64 fsGroup = w.type.data().fsGroup;
    EcsPlan::DataVolume volume {w.dataPath, w.storage,
                                fsGroup >= 0 ? fsGroup : EcsPlan::DataVolume::FallbackOwner,
                                fsGroup >= 0};
    volume.backup
        = Core::BackupPlan::of(w.type, w.realisation, *w.deployment, Core::Platform::AwsEcs);
    if (volume.isBackedUp()) {
        const std::optional<QString> stated
            = Core::CronSchedule::toAws(volume.backup.jobSchedule());
        volume.scheduleRefused = !stated;
        volume.awsSchedule = stated
            ? *stated
            : *Core::CronSchedule::toAws(QString::fromLatin1(Core::BackupPlan::DefaultSchedule));
    }
    return volume;
}

// A copy of `project` adapted to AWS (AwsSizes::adapt), adapting `catalog` with it.
Core::Project adapted(const Core::Project &project, Core::Catalog &catalog,
                      const Core::Environment &env)
{
    Core::Project copy = project;
    AwsSizes::adapt(copy, catalog, env);
    return copy;
}

} // namespace

// The resolver indexes the project it is given when it is made (ProjectIndex), so the project is
// adapted first, in the member initialisers, and not changed afterwards.
EcsPlanBuilder::EcsPlanBuilder(const Core::Project &project, const Core::Environment &env,
                               const Core::Catalog &catalog)
    : m_original(project)
    , m_env(env)
    , m_catalog(catalog)
    , m_project(adapted(project, m_catalog, env))
    , m_resolver(m_project, env, m_catalog)
{
}

Core::Result<EcsPlan> EcsPlanBuilder::build()
{
    if (auto error = planNetwork())
        return *error;
    planRouting();
    planHostNames();
    if (auto error = planComponents())
        return *error;
    planIngress();
    planParameters();
    planVariables();
    return m_plan;
}

std::optional<Core::Error> EcsPlanBuilder::planNetwork()
{
    const Core::Environment &env = m_env;
    const Core::Project &project = m_project;
    m_plan.project = Core::Naming::toDnsLabel(project.name);
    m_plan.environment = Core::Naming::toDnsLabel(env.id);
    m_plan.name = m_plan.project + QLatin1Char('-') + m_plan.environment;
    m_plan.region = env.region.isEmpty() ? QStringLiteral("us-east-1") : env.region;
    m_plan.cidr = env.networkCidr.isEmpty() ? QStringLiteral("10.0.0.0/16") : env.networkCidr;
    static const QRegularExpression cidrPattern(
        QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})$"));
    const QRegularExpressionMatch cidr = cidrPattern.match(m_plan.cidr);
    const int prefix = cidr.hasMatch() ? cidr.captured(5).toInt() : -1;
    if (prefix < 16 || prefix > 26)
        return Core::Error {
            QCoreApplication::translate(
                "Stackdraft::Plugins::TerraformExporter",
                "networkCidr '%1' of environment '%2' must be an IPv4 block from /16 to /26 "
                "(AWS allows /16 to /28, and four subnets must fit in it)")
                .arg(m_plan.cidr, env.id),
            {},
            0,
            0,
            QStringLiteral("environments.%1.networkCidr").arg(env.id)};
    m_plan.subnetBits = std::clamp(24 - prefix, 2, 28 - prefix);
    m_plan.privateTasks = env.privateSubnets;
    m_plan.requestedLogRetentionDays = std::max(1, env.usage.logRetentionDays);
    m_plan.logRetentionDays = roundRetention(m_plan.requestedLogRetentionDays);

    return std::nullopt;
}

// Which components become what, who sits behind the ALB and who is called by another service.
void EcsPlanBuilder::planRouting()
{
    for (const auto &[c, deployment] : m_project.deployments(m_env))
        m_realised.insert(c->id,
                          Core::Realisation::of(m_catalog.type(c->type), m_env, *deployment));
    planPublicRoutes();
    for (const Core::Connection &connection : m_project.activeConnections(m_env)) {
        const Kind from = kindOf(connection.from);
        if (kindOf(connection.to) == Kind::Fargate && from != Kind::Alb && from != Kind::External)
            m_called.insert(connection.to);
    }
    if (!m_called.isEmpty())
        m_plan.discoveryNamespace = m_plan.name + QLatin1String(".local");
}

// The ALB's listener rules are the routes of the environment's public entries (Core::PublicEntry,
// as the Kubernetes Ingress reads them) that end at a Fargate service: one rule per service, host
// and path, named after the service (a second rule for the same service gets a suffix).
void EcsPlanBuilder::planPublicRoutes()
{
    QSet<QString> seen; // "component host path" of every rule so far
    for (const Core::PublicEntry &entry : Core::PublicEntry::list(m_project, m_env, m_catalog)) {
        for (const Core::PublicEntry::Route &route : entry.routes) {
            const QString id = route.target->id;
            if (kindOf(id) != Kind::Fargate)
                continue;
            const QString path = normalisedPath(route.path);
            const QString key = QStringList {id, entry.host, path}.join(QLatin1Char(' '));
            if (seen.contains(key))
                continue;
            seen.insert(key);
            m_targeted.insert(id);
            m_plan.albTls = m_plan.albTls || entry.tls;
            const QString ident = HclWriter::identifier(id);
            QStringList &rules = m_rulesOf[id];
            rules.append(
                rules.isEmpty() ? ident : QStringLiteral("%1_%2").arg(ident).arg(rules.size() + 1));
            m_plan.routes.append({rules.last(), ident, id, path, entry.host});
        }
    }
}

void EcsPlanBuilder::planHostNames()
{
    m_resolver.setHostNaming([this](const Core::Component &target) {
        switch (kindOf(target.id)) {
        case Kind::Fargate:
            return target.id + QLatin1Char('.') + m_plan.discoveryNamespace;
        case Kind::External:
        case Kind::ManagedService:
        case Kind::CloudFront:
        case Kind::Waf:
        case Kind::CloudWatch:
            // Outside this module: the address the architect gives, else the component's name.
            return target.properties.value(QStringLiteral("host"), target.id);
        default:
            return hostMarker(target.id);
        }
    });
    // A bucket's name is completed by AWS (bucket_prefix): what Terraform knows after creating it.
    m_resolver.setFieldNaming([this](const Core::Component &target, const QString &field) {
        return kindOf(target.id) == Kind::S3 && field == QLatin1String("bucket")
            ? fieldMarker(target.id, field)
            : QString();
    });
}

QString EcsPlanBuilder::markerExpression(const QString &marker) const
{
    const qsizetype separator = marker.indexOf(FieldSeparator);
    if (separator < 0)
        return hostExpression(marker);
    // Only S3 buckets are named by a marker (planHostNames).
    return QStringLiteral("${aws_s3_bucket.%1.bucket}")
        .arg(HclWriter::identifier(marker.left(separator)));
}

QString EcsPlanBuilder::hostExpression(const QString &id) const
{
    const QString ident = HclWriter::identifier(id);
    switch (kindOf(id)) {
    case Kind::Rds:
        return QStringLiteral("${aws_db_instance.%1.address}").arg(ident);
    case Kind::ElastiCache:
        return QStringLiteral("${aws_elasticache_replication_group.%1.primary_endpoint_address}")
            .arg(ident);
    case Kind::AmazonMq:
        return QStringLiteral("${trimsuffix(trimprefix(aws_mq_broker.%1.instances[0].endpoints[0], "
                              "\"amqps://\"), \":5671\")}")
            .arg(ident);
    case Kind::OpenSearch:
        return QStringLiteral("${aws_opensearch_domain.%1.endpoint}").arg(ident);
    case Kind::DocumentDb:
        return QStringLiteral("${aws_docdb_cluster.%1.endpoint}").arg(ident);
    case Kind::S3:
        return QStringLiteral("s3.${var.region}.amazonaws.com");
    default:
        return id;
    }
}

QString EcsPlanBuilder::secretVariable(const QString &secret)
{
    m_usedSecrets.insert(secret);
    return QLatin1String("var.") + QLatin1String("secret_") + HclWriter::identifier(secret);
}

// An HCL string expression for a resolved value: literal text escaped, host markers and secrets as
// interpolations.
QString EcsPlanBuilder::render(const Core::ResolvedEnvVar &var)
{
    const QString body = var.render(
        [&](const QString &text) { return hclText(text); },
        [&](const QString &secret) { return QStringLiteral("${%1}").arg(secretVariable(secret)); });
    return QLatin1Char('"') + body + QLatin1Char('"');
}

QString EcsPlanBuilder::hclText(const QString &text) const
{
    QString quoted = HclWriter::string(text);
    quoted = quoted.mid(1, quoted.size() - 2);
    static const QRegularExpression marker(QStringLiteral("\\x{E000}([^\\x{E001}]*)\\x{E001}"));
    QString out;
    qsizetype at = 0;
    for (auto it = marker.globalMatch(quoted); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += quoted.mid(at, m.capturedStart() - at) + markerExpression(m.captured(1));
        at = m.capturedEnd();
    }
    return out + quoted.mid(at);
}

std::optional<Core::Error> EcsPlanBuilder::planComponents()
{
    for (const Core::Workload &w : Core::Workload::list(m_project, m_env, m_catalog)) {
        const Core::Component &component = *w.component;
        const Core::Realisation r = m_realised.value(component.id);
        const QString label = component.label.isEmpty() ? component.id : component.label;
        if (r.kind == Kind::Alb || r.kind == Kind::External || r.kind == Kind::Absent)
            continue;
        if (r.isManaged() && !r.isAwsDataService()) {
            // CloudWatch Logs is what every task already writes to (the log groups below).
            m_plan.notes.append(
                {component.id,
                 r.kind == Kind::CloudWatch
                     ? Core::generatedText(
                           "%1: the services' logs go to the CloudWatch Logs groups below.")
                           .arg(label)
                     : Core::generatedText(
                           "Not created here: %1 is realised on AWS by %2, which this module "
                           "does not create.")
                           .arg(label, r.name())});
            continue;
        }
        if (r.isAwsDataService()) {
            planDataService(w, r);
            continue;
        }
        Core::Result<EcsPlan::Service> service = planService(w);
        if (!service)
            return service.error();
        m_plan.services.append(std::move(service).value());
    }
    return std::nullopt;
}

void EcsPlanBuilder::planDataService(const Core::Workload &w, const Core::Realisation &r)
{
    const Core::Component &component = *w.component;
    const QString label = component.label.isEmpty() ? component.id : component.label;
    EcsPlan::DataService d = AwsSizes::dataService(w, r);
    d.id = component.id;
    d.ident = HclWriter::identifier(component.id);
    d.label = label;
    const QString password = m_resolver.passwordSecret(component);
    if (!password.isEmpty() && r.kind != Kind::S3 && r.kind != Kind::OpenSearch)
        d.passwordVariable = secretVariable(password);
    auto field = [&](const QString &part) {
        auto value = m_resolver.resolve(
            component, Core::EnvVar::reference(QStringLiteral("_"), component.id, part));
        return value ? value->literal() : QString();
    };
    d.user = field(QStringLiteral("user"));
    d.database = field(QStringLiteral("database"));
    m_plan.data.append(d);
}

Core::Result<EcsPlan::Service> EcsPlanBuilder::planService(const Core::Workload &w)
{
    const Core::Component &component = *w.component;
    const QString label = component.label.isEmpty() ? component.id : component.label;
    EcsPlan::Service s;
    s.id = component.id;
    s.ident = HclWriter::identifier(component.id);
    s.label = label;
    s.sourceImage = w.image;
    s.ecr = !component.build.isEmpty() || w.image.isEmpty();
    s.image = s.ecr
        ? QStringLiteral("\"${aws_ecr_repository.%1.repository_url}:${var.%1_image_tag}\"")
              .arg(s.ident)
        : HclWriter::string(w.image);
    s.entryPoint = w.command;
    s.command = w.args;
    for (const Core::Port &port : w.ports)
        s.ports.append(port.container);
    const Core::Deployment &d = *w.deployment;
    // The task is sized to what the deployment reserves (its requests), as the cost estimate
    // bills it (Core::EffectiveDeployment: the catalog's defaults fill what it leaves out).
    s.requested = w.resources;
    const qint64 cpu = s.requested.effectiveCpu();
    const qint64 memory = s.requested.effectiveMemory();
    s.size = FargateSize::fit(cpu, memory);
    s.sizeRounded = qint64(s.size.cpuUnits) * 1000 != cpu * 1024
        || qint64(s.size.memoryMiB) * 1024 * 1024 != memory;
    s.autoscaling = d.autoscaling;
    if (d.autoscaling.enabled && d.autoscaling.queue.isSet()) {
        // Validation (SD-AUTOSCALING-QUEUE) has made sure the broker is an Amazon MQ broker here.
        const Core::Component *broker = m_project.component(d.autoscaling.queue.from);
        const Core::QueueScaler scaler
            = broker ? Core::QueueScaler::of(m_catalog.type(broker->type)) : Core::QueueScaler {};
        if (scaler.readableOnAws()) {
            s.queueBroker = HclWriter::identifier(d.autoscaling.queue.from);
            s.queueNamespace = scaler.cloudWatchNamespace;
            s.queueMetric = scaler.cloudWatchMetric;
        }
    }
    s.desiredCount = w.baselineReplicas; // the replicas at rest the cost estimate bills
    if (w.health.kind == Core::HealthCheck::Kind::Http) {
        s.healthPath = w.health.path;
        s.healthPort = w.health.port;
    }
    s.containerHealth = w.health.containerCommand(
        w.image, component.properties.value(QStringLiteral("healthTool")));
    // Routes end at a workload's primary port (Core::PublicEntry): a targeted service has ports.
    s.targeted = m_targeted.contains(component.id) && !s.ports.isEmpty();
    s.rules = m_rulesOf.value(component.id);
    if (m_called.contains(component.id))
        s.discoveryName = component.id + QLatin1Char('.') + m_plan.discoveryNamespace;

    auto resolved = m_resolver.resolve(component);
    if (!resolved)
        return resolved.error();
    for (const Core::ResolvedEnvVar &var : resolved.value()) {
        if (!var.from.isEmpty() && kindOf(var.from) == Kind::S3)
            s.usesObjectStorage = true;
        // A log pipeline realised as CloudWatch Logs has no address: the task's log driver
        // already ships its output there, and a host name would point nowhere.
        if (!var.from.isEmpty() && kindOf(var.from) == Kind::CloudWatch) {
            m_plan.notes.append({component.id,
                                 Core::generatedText("%1 of %2 is left out: %3 is CloudWatch Logs "
                                                     "here, which the task's logs reach through "
                                                     "its log driver.")
                                     .arg(var.name, component.id, var.from)});
            continue;
        }
        if (var.isLiteral()) {
            s.environment.append({var.name, render(var)});
        } else if (var.isPlainSecret()) {
            m_parameterSecrets.insert(var.secret());
            s.secrets.append({var.name,
                              QStringLiteral("aws_ssm_parameter.secret_%1.arn")
                                  .arg(HclWriter::identifier(var.secret()))});
        } else {
            // A value holding a secret (a URL with a password) is a secret as a whole.
            const QString own
                = Core::Naming::toDnsLabel(component.id + QLatin1Char('-') + var.name);
            const QString ident = HclWriter::identifier(own);
            m_plan.parameters.append(
                {ident, Core::ExportNaming::ssmParameterName(m_original, m_env, own), render(var),
                 Core::generatedText("%1 of %2, built from its connection")
                     .arg(var.name, component.id)});
            s.secrets.append({var.name, QStringLiteral("aws_ssm_parameter.%1.arn").arg(ident)});
        }
    }
    // Files reach the container through a task volume an init container fills (EcsPlan::File).
    for (const Core::ConfigFile &file : Core::MountedFiles::of(m_resolver, m_env, m_catalog, w)) {
        s.files.append(
            {file.name, file.mountPath,
             QLatin1Char('"') + hclText(QString::fromUtf8(file.content)) + QLatin1Char('"')});
        for (const auto &[name, value] : file.env)
            s.environment.append({name, HclWriter::string(value)});
    }
    s.volume = dataVolume(w);
    return s;
}

// Security group rules: the internet to the ALB, the ALB to its targets, and each active
// connection between two components that have a group of their own.
void EcsPlanBuilder::planIngress()
{
    m_plan.alb = std::any_of(m_plan.services.cbegin(), m_plan.services.cend(),
                             [](const EcsPlan::Service &s) { return s.targeted; });
    if (m_plan.alb)
        m_plan.ingress.append(
            {QStringLiteral("alb"), {}, 80, Core::generatedText("HTTP from the internet")});
    if (m_plan.albTls)
        m_plan.ingress.append(
            {QStringLiteral("alb"), {}, 443, Core::generatedText("HTTPS from the internet")});
    for (const EcsPlan::Service &s : std::as_const(m_plan.services)) {
        if (s.targeted)
            m_plan.ingress.append({s.ident, QStringLiteral("alb"), s.ports.first(),
                                   Core::generatedText("From the load balancer")});
        // The mount targets of a service's file system answer NFS to that service alone.
        if (s.volume.isSet())
            m_plan.ingress.append({EcsPlan::fileSystemGroup(s), s.ident, 2049,
                                   Core::generatedText("NFS from %1").arg(s.id)});
    }
    auto hasGroup = [&](const QString &id) {
        const Kind k = kindOf(id);
        return m_realised.contains(id)
            && (k == Kind::Fargate || (Core::Realisation {k}.isAwsDataService() && k != Kind::S3));
    };
    const Core::ProjectIndex index(m_project);
    QSet<QString> seen; // "target source port" of every rule so far
    for (const EcsPlan::Ingress &i : std::as_const(m_plan.ingress))
        seen.insert(QStringLiteral("%1 %2 %3").arg(i.target, i.source).arg(i.port));
    for (const Core::Connection &connection : m_project.activeConnections(m_env)) {
        if (!hasGroup(connection.to) || !hasGroup(connection.from))
            continue;
        const Core::Component *from = index.component(connection.from);
        const Core::Component *to = index.component(connection.to);
        const int port = m_resolver.targetPort(*from, *to);
        if (port <= 0)
            continue;
        EcsPlan::Ingress rule {
            HclWriter::identifier(connection.to), HclWriter::identifier(connection.from), port,
            connection.label.isEmpty()
                ? Core::generatedText("From %1").arg(connection.from)
                : Core::generatedText("From %1: %2").arg(connection.from, connection.label)};
        const QString key = QStringLiteral("%1 %2 %3").arg(rule.target, rule.source).arg(rule.port);
        if (!seen.contains(key)) {
            seen.insert(key);
            m_plan.ingress.append(rule);
        }
    }
}

// Plain secrets a container reads get a parameter of their own, named as every exporter names them.
void EcsPlanBuilder::planParameters()
{
    QStringList secrets(m_parameterSecrets.cbegin(), m_parameterSecrets.cend());
    secrets.sort();
    for (const QString &secret : std::as_const(secrets))
        m_plan.parameters.append({QLatin1String("secret_") + HclWriter::identifier(secret),
                                  Core::ExportNaming::ssmParameterName(m_original, m_env, secret),
                                  secretVariable(secret),
                                  Core::generatedText("Secret %1").arg(secret)});
    std::sort(
        m_plan.parameters.begin(), m_plan.parameters.end(),
        [](const EcsPlan::Parameter &a, const EcsPlan::Parameter &b) { return a.ident < b.ident; });
}

void EcsPlanBuilder::planVariables()
{
    m_plan.variables.append({QStringLiteral("region"), QStringLiteral("string"),
                             Core::generatedText("AWS region to deploy into."),
                             HclWriter::string(m_plan.region), false});
    m_plan.variables.append({QStringLiteral("project"), QStringLiteral("string"),
                             Core::generatedText("Project name, used in tags."),
                             HclWriter::string(m_plan.project), false});
    m_plan.variables.append({QStringLiteral("environment"), QStringLiteral("string"),
                             Core::generatedText("Environment name, used in tags."),
                             HclWriter::string(m_plan.environment), false});
    m_plan.variables.append({QStringLiteral("vpc_cidr"), QStringLiteral("string"),
                             Core::generatedText("Address block of the VPC."),
                             HclWriter::string(m_plan.cidr), false});
    if (m_plan.albTls)
        m_plan.variables.append({QStringLiteral("certificate_arn"),
                                 QStringLiteral("string"),
                                 Core::generatedText("ACM certificate for the HTTPS listener."),
                                 {},
                                 false});
    for (const EcsPlan::Service &s : std::as_const(m_plan.services)) {
        if (s.ecr)
            m_plan.variables.append(
                {s.ident + QLatin1String("_image_tag"), QStringLiteral("string"),
                 Core::generatedText("Image tag of %1 to deploy from its ECR repository.")
                     .arg(s.id),
                 HclWriter::string(QStringLiteral("latest")), false});
    }
    QStringList allSecrets(m_usedSecrets.cbegin(), m_usedSecrets.cend());
    allSecrets.sort();
    for (const QString &secret : std::as_const(allSecrets))
        m_plan.variables.append(
            {QLatin1String("secret_") + HclWriter::identifier(secret),
             QStringLiteral("string"),
             Core::generatedText(
                 "Secret %1. Pass it with TF_VAR_secret_%2; it is never written in code.")
                 .arg(secret, HclWriter::identifier(secret)),
             {},
             true});
}

} // namespace Stackdraft::Plugins
