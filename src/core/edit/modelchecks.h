#pragma once

#include "core/model/project.h"
#include "core/result.h"

// What an edit must respect so that the project file it leads to loads again: the reader's
// structural rules (docs/file-format.md, "Reading and errors") applied to one value. Design
// problems (zero replicas, autoscaling min > max, a limit under its request) are left to
// validation, as they are for a file. Each check answers a Status whose Error names the field
// (relative to the value checked, e.g. "ports[1].container") and says why.
namespace Stackdraft::Core::Edit {

enum class IdKind { Component, Group, Environment };
// A new id of that kind: a DNS-1123 label not in `taken`.
Status checkNewId(const QString &id, const QStringList &taken, IdKind kind);

// Everything but the id and the catalog type (the caller holds the catalog): ports, variables
// (names, references to `component` itself or to components of `project`, secret names), property
// names.
Status checkComponent(const Project &project, const Component &component);
// `self`: a component id references may name besides the project's (a component being added).
Status checkEnvVars(const Project &project, const QList<EnvVar> &vars, const QString &field,
                    const QString &self = {});
// The component exists in `project`; numbers in range, quantities that survive writing, paths.
Status checkDeployment(const Project &project, const Deployment &deployment);
// Everything of an environment but its id and its deployments.
Status checkEnvironmentSettings(const Environment &environment);
// Ends exist and differ; port 0 (the target's primary port) or 1-65535; a non-empty id.
Status checkConnection(const Project &project, const Connection &connection);
// Members exist, once each.
Status checkGroupMembers(const Project &project, const QStringList &members);

} // namespace Stackdraft::Core::Edit
