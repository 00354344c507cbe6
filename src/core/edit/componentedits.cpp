#include "core/edit/componentedits.h"

#include "core/edit/modelchecks.h"
#include "core/model/naming.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Edit {
namespace {

Status unknownComponent(const QString &id)
{
    return Error {
        QCoreApplication::translate("Stackdraft::Core::Edit", "there is no component '%1'").arg(id),
        {},
        0,
        0,
        {}};
}

// Takes the elements matching `pred` out of `list`, returning them with their original indices
// in ascending order: inserting them back in that order rebuilds the list.
template<typename T, typename Pred> QList<Placed<T>> takeIf(QList<T> &list, Pred pred)
{
    // Read through a const view: a list with nothing to take is left shared, not copied.
    QList<Placed<T>> taken;
    const QList<T> &view = list;
    for (qsizetype i = 0; i < view.size(); ++i) {
        if (pred(view[i]))
            taken.append({i, view[i]});
    }
    for (qsizetype k = taken.size() - 1; k >= 0; --k)
        list.removeAt(taken[k].index);
    return taken;
}

bool refersTo(const EnvVar &var, const QString &id)
{
    return var.kind == EnvVar::Kind::Reference && var.component == id;
}

void takeReferences(QList<EnvVar> &vars, const QString &id, const QString &owner,
                    const QString &environment, QList<RemovedComponent::Reference> &out)
{
    for (const Placed<EnvVar> &var : takeIf(vars, [&](const EnvVar &v) { return refersTo(v, id); }))
        out.append({owner, environment, var});
}

void renameReferences(QList<EnvVar> &vars, const QString &oldId, const QString &newId)
{
    for (qsizetype i = 0; i < vars.size(); ++i) {
        if (refersTo(std::as_const(vars)[i], oldId))
            vars[i].component = newId;
    }
}

} // namespace

QStringList componentIds(const Project &project)
{
    QStringList ids;
    ids.reserve(project.components.size());
    for (const Component &c : project.components)
        ids.append(c.id);
    return ids;
}

QString uniqueComponentId(const Project &project, const QString &base)
{
    return Naming::uniqueDnsLabel(
        base, [&](const QString &id) { return project.component(id) != nullptr; });
}

Status addComponent(Project &project, const Component &component, qsizetype index)
{
    if (Status s = checkNewId(component.id, componentIds(project), IdKind::Component); !s)
        return s;
    if (Status s = checkComponent(project, component); !s)
        return s;
    if (index < 0 || index > project.components.size())
        index = project.components.size();
    project.components.insert(index, component);
    return success();
}

Status setComponent(Project &project, const Component &component)
{
    Component *existing = project.component(component.id);
    if (!existing)
        return unknownComponent(component.id);
    if (Status s = checkComponent(project, component); !s)
        return s;
    *existing = component;
    return success();
}

Result<RemovedComponent> removeComponent(Project &project, const QString &id)
{
    const qsizetype index = project.componentIndex(id);
    if (index < 0)
        return unknownComponent(id).error();
    RemovedComponent removed;
    removed.component = {index, project.components.takeAt(index)};
    for (Environment &env : project.environments) {
        for (const Placed<Deployment> &d :
             takeIf(env.deployments, [&](const Deployment &d) { return d.component == id; }))
            removed.deployments.append({env.id, d});
    }
    removed.connections = takeIf(project.connections,
                                 [&](const Connection &c) { return c.from == id || c.to == id; });
    for (Group &group : project.groups) {
        const qsizetype member = group.members.indexOf(id);
        if (member >= 0) {
            group.members.removeAt(member);
            removed.memberships.append({group.id, member});
        }
    }
    for (Component &c : project.components)
        takeReferences(c.env, id, c.id, {}, removed.references);
    for (Environment &env : project.environments) {
        for (Deployment &d : env.deployments)
            takeReferences(d.envOverrides, id, d.component, env.id, removed.references);
    }
    return removed;
}

void restoreComponent(Project &project, const RemovedComponent &removed)
{
    project.components.insert(removed.component.index, removed.component.value);
    for (const RemovedComponent::Reference &ref : removed.references) {
        QList<EnvVar> *vars = nullptr;
        if (ref.environment.isEmpty()) {
            if (Component *c = project.component(ref.component))
                vars = &c->env;
        } else if (Environment *env = project.environment(ref.environment)) {
            if (Deployment *d = env->deployment(ref.component))
                vars = &d->envOverrides;
        }
        if (vars)
            vars->insert(ref.variable.index, ref.variable.value);
    }
    for (const RemovedComponent::Membership &m : removed.memberships) {
        if (Group *group = project.group(m.group))
            group->members.insert(m.index, removed.component.value.id);
    }
    for (const Placed<Connection> &c : removed.connections)
        project.connections.insert(c.index, c.value);
    for (const RemovedComponent::Deployed &d : removed.deployments) {
        if (Environment *env = project.environment(d.environment))
            env->deployments.insert(d.deployment.index, d.deployment.value);
    }
}

Status renameComponent(Project &project, const QString &oldId, const QString &newId)
{
    Component *component = project.component(oldId);
    if (!component)
        return unknownComponent(oldId);
    if (oldId == newId)
        return success();
    if (Status s = checkNewId(newId, componentIds(project), IdKind::Component); !s)
        return s;
    component->id = newId;
    for (Component &c : project.components)
        renameReferences(c.env, oldId, newId);
    for (Connection &c : project.connections) {
        if (c.from == oldId)
            c.from = newId;
        if (c.to == oldId)
            c.to = newId;
    }
    for (Group &group : project.groups) {
        const qsizetype member = group.members.indexOf(oldId);
        if (member >= 0)
            group.members[member] = newId;
    }
    for (Environment &env : project.environments) {
        for (Deployment &d : env.deployments) {
            if (d.component == oldId)
                d.component = newId;
            renameReferences(d.envOverrides, oldId, newId);
            if (d.autoscaling.queue.from == oldId)
                d.autoscaling.queue.from = newId;
        }
    }
    return success();
}

} // namespace Stackdraft::Core::Edit
