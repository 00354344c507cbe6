#include "core/validation/rules/rulehelpers.h"

#include "core/cost/componentcosts.h"
#include "core/model/saturating.h"

namespace Stackdraft::Core::Rules {
namespace {

QString realisation(const ComponentType &type, Platform platform)
{
    return type.data().realisation.value(platformId(platform)).toLower();
}

} // namespace

bool isProduction(const Environment &environment)
{
    return environment.id.contains(QLatin1String("prod"), Qt::CaseInsensitive)
        || environment.label.contains(QLatin1String("prod"), Qt::CaseInsensitive);
}

QString environmentField(const Project &project, const Environment &environment, const QString &key)
{
    const qsizetype index
        = std::distance(project.environments.cbegin(),
                        std::find_if(project.environments.cbegin(), project.environments.cend(),
                                     [&](const Environment &e) { return e.id == environment.id; }));
    const QString base = QStringLiteral("environments[%1]").arg(index);
    return key.isEmpty() ? base : base + QLatin1Char('.') + key;
}

QString deploymentField(const Project &project, const Environment &environment,
                        const QString &component, const QString &key)
{
    const QString base
        = environmentField(project, environment, QStringLiteral("deployments.") + component);
    return key.isEmpty() ? base : base + QLatin1Char('.') + key;
}

bool runsAsContainer(const ComponentType &type, Platform platform)
{
    if (!type.isValid() || type.isExternal())
        return false;
    static const QStringList containers = {
        QStringLiteral("container"),   QStringLiteral("service"),   QStringLiteral("deployment"),
        QStringLiteral("statefulset"), QStringLiteral("daemonset"), QStringLiteral("ecs-service"),
        QStringLiteral("fargate"),     QStringLiteral("task"),      QStringLiteral("sidecar")};
    const QString word = realisation(type, platform);
    return word.isEmpty() || containers.contains(word);
}

bool isManagedService(const ComponentType &type, Platform platform)
{
    if (!type.isValid() || type.isExternal() || runsAsContainer(type, platform))
        return false;
    const QString word = realisation(type, platform);
    return word != QLatin1String("none") && word != QLatin1String("external");
}

Resources effectiveResources(const ComponentType &type, const Deployment &deployment)
{
    const Resources &r = deployment.resources;
    if (r.effectiveCpu() > 0 || r.effectiveMemory() > 0)
        return r;
    return type.data().defaultResources;
}

int baselineReplicas(const Deployment &deployment)
{
    return ComponentCosts::baselineReplicas(deployment);
}

Reserved reservedByContainers(const RuleContext &context, Platform platform)
{
    Reserved total;
    for (const DeployedComponent &x : context.deployed) {
        if (!runsAsContainer(x.type, platform))
            continue;
        const Resources r = effectiveResources(x.type, *x.deployment);
        const int replicas = baselineReplicas(*x.deployment);
        total.cpu = Saturating::add(total.cpu, Saturating::multiply(r.effectiveCpu(), replicas));
        total.memory
            = Saturating::add(total.memory, Saturating::multiply(r.effectiveMemory(), replicas));
    }
    return total;
}

} // namespace Stackdraft::Core::Rules
