#include "app/inspector/queuesources.h"

#include "core/catalog/catalog.h"
#include "core/derived/queuescaler.h"
#include "core/model/project.h"

#include <QSet>

namespace Stackdraft::App::QueueSources {

QStringList candidates(const Core::Project &project, const Core::Catalog *catalog,
                       const QString &environmentId, const QString &componentId)
{
    const Core::Environment *environment = project.environment(environmentId);
    if (!environment)
        return {};
    // Everything reachable along connections, plus what connects to the component directly (a
    // broker that pushes to its consumer is still the consumer's broker).
    QSet<QString> linked;
    QStringList pending {componentId};
    while (!pending.isEmpty()) {
        const QString from = pending.takeFirst();
        for (const Core::Connection &c : project.connections) {
            if (c.from == from && !linked.contains(c.to)) {
                linked.insert(c.to);
                pending << c.to;
            }
        }
    }
    for (const Core::Connection &c : project.connections) {
        if (c.to == componentId)
            linked.insert(c.from);
    }
    linked.remove(componentId);
    QStringList result;
    for (const Core::Component &component : project.components) {
        if (!linked.contains(component.id) || !environment->deployment(component.id))
            continue;
        if (catalog && !Core::QueueScaler::of(catalog->type(component.type)).isValid())
            continue;
        result << component.id;
    }
    return result;
}

} // namespace Stackdraft::App::QueueSources
