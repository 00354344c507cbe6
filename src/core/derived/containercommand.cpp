#include "core/derived/containercommand.h"

#include "core/catalog/componenttype.h"
#include "core/model/component.h"
#include "core/model/deployment.h"

namespace Stackdraft::Core {

ContainerCommand ContainerCommand::of(const ComponentType &type, const Component &component,
                                      const Deployment *deployment)
{
    ContainerCommand result {{}, type.data().command};
    auto apply = [&result](const QStringList &command, const QStringList &args) {
        if (!command.isEmpty())
            result = {command, args};
        else if (!args.isEmpty())
            result.args = args;
    };
    apply(component.command, component.args);
    if (deployment)
        apply(deployment->command, deployment->args);
    return result;
}

} // namespace Stackdraft::Core
