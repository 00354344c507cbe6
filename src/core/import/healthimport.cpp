#include "core/import/healthimport.h"

#include "core/catalog/componenttype.h"
#include "core/model/component.h"

#include <QRegularExpression>

namespace Stackdraft::Core {

HealthImport::Outcome HealthImport::fromCommand(const QStringList &command,
                                                const ComponentType &type, Component &component)
{
    const QString joined = command.join(QLatin1Char(' '));
    static const QRegularExpression local(QStringLiteral(
        "https?://(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0)(?::[0-9]+)?(/[^\\s'\"]*)?"));
    static const QStringList tools = {QStringLiteral("curl"), QStringLiteral("wget"),
                                      QStringLiteral("python"), QStringLiteral("node")};
    if (const QRegularExpressionMatch m = local.match(joined); m.hasMatch()) {
        fromHttpPath(m.captured(1).isEmpty() ? QStringLiteral("/") : m.captured(1), component);
        const QString program = command.value(0).section(QLatin1Char('/'), -1);
        for (const QString &tool : tools) {
            if (program.startsWith(tool)) {
                component.properties.insert(QStringLiteral("healthTool"), tool);
                break;
            }
        }
        return Outcome::Kept;
    }
    const QStringList own = type.data().healthCommand;
    if (!own.isEmpty() && !command.isEmpty()) {
        // "mysqladmin ping -h 127.0.0.1 --silent" checks what the catalog's "mysqladmin ping"
        // does; a shell line is compared by its first word.
        const QString first = command.first().section(QLatin1Char(' '), 0, 0);
        if (first == own.first())
            return Outcome::Kept;
    }
    component.properties.insert(QStringLiteral("healthCommand"), joined);
    return Outcome::KeptAsProperty;
}

void HealthImport::fromHttpPath(const QString &path, Component &component)
{
    component.properties.insert(QStringLiteral("healthPath"), path);
}

} // namespace Stackdraft::Core
