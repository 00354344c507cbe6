#pragma once

#include "core/model/project.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Stackdraft::Core {

// Id lookups over one project in constant time, for the passes that visit every item (reading,
// export, cost, diagrams) and would otherwise scan a list per item: Project::component() and
// Environment::deployment() are linear, which is fine for one lookup and quadratic for a pass.
//
// Built once per pass from a project the pass does not change: it holds pointers into that project
// and is never stored in it, so an edit cannot leave a stale index behind; it just must not outlive
// the pass (or see the project edited while it lives). Ids that appear twice (a model being edited
// can hold them) resolve to the first, as the linear lookups do.
// An environment's deployments are indexed when first asked for (a check or a price of one
// environment asks for one of three), so an index is not shared between threads.
class ProjectIndex final
{
public:
    explicit ProjectIndex(const Project &project);

    const Project &project() const { return m_project; }

    const Component *component(const QString &id) const;
    const Environment *environment(const QString &id) const;
    // The deployment of `componentId` in `env`, one of this project's environments.
    const Deployment *deployment(const Environment &env, const QString &componentId) const;
    bool deploys(const Environment &env, const QString &componentId) const
    {
        return deployment(env, componentId) != nullptr;
    }
    // The connections leaving / reaching a component, in model order.
    QList<const Connection *> connectionsFrom(const QString &componentId) const
    {
        return m_from.value(componentId);
    }
    QList<const Connection *> connectionsTo(const QString &componentId) const
    {
        return m_to.value(componentId);
    }

private:
    const QHash<QString, const Deployment *> *deploymentsOf(const Environment &env) const;

    const Project &m_project;
    QHash<QString, const Component *> m_components;
    QHash<QString, const Environment *> m_environments;
    // Parallel to environments; empty until deploymentsOf() first needs one.
    mutable std::vector<std::optional<QHash<QString, const Deployment *>>> m_deployments;
    QHash<QString, QList<const Connection *>> m_from;
    QHash<QString, QList<const Connection *>> m_to;
};

} // namespace Stackdraft::Core
