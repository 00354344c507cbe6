#include "core/model/projectindex.h"

namespace Stackdraft::Core {

namespace {

// Keeps the first of repeated ids, like the linear lookups.
template<typename T>
void insertFirst(QHash<QString, const T *> &hash, const QString &id, const T *item)
{
    const qsizetype before = hash.size();
    const T *&slot = hash[id]; // one lookup: a new slot holds nullptr
    if (hash.size() > before)
        slot = item;
}

} // namespace

ProjectIndex::ProjectIndex(const Project &project)
    : m_project(project)
{
    m_components.reserve(project.components.size());
    for (const Component &c : project.components)
        insertFirst(m_components, c.id, &c);
    m_deployments.resize(size_t(project.environments.size()));
    for (const Environment &env : project.environments)
        insertFirst(m_environments, env.id, &env);
    for (const Connection &c : project.connections) {
        m_from[c.from].append(&c);
        m_to[c.to].append(&c);
    }
}

const Component *ProjectIndex::component(const QString &id) const
{
    return m_components.value(id);
}

const Environment *ProjectIndex::environment(const QString &id) const
{
    return m_environments.value(id);
}

const QHash<QString, const Deployment *> *ProjectIndex::deploymentsOf(const Environment &env) const
{
    // `env` is normally one of the project's own environments (there are a handful).
    for (qsizetype e = 0; e < m_project.environments.size(); ++e) {
        if (&m_project.environments.at(e) != &env)
            continue;
        std::optional<QHash<QString, const Deployment *>> &deployments = m_deployments[size_t(e)];
        if (!deployments) {
            deployments.emplace();
            deployments->reserve(env.deployments.size());
            for (const Deployment &d : env.deployments)
                insertFirst(*deployments, d.component, &d);
        }
        return &*deployments;
    }
    return nullptr;
}

const Deployment *ProjectIndex::deployment(const Environment &env, const QString &componentId) const
{
    if (const QHash<QString, const Deployment *> *deployments = deploymentsOf(env))
        return deployments->value(componentId);
    return env.deployment(componentId); // an environment from elsewhere: look it up the long way
}

} // namespace Stackdraft::Core
