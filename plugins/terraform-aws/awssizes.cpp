#include "awssizes.h"

#include "core/catalog/catalog.h"
#include "core/derived/searchclient.h"
#include "core/export/envresolver.h"
#include "core/export/generatedtext.h"
#include "core/export/workload.h"
#include "core/model/component.h"
#include "core/model/project.h"
#include "core/model/quantity.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Stackdraft::Plugins {
namespace {

using Kind = Core::Realisation::Kind;

// "mysql:8.0" -> "8.0", "postgres:16-alpine" -> "16", "redis:7.2" -> "7.2"; empty when the tag has
// none.
QString tagVersion(const QString &image)
{
    static const QRegularExpression version(QStringLiteral(":(\\d+(?:\\.\\d+)?)"));
    const QRegularExpressionMatch m = version.match(image);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

EcsPlan::DataService AwsSizes::dataService(const Core::Workload &w, const Core::Realisation &r)
{
    EcsPlan::DataService d;
    d.realisation = r;
    // The size is Core::ManagedSize's decision, the one the cost report prices.
    const Core::ManagedSize &size = w.size;
    d.redundant = size.multiAz;
    d.nodes = size.nodes;
    d.storageGiB = size.storageGiB;
    d.instanceClass = size.instanceClass;
    if (size.isSized()) {
        const QString asked = Core::generatedText("%1 CPU and %2 memory asked for")
                                  .arg(Core::Quantity::humanCpu(size.askedCpu),
                                       Core::Quantity::humanMemory(size.askedMemory));
        d.sizeNote = size.fits ? Core::generatedText("%1: the smallest %2 that holds them.")
                                     .arg(asked, size.instanceClass)
                               : Core::generatedText("%1: no class holds them; %2 is the largest.")
                                     .arg(asked, size.instanceClass);
    }
    d.backup = w.deployment->backup;
    d.backupPlan = Core::BackupPlan::of(w.type, r, *w.deployment, Core::Platform::AwsEcs);
    d.port = servicePort(r.kind) > 0 ? servicePort(r.kind) : w.primaryPort();
    const QString version = tagVersion(w.image);
    switch (r.kind) {
    case Kind::Rds: {
        const bool postgres = w.type.id() == QLatin1String("postgresql")
            || w.image.contains(QLatin1String("postgres"));
        d.engine = postgres ? QStringLiteral("postgres") : QStringLiteral("mysql");
        // RDS takes a PostgreSQL major version alone; MySQL wants major.minor.
        d.engineVersion = version.isEmpty()
            ? (postgres ? QStringLiteral("16") : QStringLiteral("8.0"))
            : (postgres ? version.section(QLatin1Char('.'), 0, 0) : version);
        if (!postgres && !d.engineVersion.contains(QLatin1Char('.')))
            d.engineVersion += QLatin1String(".0");
        break;
    }
    case Kind::ElastiCache: {
        d.engine = QStringLiteral("redis");
        const int major = version.section(QLatin1Char('.'), 0, 0).toInt();
        d.engineVersion = major == 6 ? QStringLiteral("6.2") : QStringLiteral("7.1");
        break;
    }
    case Kind::AmazonMq:
        d.engine = QStringLiteral("RabbitMQ");
        d.engineVersion = QStringLiteral("3.13");
        break;
    case Kind::OpenSearch:
        d.engine = QStringLiteral("OpenSearch");
        // The version search clients are matched to (Core::SearchClient).
        d.engineVersion = QStringLiteral("OpenSearch_%1")
                              .arg(QLatin1String(Core::SearchProduct::ManagedOpenSearchVersion));
        break;
    case Kind::DocumentDb:
        d.engine = QStringLiteral("docdb");
        d.engineVersion = QStringLiteral("5.0.0"); // MongoDB 5.0 API, the parameter family's
        break;
    case Kind::S3:
        d.engine = QStringLiteral("s3");
        break;
    default:
        break;
    }
    return d;
}

// Managed services answer on their own port and only over TLS; the model's container settings
// describe the self-hosted image. Adapting a copy of the model and catalog lets the shared resolver
// build URLs that are right on AWS.
void AwsSizes::adapt(Core::Project &project, Core::Catalog &catalog, const Core::Environment &env)
{
    const Core::EnvResolver resolver(project, env, catalog);
    QHash<QString, const Core::Deployment *> deployments; // looked up once per component below
    for (const Core::Deployment &d : env.deployments) {
        if (!deployments.contains(d.component)) // the first, as Environment::deployment() does
            deployments.insert(d.component, &d);
    }
    for (Core::Component &component : project.components) {
        const Core::Deployment *deployment = deployments.value(component.id);
        if (!deployment)
            continue;
        const Core::ComponentType type = catalog.type(component.type);
        const Core::Realisation r = Core::Realisation::of(type, env, *deployment);
        const int port = servicePort(r.kind);
        if (port > 0)
            component.ports = {Core::Port {port, 0, QStringLiteral("TCP"), {}}};
        const QString user = component.properties.value(
            QStringLiteral("user"), type.data().urlDefaults.value(QStringLiteral("user")));
        const QString allowed = allowedUser(r.kind, user);
        if (allowed != user)
            component.properties.insert(QStringLiteral("user"), allowed);
        // ElastiCache takes a password (auth token) only over TLS.
        const bool tls = tlsOnly(r.kind)
            || (r.kind == Kind::ElastiCache && !resolver.passwordSecret(component).isEmpty());
        // DocumentDB supports no retryable writes, which MongoDB drivers use by default.
        if (type.isValid() && r.kind == Kind::DocumentDb
            && !type.data().urlTemplate.contains(QLatin1String("retryWrites"))) {
            Core::ComponentTypeData data = type.data();
            data.urlTemplate += data.urlTemplate.contains(QLatin1Char('?'))
                ? QLatin1String("&retryWrites=false")
                : QLatin1String("?retryWrites=false");
            catalog.add(Core::ComponentType(data));
        }
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

int AwsSizes::servicePort(Core::Realisation::Kind kind)
{
    switch (kind) {
    case Kind::AmazonMq:
        return 5671;
    case Kind::OpenSearch:
    case Kind::S3:
        return 443;
    default:
        return 0;
    }
}

bool AwsSizes::tlsOnly(Core::Realisation::Kind kind)
{
    return kind == Kind::AmazonMq || kind == Kind::OpenSearch || kind == Kind::S3;
}

QString AwsSizes::allowedUser(Core::Realisation::Kind kind, const QString &user)
{
    static const QStringList rdsReserved
        = {QStringLiteral("root"), QStringLiteral("postgres"), QStringLiteral("rdsadmin")};
    if (kind == Kind::Rds && (rdsReserved.contains(user) || user.isEmpty()))
        return QStringLiteral("dbadmin");
    if (kind == Kind::AmazonMq && (user == QLatin1String("guest") || user.isEmpty()))
        return QStringLiteral("app");
    return user;
}

} // namespace Stackdraft::Plugins
