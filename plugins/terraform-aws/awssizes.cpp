#include "awssizes.h"

#include "core/export/generatedtext.h"
#include "core/export/workload.h"
#include "core/model/component.h"
#include "core/model/quantity.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stackdraft::Plugins {
namespace {

using Kind = Core::Realisation::Kind;
using Core::Quantity::Gi;
using Core::Quantity::Mi;

struct InstanceClass
{
    const char *name;
    qint64 millicores;
    qint64 memory;
};

// Smallest class holding both the CPU and the memory asked for; the largest when none does.
template<size_t N>
const InstanceClass &pick(const InstanceClass (&classes)[N], qint64 millicores, qint64 memory)
{
    for (const InstanceClass &c : classes) {
        if (c.millicores >= millicores && c.memory >= memory)
            return c;
    }
    return classes[N - 1];
}

const InstanceClass rdsClasses[] = {
    {"db.t4g.micro", 2000, 1 * Gi},     {"db.t4g.small", 2000, 2 * Gi},
    {"db.t4g.medium", 2000, 4 * Gi},    {"db.t4g.large", 2000, 8 * Gi},
    {"db.t4g.xlarge", 4000, 16 * Gi},   {"db.t4g.2xlarge", 8000, 32 * Gi},
    {"db.m6g.4xlarge", 16000, 64 * Gi},
};
const InstanceClass cacheClasses[] = {
    {"cache.t4g.micro", 2000, 512 * Mi},    {"cache.t4g.small", 2000, 1403 * Mi},
    {"cache.t4g.medium", 2000, 3164 * Mi},  {"cache.m6g.large", 2000, 6533 * Mi},
    {"cache.m6g.xlarge", 4000, 13241 * Mi}, {"cache.m6g.2xlarge", 8000, 26317 * Mi},
};
const InstanceClass mqClasses[] = {
    {"mq.t3.micro", 2000, 1 * Gi},     {"mq.m5.large", 2000, 8 * Gi},
    {"mq.m5.xlarge", 4000, 16 * Gi},   {"mq.m5.2xlarge", 8000, 32 * Gi},
    {"mq.m5.4xlarge", 16000, 64 * Gi},
};
const InstanceClass searchClasses[] = {
    {"t3.small.search", 2000, 2 * Gi},    {"t3.medium.search", 2000, 4 * Gi},
    {"m6g.large.search", 2000, 8 * Gi},   {"r6g.large.search", 2000, 16 * Gi},
    {"r6g.xlarge.search", 4000, 32 * Gi}, {"r6g.2xlarge.search", 8000, 64 * Gi},
};

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
    const Core::Deployment &deployment = *w.deployment;
    const qint64 cpu = std::max(w.resources.cpuLimit, w.resources.cpuRequest);
    const qint64 memory = std::max(w.resources.memoryLimit, w.resources.memoryRequest);
    d.redundant = deployment.mode == Core::DeploymentMode::Replicated
        || deployment.mode == Core::DeploymentMode::Cluster || w.replicas > 1;
    d.nodes = std::max(1, w.replicas);
    d.backup = deployment.backup;
    d.port = servicePort(r.kind) > 0 ? servicePort(r.kind) : w.primaryPort();
    const int storageGiB = int((w.storage + Gi - 1) / Gi);
    const QString version = tagVersion(w.image);
    const QString asked
        = Core::generatedText("%1 CPU and %2 memory asked for")
              .arg(Core::Quantity::humanCpu(cpu), Core::Quantity::humanMemory(memory));

    auto sized = [&](const InstanceClass &c) {
        d.instanceClass = QString::fromLatin1(c.name);
        d.sizeNote = Core::generatedText("%1: the smallest %2 that holds them.")
                         .arg(asked, QString::fromLatin1(c.name));
    };
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
        sized(pick(rdsClasses, cpu, memory));
        d.storageGiB = std::max(20, storageGiB); // gp3 starts at 20 GiB
        break;
    }
    case Kind::ElastiCache: {
        d.engine = QStringLiteral("redis");
        const int major = version.section(QLatin1Char('.'), 0, 0).toInt();
        d.engineVersion = major == 6 ? QStringLiteral("6.2") : QStringLiteral("7.1");
        sized(pick(cacheClasses, cpu, memory));
        break;
    }
    case Kind::AmazonMq:
        d.engine = QStringLiteral("RabbitMQ");
        d.engineVersion = QStringLiteral("3.13");
        // A cluster broker needs an m5 host; t3.micro runs single instances only.
        sized(pick(mqClasses, cpu, d.redundant ? std::max<qint64>(memory, 2 * Gi) : memory));
        d.nodes = d.redundant ? 3 : 1;
        break;
    case Kind::OpenSearch:
        d.engine = QStringLiteral("OpenSearch");
        d.engineVersion = QStringLiteral("OpenSearch_2.13");
        sized(pick(searchClasses, cpu, memory));
        d.storageGiB = std::max(10, storageGiB);
        // Zone awareness spreads nodes over two zones: an even count.
        if (d.nodes > 1 && d.nodes % 2 != 0)
            ++d.nodes;
        break;
    case Kind::S3:
        d.engine = QStringLiteral("s3");
        break;
    default:
        break;
    }
    return d;
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
