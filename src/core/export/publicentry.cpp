#include "core/export/publicentry.h"

#include "core/catalog/catalog.h"
#include "core/export/exportnaming.h"
#include "core/export/workload.h"
#include "core/model/project.h"

#include <QHash>
#include <QSet>

namespace Stackdraft::Core {
namespace {

// What every route search of one environment shares, looked up once so that listing the entries
// stays linear in the size of the environment.
struct Context
{
    const Project &project;
    const Environment &env;
    const Catalog &catalog;
    QList<Workload> workloads;
    QHash<QString, const Workload *> workloadOf; // component id -> its workload here
    QHash<QString, const Component *> componentOf; // every component of the project, by id
    QHash<QString, QList<const Connection *>> activeFrom; // active connections, by `from`

    Context(const Project &p, const Environment &e, const Catalog &c)
        : project(p)
        , env(e)
        , catalog(c)
        , workloads(containers(p, e, c))
    {
        for (const Workload &w : std::as_const(workloads))
            workloadOf.insert(w.component->id, &w);
        for (const Component &component : p.components) {
            if (!componentOf.contains(component.id))
                componentOf.insert(component.id, &component);
        }
        QSet<QString> deployed;
        for (const Deployment &d : e.deployments)
            deployed.insert(d.component);
        for (const Connection &connection : p.connections) {
            if (deployed.contains(connection.from) && deployed.contains(connection.to))
                activeFrom[connection.from].append(&connection);
        }
    }

    // Routes end at containers we run. On aws-ecs Workload::list also holds what AWS runs for us
    // (the ALB itself, RDS...): those are entries or data stores, never a route's target.
    static QList<Workload> containers(const Project &p, const Environment &e, const Catalog &c)
    {
        QList<Workload> all = Workload::list(p, e, c);
        all.removeIf([](const Workload &w) { return !w.realisation.runsContainers(); });
        return all;
    }

    Context(const Context &) = delete; // the hashes point into `workloads`
    Context &operator=(const Context &) = delete;

    const Workload *workload(const QString &id) const { return workloadOf.value(id); }
};

QString routePath(const Deployment *target, const Connection &via)
{
    if (target && !target->exposure.path.isEmpty())
        return target->exposure.path;
    const QString label = via.label.trimmed();
    if (label.startsWith(QLatin1Char('/')) && !label.contains(QLatin1Char(' ')))
        return label;
    return QStringLiteral("/");
}

void collectRoutes(const Context &ctx, const QString &from, QSet<QString> &visited,
                   QList<PublicEntry::Route> &routes)
{
    if (visited.contains(from))
        return;
    visited.insert(from);
    for (const Connection *connection : ctx.activeFrom.value(from)) {
        const Connection &c = *connection;
        if (const Workload *w = ctx.workload(c.to)) {
            const QString path = routePath(w->deployment, c);
            const bool known
                = std::any_of(routes.cbegin(), routes.cend(),
                              [&](const PublicEntry::Route &r) { return r.path == path; });
            if (!known && w->primaryPort() > 0)
                routes.append({path, w->component, w->primaryPort()});
        } else if (const Component *next = ctx.componentOf.value(c.to)) {
            if (!ctx.catalog.type(next->type).isExternal())
                collectRoutes(ctx, c.to, visited, routes);
        }
    }
}

} // namespace

QList<PublicEntry> PublicEntry::list(const Project &project, const Environment &env,
                                     const Catalog &catalog)
{
    const Context ctx(project, env, catalog);
    QList<PublicEntry> entries;
    for (const auto &[c, d] : project.deployments(env)) {
        if (d->exposure.host.isEmpty() && !d->exposure.isPublic)
            continue;
        PublicEntry entry;
        entry.component = c;
        entry.name = ExportNaming::workloadName(*c);
        entry.host = d->exposure.host;
        entry.tls = d->exposure.tls;
        if (const Workload *w = ctx.workload(c->id)) {
            if (w->primaryPort() > 0)
                entry.routes.append(
                    {d->exposure.path.isEmpty() ? QStringLiteral("/") : d->exposure.path, c,
                     w->primaryPort()});
        } else {
            QSet<QString> visited;
            collectRoutes(ctx, c->id, visited, entry.routes);
        }
        std::stable_sort(
            entry.routes.begin(), entry.routes.end(),
            [](const Route &a, const Route &b) { return a.path.size() > b.path.size(); });
        if (!entry.routes.isEmpty())
            entries.append(entry);
    }
    return entries;
}

} // namespace Stackdraft::Core
