#include "document/documentmutator.h"

#include "core/catalog/catalog.h"
#include "core/edit/componentedits.h"
#include "core/edit/connectionedits.h"
#include "core/edit/deploymentedits.h"
#include "core/edit/environmentedits.h"
#include "core/edit/groupedits.h"
#include "document/projectdocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace Stackdraft::Document {
namespace {

bool refersTo(const QList<Core::EnvVar> &vars, const QString &id)
{
    return std::any_of(vars.cbegin(), vars.cend(), [&](const Core::EnvVar &v) {
        return v.kind == Core::EnvVar::Kind::Reference && v.component == id;
    });
}

// What holds a reference to a component, found before a rename so that each holder can be
// announced under its new state.
struct ReferenceHolders
{
    QStringList components;
    QList<std::pair<QString, QString>> deployments; // environment, component
    QStringList connections;
    QStringList groups;
};

ReferenceHolders referenceHolders(const Core::Project &project, const QString &id)
{
    ReferenceHolders holders;
    for (const Core::Component &c : project.components) {
        if (c.id != id && refersTo(c.env, id))
            holders.components.append(c.id);
    }
    for (const Core::Environment &env : project.environments) {
        for (const Core::Deployment &d : env.deployments) {
            if (d.component != id && refersTo(d.envOverrides, id))
                holders.deployments.append({env.id, d.component});
        }
    }
    for (const Core::Connection &c : project.connections) {
        if (c.from == id || c.to == id)
            holders.connections.append(c.id);
    }
    for (const Core::Group &g : project.groups) {
        if (g.members.contains(id))
            holders.groups.append(g.id);
    }
    return holders;
}

} // namespace

DocumentMutator::DocumentMutator(ProjectDocument &document)
    : m_document(document)
{
    m_document.m_dirty = false;
}

DocumentMutator::~DocumentMutator()
{
    if (std::exchange(m_document.m_dirty, false))
        emit m_document.changed();
}

const Core::Project &DocumentMutator::project() const
{
    return m_document.m_project;
}

void DocumentMutator::refuse(const Core::Error &error)
{
    m_document.m_refusal = error;
}

Core::Status DocumentMutator::checkType(const Core::Component &component) const
{
    if (m_document.m_catalog.contains(component.type))
        return Core::success();
    return Core::Error {
        QCoreApplication::translate("Stackdraft::Core::Edit", "unknown component type '%1'")
            .arg(component.type),
        {},
        0,
        0,
        QStringLiteral("type")};
}

Core::Status DocumentMutator::addComponent(const Core::Component &component, qsizetype index)
{
    if (Core::Status s = checkType(component); !s)
        return s;
    if (Core::Status s = Core::Edit::addComponent(m_document.m_project, component, index); !s)
        return s;
    m_document.m_dirty = true;
    emit m_document.componentAdded(component.id);
    return Core::success();
}

Core::Status DocumentMutator::setComponent(const Core::Component &component)
{
    const Core::Component *existing = m_document.m_project.component(component.id);
    if (existing && *existing == component)
        return Core::success();
    if (Core::Status s = checkType(component); !s)
        return s;
    if (Core::Status s = Core::Edit::setComponent(m_document.m_project, component); !s)
        return s;
    m_document.m_dirty = true;
    emit m_document.componentChanged(component.id);
    return Core::success();
}

Core::Result<Core::Edit::RemovedComponent> DocumentMutator::removeComponent(const QString &id)
{
    Core::Result<Core::Edit::RemovedComponent> removed
        = Core::Edit::removeComponent(m_document.m_project, id);
    if (!removed)
        return removed;
    m_document.m_dirty = true;
    for (const Core::Edit::Placed<Core::Connection> &c : removed->connections)
        emit m_document.connectionRemoved(c.value.id);
    for (const Core::Edit::RemovedComponent::Deployed &d : removed->deployments)
        emit m_document.deploymentRemoved(d.environment, id);
    for (const Core::Edit::RemovedComponent::Membership &m : removed->memberships)
        emit m_document.groupChanged(m.group);
    emitReferenceOwners(removed->references);
    emit m_document.componentRemoved(id);
    return removed;
}

void DocumentMutator::restoreComponent(const Core::Edit::RemovedComponent &removed)
{
    Core::Edit::restoreComponent(m_document.m_project, removed);
    m_document.m_dirty = true;
    const QString &id = removed.component.value.id;
    emit m_document.componentAdded(id);
    for (const Core::Edit::RemovedComponent::Deployed &d : removed.deployments)
        emit m_document.deploymentAdded(d.environment, id);
    for (const Core::Edit::Placed<Core::Connection> &c : removed.connections)
        emit m_document.connectionAdded(c.value.id);
    for (const Core::Edit::RemovedComponent::Membership &m : removed.memberships)
        emit m_document.groupChanged(m.group);
    emitReferenceOwners(removed.references);
}

void DocumentMutator::emitReferenceOwners(
    const QList<Core::Edit::RemovedComponent::Reference> &references)
{
    QString last;
    for (const Core::Edit::RemovedComponent::Reference &ref : references) {
        const QString key = ref.environment + QLatin1Char('/') + ref.component;
        if (key == last) // a component's variables are consecutive: announce it once
            continue;
        last = key;
        if (ref.environment.isEmpty())
            emit m_document.componentChanged(ref.component);
        else
            emit m_document.deploymentChanged(ref.environment, ref.component);
    }
}

Core::Status DocumentMutator::renameComponent(const QString &oldId, const QString &newId)
{
    const ReferenceHolders holders = referenceHolders(m_document.m_project, oldId);
    if (Core::Status s = Core::Edit::renameComponent(m_document.m_project, oldId, newId); !s)
        return s;
    if (oldId == newId)
        return Core::success();
    m_document.m_dirty = true;
    emit m_document.componentRenamed(oldId, newId);
    for (const QString &component : holders.components)
        emit m_document.componentChanged(component);
    for (const auto &[environment, component] : holders.deployments)
        emit m_document.deploymentChanged(environment, component);
    for (const QString &connection : holders.connections)
        emit m_document.connectionChanged(connection);
    for (const QString &group : holders.groups)
        emit m_document.groupChanged(group);
    return Core::success();
}

Core::Status DocumentMutator::deploy(const QString &environmentId,
                                     const Core::Deployment &deployment, qsizetype index)
{
    if (Core::Status s = Core::Edit::deploy(m_document.m_project, environmentId, deployment, index);
        !s)
        return s;
    m_document.m_dirty = true;
    emit m_document.deploymentAdded(environmentId, deployment.component);
    return Core::success();
}

Core::Result<Core::Edit::Placed<Core::Deployment>>
DocumentMutator::undeploy(const QString &environmentId, const QString &componentId)
{
    auto removed = Core::Edit::undeploy(m_document.m_project, environmentId, componentId);
    if (!removed)
        return removed;
    m_document.m_dirty = true;
    emit m_document.deploymentRemoved(environmentId, componentId);
    return removed;
}

Core::Status DocumentMutator::setDeployment(const QString &environmentId,
                                            const Core::Deployment &deployment)
{
    const Core::Environment *env = m_document.m_project.environment(environmentId);
    const Core::Deployment *existing = env ? env->deployment(deployment.component) : nullptr;
    if (existing && *existing == deployment)
        return Core::success();
    if (Core::Status s = Core::Edit::setDeployment(m_document.m_project, environmentId, deployment);
        !s)
        return s;
    m_document.m_dirty = true;
    emit m_document.deploymentChanged(environmentId, deployment.component);
    return Core::success();
}

Core::Status DocumentMutator::moveNodes(const QString &environmentId,
                                        const QHash<QString, QPointF> &positions)
{
    if (Core::Status s = Core::Edit::moveNodes(m_document.m_project, environmentId, positions); !s)
        return s;
    m_document.m_dirty = true;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        emit m_document.deploymentChanged(environmentId, it.key());
    return Core::success();
}

Core::Result<QString> DocumentMutator::addConnection(const Core::Connection &connection,
                                                     qsizetype index)
{
    Core::Result<QString> id = Core::Edit::addConnection(m_document.m_project, connection, index);
    if (!id)
        return id;
    m_document.m_dirty = true;
    emit m_document.connectionAdded(id.value());
    return id;
}

Core::Result<Core::Edit::Placed<Core::Connection>>
DocumentMutator::removeConnection(const QString &id)
{
    auto removed = Core::Edit::removeConnection(m_document.m_project, id);
    if (!removed)
        return removed;
    m_document.m_dirty = true;
    emit m_document.connectionRemoved(id);
    return removed;
}

Core::Status DocumentMutator::setConnection(const Core::Connection &connection)
{
    const Core::Connection *existing = m_document.m_project.connection(connection.id);
    if (existing && *existing == connection)
        return Core::success();
    if (Core::Status s = Core::Edit::setConnection(m_document.m_project, connection); !s)
        return s;
    m_document.m_dirty = true;
    emit m_document.connectionChanged(connection.id);
    return Core::success();
}

Core::Status DocumentMutator::createGroup(const Core::Group &group, qsizetype index)
{
    if (Core::Status s = Core::Edit::createGroup(m_document.m_project, group, index); !s)
        return s;
    m_document.m_dirty = true;
    emit m_document.groupAdded(group.id);
    return Core::success();
}

Core::Result<Core::Edit::Placed<Core::Group>> DocumentMutator::removeGroup(const QString &id)
{
    auto removed = Core::Edit::removeGroup(m_document.m_project, id);
    if (!removed)
        return removed;
    m_document.m_dirty = true;
    emit m_document.groupRemoved(id);
    return removed;
}

Core::Status DocumentMutator::setGroup(const Core::Group &group)
{
    const Core::Group *existing = m_document.m_project.group(group.id);
    if (existing && *existing == group)
        return Core::success();
    if (Core::Status s = Core::Edit::setGroup(m_document.m_project, group); !s)
        return s;
    m_document.m_dirty = true;
    emit m_document.groupChanged(group.id);
    return Core::success();
}

Core::Status DocumentMutator::addEnvironment(const Core::Environment &environment, qsizetype index)
{
    if (Core::Status s = Core::Edit::addEnvironment(m_document.m_project, environment, index); !s)
        return s;
    m_document.m_dirty = true;
    emit m_document.environmentAdded(environment.id);
    return Core::success();
}

Core::Result<Core::Edit::Placed<Core::Environment>>
DocumentMutator::removeEnvironment(const QString &id)
{
    auto removed = Core::Edit::removeEnvironment(m_document.m_project, id);
    if (!removed)
        return removed;
    m_document.m_dirty = true;
    emit m_document.environmentRemoved(id);
    return removed;
}

Core::Status DocumentMutator::renameEnvironment(const QString &oldId, const QString &newId)
{
    if (Core::Status s = Core::Edit::renameEnvironment(m_document.m_project, oldId, newId); !s)
        return s;
    if (oldId == newId)
        return Core::success();
    m_document.m_dirty = true;
    emit m_document.environmentRenamed(oldId, newId);
    return Core::success();
}

Core::Status DocumentMutator::moveEnvironment(const QString &id, qsizetype index)
{
    const qsizetype from = m_document.m_project.environmentIndex(id);
    if (Core::Status s = Core::Edit::moveEnvironment(m_document.m_project, id, index); !s)
        return s;
    if (from == index)
        return Core::success();
    m_document.m_dirty = true;
    emit m_document.environmentsReordered();
    return Core::success();
}

Core::Status DocumentMutator::setEnvironmentSettings(const Core::Environment &settings)
{
    const Core::Environment *existing = m_document.m_project.environment(settings.id);
    if (existing) {
        Core::Environment same = settings;
        same.deployments = existing->deployments;
        if (same == *existing)
            return Core::success();
    }
    if (Core::Status s = Core::Edit::setEnvironmentSettings(m_document.m_project, settings); !s)
        return s;
    m_document.m_dirty = true;
    emit m_document.environmentChanged(settings.id);
    return Core::success();
}

Core::Status DocumentMutator::setProjectSettings(const Core::Edit::ProjectSettings &settings)
{
    if (Core::Edit::projectSettings(m_document.m_project) == settings)
        return Core::success();
    if (Core::Status s = Core::Edit::setProjectSettings(m_document.m_project, settings); !s)
        return s;
    m_document.m_dirty = true;
    emit m_document.projectSettingsChanged();
    return Core::success();
}

} // namespace Stackdraft::Document
