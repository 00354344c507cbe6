#include "core/edit/environmentedits.h"

#include "core/edit/modelchecks.h"
#include "core/model/naming.h"

#include <QCoreApplication>
#include <QSet>

namespace Stackdraft::Core::Edit {
namespace {

Error unknownEnvironment(const QString &id)
{
    return Error {
        QCoreApplication::translate("Stackdraft::Core::Edit", "there is no environment '%1'")
            .arg(id),
        {},
        0,
        0,
        {}};
}

QStringList environmentIds(const Project &project)
{
    QStringList ids;
    for (const Environment &e : project.environments)
        ids.append(e.id);
    return ids;
}

Status checkDeployments(const Project &project, const Environment &environment)
{
    QSet<QString> seen;
    for (const Deployment &d : environment.deployments) {
        if (seen.contains(d.component))
            return Error {
                QCoreApplication::translate("Stackdraft::Core::Edit", "'%1' is deployed twice")
                    .arg(d.component),
                {},
                0,
                0,
                QStringLiteral("deployments.") + d.component};
        seen.insert(d.component);
        if (Status s = checkDeployment(project, d); !s)
            return s;
    }
    return success();
}

} // namespace

QString uniqueEnvironmentId(const Project &project, const QString &base)
{
    return Naming::uniqueDnsLabel(
        base, [&](const QString &id) { return project.environment(id) != nullptr; });
}

Status addEnvironment(Project &project, const Environment &environment, qsizetype index)
{
    if (Status s = checkNewId(environment.id, environmentIds(project), IdKind::Environment); !s)
        return s;
    if (Status s = checkEnvironmentSettings(environment); !s)
        return s;
    if (Status s = checkDeployments(project, environment); !s)
        return s;
    if (index < 0 || index > project.environments.size())
        index = project.environments.size();
    project.environments.insert(index, environment);
    return success();
}

Result<Environment> duplicateEnvironment(const Project &project, const QString &sourceId,
                                         const QString &newId, const QString &label)
{
    const Environment *source = project.environment(sourceId);
    if (!source)
        return unknownEnvironment(sourceId);
    if (Status s = checkNewId(newId, environmentIds(project), IdKind::Environment); !s)
        return s.error();
    Environment copy = *source;
    copy.id = newId;
    copy.label = label;
    copy.namespaceName.clear();
    return copy;
}

Result<Placed<Environment>> removeEnvironment(Project &project, const QString &id)
{
    const qsizetype index = project.environmentIndex(id);
    if (index < 0)
        return unknownEnvironment(id);
    return Placed<Environment> {index, project.environments.takeAt(index)};
}

Status renameEnvironment(Project &project, const QString &oldId, const QString &newId)
{
    Environment *environment = project.environment(oldId);
    if (!environment)
        return unknownEnvironment(oldId);
    if (oldId == newId)
        return success();
    if (Status s = checkNewId(newId, environmentIds(project), IdKind::Environment); !s)
        return s;
    environment->id = newId;
    return success();
}

Status moveEnvironment(Project &project, const QString &id, qsizetype index)
{
    const qsizetype from = project.environmentIndex(id);
    if (from < 0)
        return unknownEnvironment(id);
    if (index < 0 || index >= project.environments.size())
        return Error {QCoreApplication::translate("Stackdraft::Core::Edit",
                                                  "there is no position %1 among %2 environments")
                          .arg(index + 1)
                          .arg(project.environments.size()),
                      {},
                      0,
                      0,
                      {}};
    project.environments.move(from, index);
    return success();
}

Status setEnvironmentSettings(Project &project, const Environment &settings)
{
    Environment *environment = project.environment(settings.id);
    if (!environment)
        return unknownEnvironment(settings.id);
    if (Status s = checkEnvironmentSettings(settings); !s)
        return s;
    QList<Deployment> deployments = std::move(environment->deployments);
    *environment = settings;
    environment->deployments = std::move(deployments);
    return success();
}

} // namespace Stackdraft::Core::Edit
