#include "core/validation/problemlocation.h"

#include "core/model/project.h"

namespace Stackdraft::Core {
namespace {

QString joined(const QString &base, const QString &field)
{
    return field.isEmpty() ? base : base + QLatin1Char('.') + field;
}

} // namespace

ProblemLocation ProblemLocation::inEnvironment(const QString &environment, const QString &field)
{
    return {environment, {}, Scope::Environment, field};
}

ProblemLocation ProblemLocation::inDeployment(const QString &environment, const QString &component,
                                              const QString &field)
{
    return {environment, component, Scope::Deployment, field};
}

ProblemLocation ProblemLocation::inComponent(const QString &environment, const QString &component,
                                             const QString &field)
{
    return {environment, component, Scope::Component, field};
}

ProblemLocation ProblemLocation::inProject(const QString &environment, const QString &component,
                                           const QString &field)
{
    return {environment, component, Scope::Project, field};
}

QString ProblemLocation::fieldPath() const
{
    switch (scope) {
    case Scope::Project:
    case Scope::Environment:
        return field;
    case Scope::Deployment:
        return joined(QStringLiteral("deployments.") + component, field);
    case Scope::Component:
        return joined(QStringLiteral("components.") + component, field);
    }
    return field;
}

QString ProblemLocation::modelPath(const Project &project) const
{
    if (scope != Scope::Environment && scope != Scope::Deployment)
        return fieldPath();
    qsizetype index = 0;
    while (index < project.environments.size() && project.environments.at(index).id != environment)
        ++index;
    return joined(QStringLiteral("environments[%1]").arg(index), fieldPath());
}

} // namespace Stackdraft::Core
