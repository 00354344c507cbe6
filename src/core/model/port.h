#pragma once

#include <QString>

namespace Stackdraft::Core {

// A port a component listens on. `published` is the host port in compose (0: not published).
struct Port
{
    int container = 0;
    int published = 0;
    QString protocol = QStringLiteral("TCP"); // TCP or UDP
    QString name; // optional, e.g. "http", "amqp"

    friend bool operator==(const Port &, const Port &) = default;
};

} // namespace Stackdraft::Core
