#include "core/model/project.h"

namespace Stackdraft::Core {

const Component *Project::component(const QString &id) const
{
    for (const Component &c : components) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

// Iterates mutably so that a list shared with a copy of this project detaches before it is edited.
Component *Project::component(const QString &id)
{
    for (Component &c : components) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Environment *Project::environment(const QString &id) const
{
    for (const Environment &e : environments) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

Environment *Project::environment(const QString &id)
{
    for (Environment &e : environments) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QList<Connection> Project::activeConnections(const Environment &env) const
{
    QList<Connection> active;
    for (const Connection &c : connections) {
        if (env.deploys(c.from) && env.deploys(c.to))
            active.append(c);
    }
    return active;
}

QList<const Component *> Project::deployedComponents(const Environment &env) const
{
    QList<const Component *> deployed;
    for (const Component &c : components) {
        if (env.deploys(c.id))
            deployed.append(&c);
    }
    return deployed;
}

QList<EnvVar> Project::effectiveEnv(const Component &component, const Environment &env) const
{
    QList<EnvVar> vars = component.env;
    const Deployment *deployment = env.deployment(component.id);
    if (!deployment)
        return vars;
    for (const EnvVar &override : deployment->envOverrides) {
        auto it = std::find_if(vars.begin(), vars.end(),
                               [&](const EnvVar &v) { return v.name == override.name; });
        if (it != vars.end())
            *it = override;
        else
            vars.append(override);
    }
    return vars;
}

} // namespace Stackdraft::Core
