#pragma once

#include "core/edit/placed.h"
#include "core/model/project.h"

#include <QList>
#include <QString>

namespace Stackdraft::Core::Edit {

// Everything removeComponent() took out of a project, with positions, so that restoreComponent()
// gives back exactly the project it started from.
struct RemovedComponent
{
    struct Deployed
    {
        QString environment;
        Placed<Deployment> deployment;
        friend bool operator==(const Deployed &, const Deployed &) = default;
    };
    struct Membership
    {
        QString group;
        qsizetype index = -1;
        friend bool operator==(const Membership &, const Membership &) = default;
    };
    // A `from:` variable that named the removed component; it would dangle (and the file would no
    // longer load), so it goes too. `environment` is empty for a component's own variable.
    struct Reference
    {
        QString component;
        QString environment;
        Placed<EnvVar> variable;
        friend bool operator==(const Reference &, const Reference &) = default;
    };

    Placed<Component> component;
    QList<Deployed> deployments; // in environment order
    QList<Placed<Connection>> connections; // ascending index
    QList<Membership> memberships;
    QList<Reference> references; // in model order, ascending index within each list

    friend bool operator==(const RemovedComponent &, const RemovedComponent &) = default;
};

} // namespace Stackdraft::Core::Edit
