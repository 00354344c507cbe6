#include "app/componenttemplate.h"

#include "core/catalog/catalog.h"
#include "core/model/naming.h"
#include "core/model/project.h"

namespace Stackdraft::App {

ComponentTemplate ComponentTemplate::fromType(const Core::Catalog &catalog,
                                              const Core::Project &project, const QString &typeId,
                                              QPointF position)
{
    const Core::ComponentType type = catalog.type(typeId);
    ComponentTemplate result;
    Core::Component &component = result.component;
    component.id = uniqueId(project, Core::Naming::toDnsLabel(typeId));
    component.type = typeId;
    component.label = type.isValid() ? type.translatedLabel() : typeId;
    if (component.id != Core::Naming::toDnsLabel(typeId)) // "Redis 2" next to "Redis"
        component.label = QStringLiteral("%1 %2").arg(component.label,
                                                      component.id.section(QLatin1Char('-'), -1));
    component.image = type.defaultImage();
    component.ports = type.defaultPorts();
    for (const Core::TypeEnvVar &variable : type.data().env) {
        if (!variable.required)
            continue;
        component.env.append(
            variable.secret
                ? Core::EnvVar::secretRef(variable.name, secretName(component.id, variable.name))
                : Core::EnvVar::literal(variable.name, variable.value));
    }

    Core::Deployment &deployment = result.deployment;
    deployment.component = component.id;
    if (!type.isExternal()) {
        deployment.resources = type.data().defaultResources;
        deployment.storage = type.data().defaultStorage;
    }
    deployment.position = position;
    return result;
}

QString ComponentTemplate::uniqueId(const Core::Project &project, const QString &base)
{
    if (!project.component(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        // Stay a DNS label: at most 63 characters with the suffix.
        QString candidate = base.left(63 - suffix.size());
        while (candidate.endsWith(QLatin1Char('-')))
            candidate.chop(1);
        candidate += suffix;
        if (!project.component(candidate))
            return candidate;
    }
}

QString ComponentTemplate::secretName(const QString &componentId, const QString &variable)
{
    const QString variableLabel = Core::Naming::toDnsLabel(variable);
    // "mysql-root-password" already names its component: no "mysql-mysql-root-password".
    if (variableLabel == componentId || variableLabel.startsWith(componentId + QLatin1Char('-')))
        return variableLabel;
    return Core::Naming::toDnsLabel(componentId + QLatin1Char('-') + variableLabel);
}

} // namespace Stackdraft::App
