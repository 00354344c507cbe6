#include "core/edit/deploymentedits.h"

#include "core/edit/modelchecks.h"

#include <QCoreApplication>

#include <cmath>

namespace Stackdraft::Core::Edit {
namespace {

Error refusal(const QString &message)
{
    return Error {message, {}, 0, 0, {}};
}

Result<Environment *> environment(Project &project, const QString &id)
{
    if (Environment *env = project.environment(id))
        return env;
    return refusal(
        QCoreApplication::translate("Stackdraft::Core::Edit", "there is no environment '%1'")
            .arg(id));
}

Result<Deployment *> deployed(Project &project, const QString &environmentId,
                              const QString &componentId)
{
    Result<Environment *> env = environment(project, environmentId);
    if (!env)
        return env.error();
    if (Deployment *d = env.value()->deployment(componentId))
        return d;
    return refusal(QCoreApplication::translate("Stackdraft::Core::Edit",
                                               "'%1' is not deployed in environment '%2'")
                       .arg(componentId, environmentId));
}

} // namespace

Status deploy(Project &project, const QString &environmentId, const Deployment &deployment,
              qsizetype index)
{
    Result<Environment *> env = environment(project, environmentId);
    if (!env)
        return env.error();
    if (env.value()->deploys(deployment.component))
        return refusal(QCoreApplication::translate("Stackdraft::Core::Edit",
                                                   "'%1' is already deployed in environment '%2'")
                           .arg(deployment.component, environmentId));
    if (Status s = checkDeployment(project, deployment); !s)
        return s;
    QList<Deployment> &list = env.value()->deployments;
    if (index < 0 || index > list.size())
        index = list.size();
    list.insert(index, deployment);
    return success();
}

Result<Placed<Deployment>> undeploy(Project &project, const QString &environmentId,
                                    const QString &componentId)
{
    Result<Environment *> env = environment(project, environmentId);
    if (!env)
        return env.error();
    QList<Deployment> &list = env.value()->deployments;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].component == componentId)
            return Placed<Deployment> {i, list.takeAt(i)};
    }
    return refusal(QCoreApplication::translate("Stackdraft::Core::Edit",
                                               "'%1' is not deployed in environment '%2'")
                       .arg(componentId, environmentId));
}

Status setDeployment(Project &project, const QString &environmentId, const Deployment &deployment)
{
    Result<Deployment *> d = deployed(project, environmentId, deployment.component);
    if (!d)
        return d.error();
    if (Status s = checkDeployment(project, deployment); !s)
        return s;
    *d.value() = deployment;
    return success();
}

Status moveNodes(Project &project, const QString &environmentId,
                 const QHash<QString, QPointF> &positions)
{
    Result<Environment *> env = environment(project, environmentId);
    if (!env)
        return env.error();
    for (const QPointF &position : positions) {
        for (double coordinate : {position.x(), position.y()}) {
            if (!std::isfinite(coordinate) || std::abs(coordinate) > 1e9)
                return refusal(QCoreApplication::translate(
                    "Stackdraft::Core::Edit", "a position is a pair of finite numbers"));
        }
    }
    qsizetype found = 0;
    for (const Deployment &d : std::as_const(env.value()->deployments))
        found += positions.contains(d.component) ? 1 : 0;
    if (found != positions.size()) {
        for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
            if (!env.value()->deploys(it.key()))
                return refusal(
                    QCoreApplication::translate("Stackdraft::Core::Edit",
                                                "'%1' is not deployed in environment '%2'")
                        .arg(it.key(), environmentId));
        }
    }
    for (Deployment &d : env.value()->deployments) {
        const auto it = positions.constFind(d.component);
        if (it != positions.cend())
            d.position = it.value();
    }
    return success();
}

} // namespace Stackdraft::Core::Edit
