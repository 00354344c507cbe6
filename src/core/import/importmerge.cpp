#include "core/import/importmerge.h"

#include <QCoreApplication>
#include <QSet>

namespace Stackdraft::Core {
namespace {

using Kind = ImportNote::Kind;

QString portsText(const QList<Port> &ports)
{
    QStringList out;
    for (const Port &port : ports)
        out << QString::number(port.container);
    return out.join(QLatin1Char(','));
}

} // namespace

Result<Project> ImportMerge::addEnvironment(const Project &existing, const Project &imported,
                                            const QString &environmentId, ImportReport &report)
{
    if (imported.environments.size() != 1)
        return Error {
            QCoreApplication::translate("Import", "the import holds no environment"), {}, 0, 0, {}};
    if (existing.environment(environmentId)) {
        return Error {
            QCoreApplication::translate(
                "Import", "the project already has an environment '%1'; choose another with --env")
                .arg(environmentId),
            {},
            0,
            0,
            {}};
    }
    Project project = existing;
    Environment env = imported.environments.first();
    env.id = environmentId;
    env.label.clear();
    QSet<QString> known;
    for (const Component &component : std::as_const(project.components))
        known.insert(component.id);

    for (const Component &incoming : imported.components) {
        if (!known.contains(incoming.id)) {
            project.components.append(incoming);
            known.insert(incoming.id);
            continue;
        }
        const Component &mine = *project.component(incoming.id);
        auto differs = [&](const char *field, const QString &ours, const QString &theirs) {
            if (theirs.isEmpty() || ours == theirs)
                return;
            report.add({Kind::Changed,
                        {},
                        0,
                        0,
                        QStringLiteral("components.") + incoming.id,
                        QT_TRANSLATE_NOOP("Import",
                                          "%1: the project's '%2' is kept; the import says '%3'"),
                        {QLatin1String(field), ours, theirs}});
        };
        differs("type", mine.type, incoming.type);
        differs("image", mine.image, incoming.image);
        differs("build", mine.build, incoming.build);
        if (!incoming.ports.isEmpty())
            differs("ports", portsText(mine.ports), portsText(incoming.ports));
        // Variables that differ from the component's own become this environment's overrides.
        Deployment *deployment = env.deployment(incoming.id);
        for (const EnvVar &var : incoming.env) {
            const EnvVar *own = mine.envVar(var.name);
            if (deployment && (!own || !(*own == var)))
                deployment->envOverrides.append(var);
        }
    }
    QSet<QString> pairs;
    for (const Connection &c : std::as_const(project.connections))
        pairs.insert(c.from + QLatin1Char('\n') + c.to);
    for (const Connection &c : imported.connections) {
        if (!pairs.contains(c.from + QLatin1Char('\n') + c.to)) {
            pairs.insert(c.from + QLatin1Char('\n') + c.to);
            project.connections.append(c);
        }
    }
    for (const Group &group : imported.groups) {
        bool found = false;
        for (const Group &mine : std::as_const(project.groups))
            found = found || mine.id == group.id;
        if (!found)
            project.groups.append(group);
    }
    project.environments.append(env);
    return project;
}

} // namespace Stackdraft::Core
