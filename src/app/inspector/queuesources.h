#pragma once

#include <QString>
#include <QStringList>

namespace Stackdraft::Core {
class Catalog;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::App {

// The brokers a deployment can scale on the queue length of: components deployed in the same
// environment that it is connected to (either way) or reaches through its connections, and whose
// queue length Stackdraft can read (Core::QueueScaler), in project order. Without a catalog the
// scaler cannot be asked, and every such component is offered.
namespace QueueSources {

QStringList candidates(const Core::Project &project, const Core::Catalog *catalog,
                       const QString &environmentId, const QString &componentId);

} // namespace QueueSources
} // namespace Stackdraft::App
