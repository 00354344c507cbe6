#include "core/model/project.h"

#include <QHash>
#include <QSet>

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

namespace {

template<typename List> qsizetype indexById(const List &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return i;
    }
    return -1;
}

} // namespace

const Connection *Project::connection(const QString &id) const
{
    const qsizetype i = connectionIndex(id);
    return i < 0 ? nullptr : &connections[i];
}

Connection *Project::connection(const QString &id)
{
    const qsizetype i = connectionIndex(id);
    return i < 0 ? nullptr : &connections[i];
}

const Group *Project::group(const QString &id) const
{
    const qsizetype i = groupIndex(id);
    return i < 0 ? nullptr : &groups[i];
}

Group *Project::group(const QString &id)
{
    const qsizetype i = groupIndex(id);
    return i < 0 ? nullptr : &groups[i];
}

qsizetype Project::componentIndex(const QString &id) const
{
    return indexById(components, id);
}

qsizetype Project::connectionIndex(const QString &id) const
{
    return indexById(connections, id);
}

qsizetype Project::groupIndex(const QString &id) const
{
    return indexById(groups, id);
}

qsizetype Project::environmentIndex(const QString &id) const
{
    return indexById(environments, id);
}

QList<Connection> Project::activeConnections(const Environment &env) const
{
    QSet<QString> deployed;
    deployed.reserve(env.deployments.size());
    for (const Deployment &d : env.deployments)
        deployed.insert(d.component);
    QList<Connection> active;
    for (const Connection &c : connections) {
        if (deployed.contains(c.from) && deployed.contains(c.to))
            active.append(c);
    }
    return active;
}

QList<const Component *> Project::deployedComponents(const Environment &env) const
{
    QList<const Component *> deployed;
    for (const auto &pair : deployments(env))
        deployed.append(pair.first);
    return deployed;
}

QList<std::pair<const Component *, const Deployment *>>
Project::deployments(const Environment &env) const
{
    QHash<QString, const Deployment *> byComponent;
    byComponent.reserve(env.deployments.size());
    for (const Deployment &d : env.deployments)
        byComponent.insert(d.component, &d);
    QList<std::pair<const Component *, const Deployment *>> found;
    found.reserve(byComponent.size());
    for (const Component &c : components) {
        if (const Deployment *d = byComponent.value(c.id))
            found.append({&c, d});
    }
    return found;
}

QList<EnvVar> Project::effectiveEnv(const Component &component, const Environment &env) const
{
    return effectiveEnv(component, env.deployment(component.id));
}

QList<EnvVar> Project::effectiveEnv(const Component &component, const Deployment *deployment)
{
    QList<EnvVar> vars = component.env;
    if (!deployment || deployment->envOverrides.isEmpty())
        return vars;
    // A few overrides are matched by name directly; many (generated designs carry thousands) go
    // through a hash, so this stays linear.
    constexpr qsizetype HashFrom = 8;
    QHash<QString, qsizetype> position;
    if (deployment->envOverrides.size() >= HashFrom) {
        position.reserve(vars.size());
        for (qsizetype i = 0; i < vars.size(); ++i) {
            if (!position.contains(vars.at(i).name)) // the first of a name, as the scan finds
                position.insert(vars.at(i).name, i);
        }
    }
    for (const EnvVar &override : deployment->envOverrides) {
        qsizetype at = -1;
        if (deployment->envOverrides.size() >= HashFrom) {
            at = position.value(override.name, -1);
        } else {
            for (qsizetype i = 0; i < vars.size() && at < 0; ++i) {
                if (vars.at(i).name == override.name)
                    at = i;
            }
        }
        if (at >= 0) {
            vars[at] = override;
        } else {
            if (deployment->envOverrides.size() >= HashFrom)
                position.insert(override.name, vars.size());
            vars.append(override);
        }
    }
    return vars;
}

} // namespace Stackdraft::Core
