#include "core/catalog/connectionrule.h"

#include "core/catalog/componenttype.h"

#include <QHash>

namespace Stackdraft::Core {
namespace {

bool isPassive(const QString &category)
{
    return category == QLatin1String("data") || category == QLatin1String("messaging");
}

bool acceptsConnections(const ComponentType &type)
{
    return !type.defaultPorts().isEmpty() || type.isEntryPoint() || type.offersUrl();
}

} // namespace

std::optional<ConnectionRule::Refusal>
ConnectionRule::check(const ComponentType &from, const ComponentType &to, bool sameComponent)
{
    if (sameComponent)
        return Refusal::SameComponent;
    // Unknown types (a catalog that lost one) are not second-guessed.
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    if (!acceptsConnections(to))
        return Refusal::TargetListensNowhere;
    if (isPassive(from.category()) && to.category() != from.category()
        && to.category() != QLatin1String("observability"))
        return Refusal::PassiveSource;
    return std::nullopt;
}

QString ConnectionRule::proposedLabel(const ComponentType &to)
{
    static const QHash<QString, QString> spellings = {
        {QStringLiteral("http"), QStringLiteral("HTTP")},
        {QStringLiteral("https"), QStringLiteral("HTTPS")},
        {QStringLiteral("grpc"), QStringLiteral("gRPC")},
        {QStringLiteral("amqp"), QStringLiteral("AMQP")},
        {QStringLiteral("mysql"), QStringLiteral("MySQL")},
        {QStringLiteral("postgres"), QStringLiteral("PostgreSQL")},
        {QStringLiteral("mongodb"), QStringLiteral("MongoDB")},
        {QStringLiteral("redis"), QStringLiteral("Redis")},
        {QStringLiteral("s3"), QStringLiteral("S3")},
    };
    const QList<Port> ports = to.defaultPorts();
    if (!ports.isEmpty() && !ports.first().name.isEmpty())
        return spellings.value(ports.first().name, ports.first().name);
    if (to.isEntryPoint())
        return QStringLiteral("HTTPS");
    return {};
}

std::optional<EnvVar> ConnectionRule::proposedVariable(const ComponentType &from,
                                                       const ComponentType &to, const QString &toId)
{
    if (!to.offersUrl() || to.data().urlEnvName.isEmpty() || from.isExternal())
        return std::nullopt;
    return EnvVar::reference(to.data().urlEnvName, toId);
}

} // namespace Stackdraft::Core
