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
    // Identity for edits and undo (see ConnectionIds): unique in the project, never changed by an
    // edit once assigned. Empty only in projects built in code that have not been given ids yet.
    QString id;

    friend bool operator==(const Connection &, const Connection &) = default;
};

} // namespace Stackdraft::Core
