#include "core/diagram/mermaiddiagrams.h"

#include "core/catalog/catalog.h"
#include "core/derived/realisation.h"
#include "core/diagram/mermaidtext.h"
#include "core/model/project.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QSet>

#include <cmath>

namespace Stackdraft::Core {
namespace {

QString componentLabel(const Component &component)
{
    return component.label.isEmpty() ? component.id : component.label;
}

QString componentId(const QString &component)
{
    return MermaidText::id(QStringLiteral("c"), component);
}

QString deployedId(const QString &environment, const QString &component)
{
    // DNS labels hold no '_', so the double underscore keeps (environment, component) pairs apart.
    return MermaidText::id(QStringLiteral("d"), environment + QLatin1String("__") + component);
}

QString categoryClass(const QString &category)
{
    return MermaidText::id(QStringLiteral("cat"), category);
}

// Node text in the shape its kind deserves: cylinder for data stores, stadium for external actors.
QString node(const QString &id, const QString &label, const ComponentType &type)
{
    const QString text = MermaidText::label(label);
    if (type.isDataStore() || type.category() == QLatin1String("data"))
        return id + QLatin1String("[(") + text + QLatin1String(")]");
    if (type.isExternal())
        return id + QLatin1String("([") + text + QLatin1String("])");
    return id + QLatin1Char('[') + text + QLatin1Char(']');
}

QString edge(const QString &from, const QString &to, const QString &label)
{
    if (label.trimmed().isEmpty())
        return from + QLatin1String(" --> ") + to;
    return from + QLatin1String(" -->|") + MermaidText::label(label.simplified())
        + QLatin1String("| ") + to;
}

QString categoryStyle(const QString &category)
{
    static const QMap<QString, QString> known = {
        {QStringLiteral("edge"), QStringLiteral("fill:#fff3e0,stroke:#e65100,color:#000")},
        {QStringLiteral("compute"), QStringLiteral("fill:#e3f2fd,stroke:#0d47a1,color:#000")},
        {QStringLiteral("data"), QStringLiteral("fill:#e8f5e9,stroke:#1b5e20,color:#000")},
        {QStringLiteral("messaging"), QStringLiteral("fill:#fce4ec,stroke:#880e4f,color:#000")},
        {QStringLiteral("observability"), QStringLiteral("fill:#ede7f6,stroke:#311b92,color:#000")},
        {QStringLiteral("external"), QStringLiteral("fill:#eceff1,stroke:#37474f,color:#000")},
        {QStringLiteral("tools"), QStringLiteral("fill:#fffde7,stroke:#f57f17,color:#000")},
    };
    if (known.contains(category))
        return known.value(category);
    // A user catalog's own category still gets a stable colour of its own. Hex only: Mermaid splits
    // classDef styles at commas, so hsl(...) would break the line.
    const QByteArray hash = QCryptographicHash::hash(category.toUtf8(), QCryptographicHash::Sha1);
    const double hue
        = ((static_cast<unsigned char>(hash[0]) * 256 + static_cast<unsigned char>(hash[1])) % 360)
        / 60.0;
    auto hex = [hue](double lightness) {
        const double saturation = 0.6;
        const double chroma = (1 - std::abs(2 * lightness - 1)) * saturation;
        const double x = chroma * (1 - std::abs(std::fmod(hue, 2.0) - 1));
        const double m = lightness - chroma / 2;
        const int sector = int(hue);
        const double r = sector == 0 || sector == 5 ? chroma : sector == 1 || sector == 4 ? x : 0;
        const double g = sector == 1 || sector == 2 ? chroma : sector == 0 || sector == 3 ? x : 0;
        const double b = sector == 3 || sector == 4 ? chroma : sector == 2 || sector == 5 ? x : 0;
        auto channel = [m](double v) {
            return QStringLiteral("%1").arg(qRound((v + m) * 255), 2, 16, QLatin1Char('0'));
        };
        return QLatin1Char('#') + channel(r) + channel(g) + channel(b);
    };
    return QStringLiteral("fill:%1,stroke:%2,color:#000").arg(hex(0.92), hex(0.30));
}

// classDef lines and `class a,b cat` assignments, categories sorted by name.
QString classLines(const QMap<QString, QStringList> &membersByCategory, const QString &indent)
{
    QString out;
    for (auto it = membersByCategory.cbegin(); it != membersByCategory.cend(); ++it)
        out += indent + QLatin1String("classDef ") + categoryClass(it.key()) + QLatin1Char(' ')
            + categoryStyle(it.key()) + QLatin1Char('\n');
    for (auto it = membersByCategory.cbegin(); it != membersByCategory.cend(); ++it)
        out += indent + QLatin1String("class ") + it.value().join(QLatin1Char(','))
            + QLatin1Char(' ') + categoryClass(it.key()) + QLatin1Char('\n');
    return out;
}

QString platformName(Platform platform)
{
    switch (platform) {
    case Platform::Compose:
        return QStringLiteral("Docker Compose");
    case Platform::Kubernetes:
        return QStringLiteral("Kubernetes");
    case Platform::AwsEcs:
        return QStringLiteral("AWS ECS Fargate");
    }
    return {};
}

QString exposureText(const Exposure &exposure)
{
    const QString path = exposure.path.isEmpty() ? QStringLiteral("/") : exposure.path;
    return exposure.host.isEmpty() ? path : exposure.host + path;
}

void environmentBlock(const Project &project, const Catalog &catalog, const Environment &env,
                      QString &out, QMap<QString, QStringList> &classes)
{
    const QString envTitle
        = QStringLiteral("%1 · %2").arg(env.displayName(), platformName(env.platform));
    out += QLatin1String("  subgraph ") + MermaidText::id(QStringLiteral("env"), env.id)
        + QLatin1String(" [") + MermaidText::label(envTitle) + QLatin1String("]\n");
    out += QLatin1String("    direction TB\n");

    bool hasBalancer = false;
    QSet<QString> absent; // what the platform has no place for (a CDN on compose) is not drawn
    QList<std::pair<const Component *, const Deployment *>> publicComponents;
    for (const auto &[component, deployed] : project.deployments(env)) {
        const ComponentType type = catalog.type(component->type);
        const Deployment &deployment = *deployed;
        const Realisation realisation = Realisation::of(type, env, deployment);
        if (realisation.kind == Realisation::Kind::Absent) {
            absent.insert(component->id);
            continue;
        }
        hasBalancer = hasBalancer || realisation.kind == Realisation::Kind::Alb
            || realisation.kind == Realisation::Kind::Ingress;
        if (deployment.exposure.isPublic && realisation.kind != Realisation::Kind::External)
            publicComponents.append({component, deployed});
        const QString text = realisation.name().isEmpty()
            ? componentLabel(*component)
            : QStringLiteral("%1 %2").arg(componentLabel(*component), realisation.name());
        const QString id = deployedId(env.id, component->id);
        out += QLatin1String("    ") + node(id, text, type) + QLatin1Char('\n');
        if (!type.category().isEmpty())
            classes[type.category()].append(id);
    }

    // Public components are reached through the platform's own entry point when the design has
    // none.
    const bool needsEntry
        = !hasBalancer && !publicComponents.isEmpty() && env.platform != Platform::Compose;
    const QString entryId = MermaidText::id(QStringLiteral("entry"), env.id);
    if (needsEntry) {
        const QString entry = env.platform == Platform::AwsEcs
            ? QStringLiteral("Application Load Balancer")
            : QStringLiteral("Ingress");
        out += QLatin1String("    ") + entryId + QLatin1Char('[') + MermaidText::label(entry)
            + QLatin1String("]\n");
        for (const auto &[component, deployment] : std::as_const(publicComponents))
            out += QLatin1String("    ")
                + edge(entryId, deployedId(env.id, component->id),
                       exposureText(deployment->exposure))
                + QLatin1Char('\n');
    }
    for (const Connection &connection : project.activeConnections(env)) {
        if (absent.contains(connection.from) || absent.contains(connection.to))
            continue;
        out += QLatin1String("    ")
            + edge(deployedId(env.id, connection.from), deployedId(env.id, connection.to),
                   connection.label)
            + QLatin1Char('\n');
    }
    out += QLatin1String("  end\n");
}

} // namespace

QString MermaidDiagrams::components(const Project &project, const Catalog &catalog)
{
    QString out = QStringLiteral("graph LR\n");
    QSet<QString> placed;
    QSet<QString> groupIds;
    QMap<QString, QStringList> classes;

    auto emitNode = [&](const Component &component, const QString &indent) {
        const ComponentType type = catalog.type(component.type);
        const QString id = componentId(component.id);
        out += indent + node(id, componentLabel(component), type) + QLatin1Char('\n');
        if (!type.category().isEmpty())
            classes[type.category()].append(id);
        placed.insert(component.id);
    };

    // Each component in the first group that lists it, in model order (see below), bucketed in one
    // pass rather than by asking every group about every component.
    QHash<QString, qsizetype> firstGroup;
    for (qsizetype g = 0; g < project.groups.size(); ++g) {
        for (const QString &member : project.groups.at(g).members) {
            if (!firstGroup.contains(member))
                firstGroup.insert(member, g);
        }
    }
    QList<QList<const Component *>> grouped(project.groups.size());
    for (const Component &component : project.components) {
        if (const qsizetype g = firstGroup.value(component.id, -1); g >= 0)
            grouped[g].append(&component);
    }
    for (qsizetype g = 0; g < project.groups.size(); ++g) {
        const Group &group = project.groups.at(g);
        QString groupId = MermaidText::id(QStringLiteral("g"), group.id);
        while (groupIds.contains(groupId))
            groupId += QLatin1Char('_');
        groupIds.insert(groupId);
        out += QLatin1String("  subgraph ") + groupId + QLatin1String(" [")
            + MermaidText::label(group.label.isEmpty() ? group.id : group.label)
            + QLatin1String("]\n");
        // Model order, not member order: the picture follows the design, and a component belongs to
        // the first group that lists it (Mermaid places a node in one subgraph only).
        for (const Component *component : std::as_const(grouped.at(g))) {
            if (!placed.contains(component->id))
                emitNode(*component, QStringLiteral("    "));
        }
        out += QLatin1String("  end\n");
    }
    for (const Component &component : project.components) {
        if (!placed.contains(component.id))
            emitNode(component, QStringLiteral("  "));
    }
    QSet<QString> ids;
    for (const Component &component : project.components)
        ids.insert(component.id);
    for (const Connection &connection : project.connections) {
        if (ids.contains(connection.from) && ids.contains(connection.to))
            out += QLatin1String("  ")
                + edge(componentId(connection.from), componentId(connection.to), connection.label)
                + QLatin1Char('\n');
    }
    out += classLines(classes, QStringLiteral("  "));
    return out;
}

QString MermaidDiagrams::deployment(const Project &project, const Catalog &catalog,
                                    const QString &environment)
{
    QString out = QStringLiteral("graph TB\n");
    QMap<QString, QStringList> classes;
    for (const Environment &env : project.environments) {
        if (environment.isEmpty() || env.id == environment)
            environmentBlock(project, catalog, env, out, classes);
    }
    out += classLines(classes, QStringLiteral("  "));
    return out;
}

} // namespace Stackdraft::Core
