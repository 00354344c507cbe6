#pragma once

#include "core/model/envvar.h"

#include <QString>

#include <optional>

namespace Stackdraft::Core {

class ComponentType;

// Whether one component can open a connection to another, from what the catalog says about their
// types, and what a new connection between them should start with. The rule is general: it reads
// categories, ports and offered URLs, never type ids, so a user catalog's types follow it too.
class ConnectionRule final
{
public:
    enum class Refusal {
        SameComponent, // a component connecting to itself
        TargetListensNowhere, // the target has no port, no URL and faces no traffic (end users)
        // Data stores and brokers answer; they open connections only to their own kind
        // (replication, federation) and to monitoring.
        PassiveSource,
    };

    // Nothing when the connection makes sense.
    static std::optional<Refusal> check(const ComponentType &from, const ComponentType &to,
                                        bool sameComponent = false);

    // A label naming the protocol the target speaks: its primary port's name in its usual spelling
    // ("http" → "HTTP", "mysql" → "MySQL"), "HTTPS" for an entry point without ports, or empty.
    static QString proposedLabel(const ComponentType &to);

    // The variable a client of `to` reads its URL from (`DATABASE_URL: {from: mysql}`), when the
    // target's type offers one; `toId` is the target component's id.
    static std::optional<EnvVar> proposedVariable(const ComponentType &from,
                                                  const ComponentType &to, const QString &toId);
};

} // namespace Stackdraft::Core
