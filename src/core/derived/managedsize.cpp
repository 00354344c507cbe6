#include "core/derived/managedsize.h"

#include "core/derived/effectivedeployment.h"
#include "core/derived/realisation.h"
#include "core/model/quantity.h"

#include <algorithm>

namespace Stackdraft::Core {
namespace {

using Kind = Realisation::Kind;
using Quantity::Gi;
using Quantity::Mi;

struct InstanceClass
{
    const char *name;
    qint64 millicores;
    qint64 memory;
};

// Published sizes (vCPU, memory) of the classes Stackdraft builds, smallest first.
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
const InstanceClass documentClasses[] = {
    {"db.t3.medium", 2000, 4 * Gi},      {"db.r6g.large", 2000, 16 * Gi},
    {"db.r6g.xlarge", 4000, 32 * Gi},    {"db.r6g.2xlarge", 8000, 64 * Gi},
    {"db.r6g.4xlarge", 16000, 128 * Gi},
};
const InstanceClass searchClasses[] = {
    {"t3.small.search", 2000, 2 * Gi},    {"t3.medium.search", 2000, 4 * Gi},
    {"m6g.large.search", 2000, 8 * Gi},   {"r6g.large.search", 2000, 16 * Gi},
    {"r6g.xlarge.search", 4000, 32 * Gi}, {"r6g.2xlarge.search", 8000, 64 * Gi},
};

// The smallest class holding both; the largest, marked as not fitting, when none does.
template<size_t N>
void pick(ManagedSize &size, const InstanceClass (&classes)[N], qint64 millicores, qint64 memory)
{
    const InstanceClass *chosen = &classes[N - 1];
    size.fits = false;
    for (const InstanceClass &c : classes) {
        if (c.millicores >= millicores && c.memory >= memory) {
            chosen = &c;
            size.fits = true;
            break;
        }
    }
    size.instanceClass = QString::fromLatin1(chosen->name);
    size.classCpu = chosen->millicores;
    size.classMemory = chosen->memory;
}

int gibibytes(qint64 bytes)
{
    return int((bytes + Gi - 1) / Gi);
}

} // namespace

ManagedSize ManagedSize::of(const Realisation &r, const EffectiveDeployment &e)
{
    ManagedSize size;
    size.askedCpu = std::max(e.resources.cpuLimit, e.resources.cpuRequest);
    size.askedMemory = std::max(e.resources.memoryLimit, e.resources.memoryRequest);
    size.multiAz = r.redundant;
    size.nodes = e.replicas;
    switch (r.kind) {
    case Kind::Rds:
        pick(size, rdsClasses, size.askedCpu, size.askedMemory);
        size.nodes = 1;
        size.storageGiB = std::max(20, gibibytes(e.storage)); // gp3 starts at 20 GiB
        size.m_availability
            = size.multiAz ? QStringLiteral("multi-az") : QStringLiteral("single-az");
        break;
    case Kind::ElastiCache:
        pick(size, cacheClasses, size.askedCpu, size.askedMemory);
        size.m_availability = QStringLiteral("node");
        break;
    case Kind::AmazonMq:
        // A cluster broker needs an m5 host; t3.micro runs single instances only.
        pick(size, mqClasses, size.askedCpu,
             size.multiAz ? std::max<qint64>(size.askedMemory, 2 * Gi) : size.askedMemory);
        size.nodes = size.multiAz ? 3 : 1;
        // The broker's volume is Amazon MQ's to size (Terraform declares none); what it stores is
        // billed by the GB-month, so the deployment's storage is what is priced and shown.
        size.storageGiB = e.storage > 0 ? gibibytes(e.storage) : 0;
        size.m_availability
            = size.multiAz ? QStringLiteral("cluster") : QStringLiteral("single-instance");
        break;
    case Kind::OpenSearch:
        pick(size, searchClasses, size.askedCpu, size.askedMemory);
        size.storageGiB = std::max(10, gibibytes(e.storage));
        // Zone awareness spreads nodes over two zones: an even count.
        if (size.nodes > 1 && size.nodes % 2 != 0)
            ++size.nodes;
        size.m_availability = QStringLiteral("node");
        size.m_storagePerNode = true;
        break;
    case Kind::DocumentDb:
        // One instance per replica: the primary and its read replicas, spread over the zones.
        pick(size, documentClasses, size.askedCpu, size.askedMemory);
        // The cluster's volume is shared by its instances and grows with what is stored
        // (Terraform declares no size): the deployment's storage is what is priced, once.
        size.storageGiB = e.storage > 0 ? gibibytes(e.storage) : 0;
        size.m_availability = QStringLiteral("node");
        break;
    default:
        size.nodes = 1;
        break;
    }
    return size;
}

QString ManagedSize::text(const Realisation &r) const
{
    if (!isSized())
        return r.name();
    const QString count = m_availability == QLatin1String("node") && nodes > 1
        ? QStringLiteral("%1 × ").arg(nodes)
        : QString();
    switch (r.kind) {
    case Kind::Rds:
        return QStringLiteral("RDS %1%2")
            .arg(instanceClass, multiAz ? QStringLiteral(" Multi-AZ") : QString());
    case Kind::ElastiCache:
        return QStringLiteral("ElastiCache %1%2").arg(count, instanceClass);
    case Kind::AmazonMq:
        return QStringLiteral("Amazon MQ %1%2")
            .arg(instanceClass, multiAz ? QStringLiteral(" cluster") : QString());
    case Kind::OpenSearch:
        return QStringLiteral("OpenSearch %1%2").arg(count, instanceClass);
    case Kind::DocumentDb:
        return QStringLiteral("DocumentDB %1%2").arg(count, instanceClass);
    default:
        return r.name();
    }
}

} // namespace Stackdraft::Core
