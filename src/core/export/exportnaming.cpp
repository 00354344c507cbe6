#include "core/export/exportnaming.h"

#include "core/catalog/componenttype.h"
#include "core/model/naming.h"
#include "core/model/project.h"

namespace Stackdraft::Core::ExportNaming {

QString workloadName(const Component &component)
{
    return Naming::isDnsLabel(component.id) ? component.id : Naming::toDnsLabel(component.id);
}

QString hostName(const Component &component)
{
    return workloadName(component);
}

QString namespaceName(const Project &project, const Environment &env)
{
    if (!env.namespaceName.isEmpty())
        return Naming::toDnsLabel(env.namespaceName);
    return Naming::toDnsLabel(project.name + QLatin1Char('-') + env.id);
}

QString volumeName(const Component &component)
{
    return Naming::toDnsLabel(workloadName(component) + QLatin1String("-data"));
}

QString secretEnvName(const QString &secret)
{
    return Naming::toEnvName(secret);
}

QString kubernetesSecretName(const Project &project)
{
    return Naming::toDnsLabel(project.name + QLatin1String("-secrets"));
}

QString kubernetesSecretKey(const QString &secret)
{
    return Naming::toDnsLabel(secret);
}

QString ssmParameterName(const Project &project, const Environment &env, const QString &secret)
{
    return QLatin1Char('/') + Naming::toDnsLabel(project.name) + QLatin1Char('/')
        + Naming::toDnsLabel(env.id) + QLatin1Char('/') + Naming::toDnsLabel(secret);
}

QString implicitSecretName(const Component &component, const QString &variable)
{
    return Naming::toDnsLabel(component.id + QLatin1Char('-') + variable);
}

QString labelValue(const QString &text)
{
    return Naming::toDnsLabel(text);
}

Labels selectorLabels(const Project &project, const Component &component)
{
    return {{QStringLiteral("app.kubernetes.io/name"), workloadName(component)},
            {QStringLiteral("app.kubernetes.io/part-of"), labelValue(project.name)}};
}

Labels standardLabels(const Project &project, const Component &component, const ComponentType &type)
{
    Labels labels = selectorLabels(project, component);
    labels.insert(1,
                  {QStringLiteral("app.kubernetes.io/instance"),
                   labelValue(project.name + QLatin1Char('-') + component.id)});
    labels.insert(2,
                  {QStringLiteral("app.kubernetes.io/component"),
                   labelValue(type.isValid() && !type.category().isEmpty() ? type.category()
                                                                           : component.type)});
    labels.append({QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("stackdraft")});
    return labels;
}

} // namespace Stackdraft::Core::ExportNaming
