#include "core/model/component.h"

namespace Stackdraft::Core {

const EnvVar *Component::envVar(const QString &name) const
{
    for (const EnvVar &var : env) {
        if (var.name == name)
            return &var;
    }
    return nullptr;
}

} // namespace Stackdraft::Core
