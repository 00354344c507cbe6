#pragma once

#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

class ComponentType;
struct Component;

// A health check read from another tool (compose `healthcheck.test`, a Kubernetes probe), kept in
// the model's terms: an HTTP check on localhost becomes the healthPath property (and healthTool,
// the program that runs it); a command the catalog type already runs (mysqladmin ping) needs
// nothing; anything else is kept as the healthCommand property, which exporters do not run.
class HealthImport final
{
public:
    enum class Outcome { Kept, KeptAsProperty };

    static Outcome fromCommand(const QStringList &command, const ComponentType &type,
                               Component &component);
    static void fromHttpPath(const QString &path, Component &component);
};

} // namespace Stackdraft::Core
