#pragma once

#include <QString>

namespace Stackdraft::Core {

struct Project;

// Where in the model a problem is, by ids rather than list positions: it still names the right
// place after environments are reordered, and a view can select what it names.
struct ProblemLocation
{
    // What `field` is a path within.
    enum class Scope {
        Project, // "connections"
        Environment, // "budget.cpu"
        Deployment, // the deployment of `component` in `environment`: "memory", "expose.tls"
        Component, // the component's shared definition: "image", "env.DB_PASSWORD"
    };

    QString environment; // environment id; empty for project-wide problems
    QString component; // component id; empty when the whole environment is concerned
    Scope scope = Scope::Environment;
    QString field; // a path within the scope, without list indices; may be empty

    static ProblemLocation inEnvironment(const QString &environment, const QString &field);
    static ProblemLocation inDeployment(const QString &environment, const QString &component,
                                        const QString &field = {});
    static ProblemLocation inComponent(const QString &environment, const QString &component,
                                       const QString &field);
    static ProblemLocation inProject(const QString &environment, const QString &component,
                                     const QString &field);

    // Within the project, no indices: "deployments.backend.memory", "components.backend.image".
    QString fieldPath() const;
    // The file's path, with the environment's position:
    // "environments[2].deployments.backend.memory" (what `validate --format json` prints).
    QString modelPath(const Project &project) const;

    friend bool operator==(const ProblemLocation &, const ProblemLocation &) = default;
};

} // namespace Stackdraft::Core
