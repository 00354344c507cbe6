#include "core/export/publicentry.h"

#include "core/catalog/catalog.h"
#include "core/export/exportnaming.h"
#include "core/export/workload.h"
#include "core/model/project.h"

#include <QSet>

namespace Stackdraft::Core {
namespace {

struct Context
{
    const Project &project;
    const Environment &env;
    const Catalog &catalog;
    QList<Workload> workloads;

    const Workload *workload(const QString &id) const
    {
        for (const Workload &w : workloads) {
            if (w.component->id == id)
                return &w;
        }
        return nullptr;
    }
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
    for (const Connection &c : ctx.project.activeConnections(ctx.env)) {
        if (c.from != from)
            continue;
        if (const Workload *w = ctx.workload(c.to)) {
            const QString path = routePath(w->deployment, c);
            const bool known
                = std::any_of(routes.cbegin(), routes.cend(),
                              [&](const PublicEntry::Route &r) { return r.path == path; });
            if (!known && w->primaryPort() > 0)
                routes.append({path, w->component, w->primaryPort()});
        } else if (const Component *next = ctx.project.component(c.to)) {
            if (!ctx.catalog.type(next->type).isExternal())
                collectRoutes(ctx, c.to, visited, routes);
        }
    }
}

} // namespace

QList<PublicEntry> PublicEntry::list(const Project &project, const Environment &env,
                                     const Catalog &catalog)
{
    const Context ctx {project, env, catalog, Workload::list(project, env, catalog)};
    QList<PublicEntry> entries;
    for (const Component *c : project.deployedComponents(env)) {
        const Deployment *d = env.deployment(c->id);
        if (!d || d->exposure.host.isEmpty())
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
