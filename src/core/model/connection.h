#pragma once

#include <QString>

namespace Stackdraft::Core {

// A directed dependency: `from` calls or uses `to`. Active in an environment only where both ends
// are deployed there.
struct Connection
{
    QString from;
    QString to;
    QString label; // "REST / WebSocket", "AMQP", ...
    int port = 0; // 0: the target's primary port

    friend bool operator==(const Connection &, const Connection &) = default;
};

} // namespace Stackdraft::Core
