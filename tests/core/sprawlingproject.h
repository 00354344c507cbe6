#pragma once

#include "core/model/project.h"

// A 20-component system in 9 groups, with labelled connections and no positions at all: what a
// hand-written or imported project looks like before it is first drawn.
namespace SprawlingProject {

inline Stackdraft::Core::Project make()
{
    using namespace Stackdraft::Core;
    Project project;
    project.name = QStringLiteral("sprawl");
    const QList<QPair<QString, QString>> components = {
        {"users", "end-users"},
        {"cdn", "cdn"},
        {"waf", "waf"},
        {"lb", "load-balancer"},
        {"web", "web-frontend"},
        {"admin", "admin-ui"},
        {"gateway", "api-gateway"},
        {"orders", "backend-service"},
        {"payments", "backend-service"},
        {"catalog", "backend-service"},
        {"search", "backend-service"},
        {"mailer", "worker"},
        {"billing", "worker"},
        {"orders-db", "postgresql"},
        {"payments-db", "mysql"},
        {"catalog-db", "postgresql"},
        {"cache", "redis"},
        {"sessions", "redis"},
        {"queue", "rabbitmq"},
        {"index", "elasticsearch"},
    };
    Environment production;
    production.id = QStringLiteral("production");
    for (const auto &[id, type] : components) {
        Component component;
        component.id = id;
        component.type = type;
        project.components.append(component);
        Deployment deployment;
        deployment.component = id;
        production.deployments.append(deployment);
    }
    project.environments.append(production);
    const QList<QStringList> connections = {
        {"users", "cdn", "HTTPS"},
        {"cdn", "waf", "HTTPS"},
        {"waf", "lb", "HTTPS"},
        {"lb", "web", "HTTP"},
        {"lb", "admin", "HTTP"},
        {"lb", "gateway", "REST / WebSocket"},
        {"web", "gateway", "REST"},
        {"admin", "gateway", "REST"},
        {"gateway", "orders", "gRPC"},
        {"gateway", "payments", "gRPC"},
        {"gateway", "catalog", "gRPC"},
        {"gateway", "search", "REST"},
        {"gateway", "sessions", "sessions"},
        {"orders", "orders-db", "SQL"},
        {"payments", "payments-db", "SQL"},
        {"catalog", "catalog-db", "SQL"},
        {"orders", "cache", "cache lookups"},
        {"orders", "queue", "AMQP publish"},
        {"queue", "mailer", "AMQP consume"},
        {"queue", "billing", "AMQP consume"},
        {"billing", "payments", "REST"},
        {"search", "index", "HTTP queries"},
        {"catalog", "index", "indexing"},
    };
    for (const QStringList &c : connections)
        project.connections.append({c.at(0), c.at(1), c.at(2)});
    const QList<QStringList> groups = {
        {"edge", "users", "cdn", "waf", "lb"},
        {"frontends", "web", "admin"},
        {"api", "gateway"},
        {"services", "orders", "payments", "catalog", "search"},
        {"workers", "mailer", "billing"},
        {"relational", "orders-db", "payments-db", "catalog-db"},
        {"caches", "cache", "sessions"},
        {"messaging", "queue"},
        {"search-index", "index"},
    };
    for (const QStringList &g : groups)
        project.groups.append({g.first(), g.first(), g.mid(1)});
    return project;
}

} // namespace SprawlingProject
