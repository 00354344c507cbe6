#include "ecsplan.h"

#include "awssizes.h"
#include "core/catalog/catalog.h"
#include "core/export/envresolver.h"
#include "core/export/exportnaming.h"
#include "core/export/generatedtext.h"
#include "core/export/workload.h"
#include "core/model/naming.h"
#include "core/model/project.h"
#include "core/model/projectindex.h"
#include "hclwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Stackdraft::Plugins {
namespace {

using Kind = Core::Realisation::Kind;

// Host names never typed by a person, replaced by HCL expressions once the resolver has built a
// value.
QString hostMarker(const QString &component)
{
    return QChar(0xE000) + component + QChar(0xE001);
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

// Managed services answer on their own port and only over TLS; the model's container settings
// describe the self-hosted image. Adapting a copy of the model and catalog lets the shared resolver
// build URLs that are right on AWS.
void adaptToAws(Core::Project &project, Core::Catalog &catalog, const Core::Environment &env)
{
    const Core::EnvResolver resolver(project, env, catalog);
    QHash<QString, const Core::Deployment *> deployments; // looked up once per component below
    for (const Core::Deployment &d : env.deployments)
        deployments.insert(d.component, &d);
    for (Core::Component &component : project.components) {
        const Core::Deployment *deployment = deployments.value(component.id);
        if (!deployment)
            continue;
        const Core::ComponentType type = catalog.type(component.type);
        const Core::Realisation r = Core::Realisation::of(type, env, *deployment);
        const int port = AwsSizes::servicePort(r.kind);
        if (port > 0)
            component.ports = {Core::Port {port, 0, QStringLiteral("TCP"), {}}};
        const QString user = component.properties.value(
            QStringLiteral("user"), type.data().urlDefaults.value(QStringLiteral("user")));
        const QString allowed = AwsSizes::allowedUser(r.kind, user);
        if (allowed != user)
            component.properties.insert(QStringLiteral("user"), allowed);
        // ElastiCache takes a password (auth token) only over TLS.
        const bool tls = AwsSizes::tlsOnly(r.kind)
            || (r.kind == Kind::ElastiCache && !resolver.passwordSecret(component).isEmpty());
        if (type.isValid() && tls) {
            Core::ComponentTypeData data = type.data();
            data.urlTemplate.replace(QRegularExpression(QStringLiteral("^amqp://")),
                                     QStringLiteral("amqps://"));
            data.urlTemplate.replace(QRegularExpression(QStringLiteral("^http://")),
                                     QStringLiteral("https://"));
            data.urlTemplate.replace(QRegularExpression(QStringLiteral("^redis://")),
                                     QStringLiteral("rediss://"));
            catalog.add(Core::ComponentType(data));
        }
    }
}

} // namespace

bool EcsPlan::hasPrivateSubnets() const
{
    return privateTasks || std::any_of(data.cbegin(), data.cend(), [](const DataService &d) {
               return d.realisation.kind != Kind::S3;
           });
}

const EcsPlan::Service *EcsPlan::service(const QString &ident) const
{
    for (const Service &s : services) {
        if (s.ident == ident)
            return &s;
    }
    return nullptr;
}

QString EcsPlan::awsName(const QString &name, int maxLength)
{
    if (name.size() <= maxLength)
        return name;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(6));
    QString head = name.left(maxLength - hash.size() - 1);
    while (head.endsWith(QLatin1Char('-')))
        head.chop(1);
    return head + QLatin1Char('-') + hash;
}

Core::Result<EcsPlan> EcsPlan::make(const Core::Project &original, const Core::Environment &env,
                                    const Core::Catalog &originalCatalog)
{
    Core::Project project = original;
    Core::Catalog catalog = originalCatalog;
    adaptToAws(project, catalog, env);

    EcsPlan plan;
    plan.project = Core::Naming::toDnsLabel(project.name);
    plan.environment = Core::Naming::toDnsLabel(env.id);
    plan.name = plan.project + QLatin1Char('-') + plan.environment;
    plan.region = env.region.isEmpty() ? QStringLiteral("us-east-1") : env.region;
    plan.cidr = env.networkCidr.isEmpty() ? QStringLiteral("10.0.0.0/16") : env.networkCidr;
    static const QRegularExpression cidrPattern(
        QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})$"));
    const QRegularExpressionMatch cidr = cidrPattern.match(plan.cidr);
    const int prefix = cidr.hasMatch() ? cidr.captured(5).toInt() : -1;
    if (prefix < 16 || prefix > 26)
        return Core::Error {
            QCoreApplication::translate(
                "Stackdraft::Plugins::TerraformExporter",
                "networkCidr '%1' of environment '%2' must be an IPv4 block from /16 to /26 "
                "(AWS allows /16 to /28, and four subnets must fit in it)")
                .arg(plan.cidr, env.id),
            {},
            0,
            0,
            QStringLiteral("environments.%1.networkCidr").arg(env.id)};
    plan.subnetBits = std::clamp(24 - prefix, 2, 28 - prefix);
    plan.privateTasks = env.privateSubnets;
    plan.requestedLogRetentionDays = std::max(1, env.usage.logRetentionDays);
    plan.logRetentionDays = roundRetention(plan.requestedLogRetentionDays);

    // What each deployed component becomes.
    QMap<QString, Core::Realisation> realised;
    for (const auto &[c, deployment] : project.deployments(env))
        realised.insert(c->id, Core::Realisation::of(catalog.type(c->type), env, *deployment));
    auto kindOf = [&](const QString &id) { return realised.value(id).kind; };
    auto identOf = [](const QString &id) { return HclWriter::identifier(id); };

    // Components behind the ALB: public ones, and those a load-balancer component forwards to.
    QSet<QString> targeted;
    QMap<QString, QString>
        routeLabels; // a load-balancer component's connection label, when it is a path
    QSet<QString> called; // Fargate services another component calls, so they need a Cloud Map name
    for (const auto &[c, deployment] : project.deployments(env)) {
        const Core::Exposure &exposure = deployment->exposure;
        if (exposure.isPublic && kindOf(c->id) == Kind::Fargate)
            targeted.insert(c->id);
        if (exposure.isPublic && kindOf(c->id) == Kind::Alb)
            plan.albTls = plan.albTls || exposure.tls;
    }
    for (const Core::Connection &connection : project.activeConnections(env)) {
        if (kindOf(connection.to) != Kind::Fargate)
            continue;
        if (kindOf(connection.from) == Kind::Alb) {
            targeted.insert(connection.to);
            if (connection.label.trimmed().startsWith(QLatin1Char('/')))
                routeLabels.insert(connection.to,
                                   connection.label.trimmed().section(QLatin1Char(' '), 0, 0));
        } else if (kindOf(connection.from) != Kind::External) {
            called.insert(connection.to);
        }
    }
    if (!called.isEmpty())
        plan.discoveryNamespace = plan.name + QLatin1String(".local");

    Core::EnvResolver resolver(project, env, catalog);
    resolver.setHostNaming([&](const Core::Component &target) {
        switch (kindOf(target.id)) {
        case Kind::Fargate:
            return target.id + QLatin1Char('.') + plan.discoveryNamespace;
        case Kind::External:
        case Kind::ManagedService:
            // Outside this module: the address the architect gives, else the component's name.
            return target.properties.value(QStringLiteral("host"), target.id);
        default:
            return hostMarker(target.id);
        }
    });
    auto hostExpression = [&](const QString &id) -> QString {
        const QString ident = identOf(id);
        switch (kindOf(id)) {
        case Kind::Rds:
            return QStringLiteral("${aws_db_instance.%1.address}").arg(ident);
        case Kind::ElastiCache:
            return QStringLiteral(
                       "${aws_elasticache_replication_group.%1.primary_endpoint_address}")
                .arg(ident);
        case Kind::AmazonMq:
            return QStringLiteral(
                       "${trimsuffix(trimprefix(aws_mq_broker.%1.instances[0].endpoints[0], "
                       "\"amqps://\"), \":5671\")}")
                .arg(ident);
        case Kind::OpenSearch:
            return QStringLiteral("${aws_opensearch_domain.%1.endpoint}").arg(ident);
        case Kind::S3:
            return QStringLiteral("s3.${var.region}.amazonaws.com");
        default:
            return id;
        }
    };
    QSet<QString> usedSecrets;
    auto secretVariable = [&](const QString &secret) {
        usedSecrets.insert(secret);
        return QLatin1String("var.") + QLatin1String("secret_") + identOf(secret);
    };
    // An HCL string expression for a resolved value: literal text escaped, host markers and secrets
    // as interpolations.
    auto render = [&](const Core::ResolvedEnvVar &var) {
        QString body = var.render(
            [&](const QString &text) {
                QString quoted = HclWriter::string(text);
                quoted = quoted.mid(1, quoted.size() - 2);
                static const QRegularExpression marker(
                    QStringLiteral("\\x{E000}([^\\x{E001}]*)\\x{E001}"));
                QString out;
                qsizetype at = 0;
                for (auto it = marker.globalMatch(quoted); it.hasNext();) {
                    const QRegularExpressionMatch m = it.next();
                    out += quoted.mid(at, m.capturedStart() - at) + hostExpression(m.captured(1));
                    at = m.capturedEnd();
                }
                return out + quoted.mid(at);
            },
            [&](const QString &secret) {
                return QStringLiteral("${%1}").arg(secretVariable(secret));
            });
        return QLatin1Char('"') + body + QLatin1Char('"');
    };
    QSet<QString> parameterSecrets; // secrets a container reads whole, from their own parameter

    for (const Core::Workload &w : Core::Workload::list(project, env, catalog)) {
        const Core::Component &component = *w.component;
        const Core::Realisation r = realised.value(component.id);
        const QString label = component.label.isEmpty() ? component.id : component.label;
        if (r.kind == Kind::Alb || r.kind == Kind::External || r.kind == Kind::Absent)
            continue;
        if (r.kind == Kind::ManagedService) {
            // CloudWatch Logs is what every task already writes to (the log groups below).
            plan.notes.append(
                {component.id,
                 r.service == QLatin1String("cloudwatch")
                     ? Core::generatedText(
                           "%1: the services' logs go to the CloudWatch Logs groups below.")
                           .arg(label)
                     : Core::generatedText(
                           "Not created here: %1 is realised on AWS by %2, which this module "
                           "does not create.")
                           .arg(label, r.name)});
            continue;
        }
        if (r.isAwsManaged()) {
            DataService d = AwsSizes::dataService(w, r);
            d.id = component.id;
            d.ident = identOf(component.id);
            d.label = label;
            const QString password = resolver.passwordSecret(component);
            if (!password.isEmpty() && r.kind != Kind::S3 && r.kind != Kind::OpenSearch)
                d.passwordVariable = secretVariable(password);
            auto field = [&](const QString &part) {
                auto value = resolver.resolve(
                    component, Core::EnvVar::reference(QStringLiteral("_"), component.id, part));
                return value ? value->literal() : QString();
            };
            d.user = field(QStringLiteral("user"));
            d.database = field(QStringLiteral("database"));
            plan.data.append(d);
            continue;
        }

        Service s;
        s.id = component.id;
        s.ident = identOf(component.id);
        s.label = label;
        s.sourceImage = w.image;
        s.ecr = !component.build.isEmpty() || w.image.isEmpty();
        s.image = s.ecr
            ? QStringLiteral("\"${aws_ecr_repository.%1.repository_url}:${var.%1_image_tag}\"")
                  .arg(s.ident)
            : HclWriter::string(w.image);
        for (const Core::Port &port : w.ports)
            s.ports.append(port.container);
        const Core::Deployment &d = *w.deployment;
        // The task is sized to what the deployment reserves (its requests), as the cost estimate
        // bills it; the catalog's defaults stand in only when the deployment sets nothing.
        const bool own = d.resources.effectiveCpu() > 0 || d.resources.effectiveMemory() > 0;
        s.requested = own ? d.resources : w.type.data().defaultResources;
        const qint64 cpu = s.requested.effectiveCpu();
        const qint64 memory = s.requested.effectiveMemory();
        s.size = FargateSize::fit(cpu, memory);
        s.sizeRounded = qint64(s.size.cpuUnits) * 1000 != cpu * 1024
            || qint64(s.size.memoryMiB) * 1024 * 1024 != memory;
        s.autoscaling = d.autoscaling;
        s.desiredCount
            = d.autoscaling.enabled ? std::max(1, d.autoscaling.minReplicas) : w.replicas;
        if (w.health.kind == Core::HealthCheck::Kind::Http) {
            s.healthPath = w.health.path;
            s.healthPort = w.health.port;
        }
        s.containerHealth = w.health.containerCommand(
            w.image, component.properties.value(QStringLiteral("healthTool")));
        s.targeted = targeted.contains(component.id) && !s.ports.isEmpty();
        // The deployment's own path first; else the route a load-balancer component labels its link
        // with.
        s.path = normalisedPath(d.exposure.path.isEmpty() ? routeLabels.value(component.id)
                                                          : d.exposure.path);
        s.host = d.exposure.host;
        plan.albTls = plan.albTls || (s.targeted && d.exposure.tls);
        if (called.contains(component.id))
            s.discoveryName = component.id + QLatin1Char('.') + plan.discoveryNamespace;

        auto resolved = resolver.resolve(component);
        if (!resolved)
            return resolved.error();
        for (const Core::ResolvedEnvVar &var : resolved.value()) {
            if (!var.from.isEmpty() && kindOf(var.from) == Kind::S3)
                s.usesObjectStorage = true;
            if (var.isLiteral()) {
                s.environment.append({var.name, render(var)});
            } else if (var.isPlainSecret()) {
                parameterSecrets.insert(var.secret());
                s.secrets.append(
                    {var.name,
                     QStringLiteral("aws_ssm_parameter.secret_%1.arn").arg(identOf(var.secret()))});
            } else {
                // A value holding a secret (a URL with a password) is a secret as a whole.
                const QString own
                    = Core::Naming::toDnsLabel(component.id + QLatin1Char('-') + var.name);
                const QString ident = identOf(own);
                plan.parameters.append(
                    {ident, Core::ExportNaming::ssmParameterName(original, env, own), render(var),
                     Core::generatedText("%1 of %2, built from its connection")
                         .arg(var.name, component.id)});
                s.secrets.append({var.name, QStringLiteral("aws_ssm_parameter.%1.arn").arg(ident)});
            }
        }
        plan.services.append(s);
    }
    plan.alb = std::any_of(plan.services.cbegin(), plan.services.cend(),
                           [](const Service &s) { return s.targeted; });
    if (plan.alb)
        plan.ingress.append(
            {QStringLiteral("alb"), {}, 80, Core::generatedText("HTTP from the internet")});
    if (plan.albTls)
        plan.ingress.append(
            {QStringLiteral("alb"), {}, 443, Core::generatedText("HTTPS from the internet")});
    for (const Service &s : std::as_const(plan.services)) {
        if (s.targeted)
            plan.ingress.append({s.ident, QStringLiteral("alb"), s.ports.first(),
                                 Core::generatedText("From the load balancer")});
    }
    auto hasGroup = [&](const QString &id) {
        const Kind k = kindOf(id);
        return realised.contains(id)
            && (k == Kind::Fargate
                || (Core::Realisation {k, {}, {}}.isAwsManaged() && k != Kind::S3));
    };
    const Core::ProjectIndex index(project);
    QSet<QString> ingressSeen; // "target source port" of every rule so far
    for (const Ingress &i : std::as_const(plan.ingress))
        ingressSeen.insert(QStringLiteral("%1 %2 %3").arg(i.target, i.source).arg(i.port));
    for (const Core::Connection &connection : project.activeConnections(env)) {
        if (!hasGroup(connection.to) || !hasGroup(connection.from))
            continue;
        const Core::Component *from = index.component(connection.from);
        const Core::Component *to = index.component(connection.to);
        const int port = resolver.targetPort(*from, *to);
        if (port <= 0)
            continue;
        Ingress rule {
            identOf(connection.to), identOf(connection.from), port,
            connection.label.isEmpty()
                ? Core::generatedText("From %1").arg(connection.from)
                : Core::generatedText("From %1: %2").arg(connection.from, connection.label)};
        const QString key = QStringLiteral("%1 %2 %3").arg(rule.target, rule.source).arg(rule.port);
        if (!ingressSeen.contains(key)) {
            ingressSeen.insert(key);
            plan.ingress.append(rule);
        }
    }

    // Plain secrets a container reads get a parameter of their own, named as every exporter names
    // them.
    QStringList secrets(parameterSecrets.cbegin(), parameterSecrets.cend());
    secrets.sort();
    for (const QString &secret : std::as_const(secrets))
        plan.parameters.append({QLatin1String("secret_") + identOf(secret),
                                Core::ExportNaming::ssmParameterName(original, env, secret),
                                secretVariable(secret),
                                Core::generatedText("Secret %1").arg(secret)});
    std::sort(plan.parameters.begin(), plan.parameters.end(),
              [](const Parameter &a, const Parameter &b) { return a.ident < b.ident; });

    plan.variables.append({QStringLiteral("region"), QStringLiteral("string"),
                           Core::generatedText("AWS region to deploy into."),
                           HclWriter::string(plan.region), false});
    plan.variables.append({QStringLiteral("project"), QStringLiteral("string"),
                           Core::generatedText("Project name, used in tags."),
                           HclWriter::string(plan.project), false});
    plan.variables.append({QStringLiteral("environment"), QStringLiteral("string"),
                           Core::generatedText("Environment name, used in tags."),
                           HclWriter::string(plan.environment), false});
    plan.variables.append({QStringLiteral("vpc_cidr"), QStringLiteral("string"),
                           Core::generatedText("Address block of the VPC."),
                           HclWriter::string(plan.cidr), false});
    if (plan.albTls)
        plan.variables.append({QStringLiteral("certificate_arn"),
                               QStringLiteral("string"),
                               Core::generatedText("ACM certificate for the HTTPS listener."),
                               {},
                               false});
    for (const Service &s : std::as_const(plan.services)) {
        if (s.ecr)
            plan.variables.append(
                {s.ident + QLatin1String("_image_tag"), QStringLiteral("string"),
                 Core::generatedText("Image tag of %1 to deploy from its ECR repository.")
                     .arg(s.id),
                 HclWriter::string(QStringLiteral("latest")), false});
    }
    QStringList allSecrets(usedSecrets.cbegin(), usedSecrets.cend());
    allSecrets.sort();
    for (const QString &secret : std::as_const(allSecrets))
        plan.variables.append(
            {QLatin1String("secret_") + identOf(secret),
             QStringLiteral("string"),
             Core::generatedText(
                 "Secret %1. Pass it with TF_VAR_secret_%2; it is never written in code.")
                 .arg(secret, identOf(secret)),
             {},
             true});
    return plan;
}

} // namespace Stackdraft::Plugins
