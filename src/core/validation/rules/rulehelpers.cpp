#include "core/validation/rules/rulehelpers.h"

namespace Stackdraft::Core::Rules {

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

} // namespace Stackdraft::Core::Rules
