#pragma once

#include "core/model/connectionids.h"
#include "core/model/project.h"
#include "core/model/quantity.h"

// A small project built in code, shared by the app tests: every environment exercises something the
// scene must get right (stored positions, missing positions, components left out, reverse
// connections).
namespace SampleProject {

using namespace Stackdraft::Core;

inline Deployment deployment(const char *component, QPointF position, int replicas = 1,
                             qint64 cpu = 0, qint64 memory = 0)
{
    Deployment d {.component = QString::fromLatin1(component), .replicas = replicas};
    d.resources.cpuRequest = cpu;
    d.resources.memoryRequest = memory;
    d.position = position;
    return d;
}

inline Project make()
{
    Project p;
    p.name = QStringLiteral("shop");
    p.title = QStringLiteral("Shop");
    auto component = [](const char *id, const char *type, const char *label) {
        return Component {.id = QString::fromLatin1(id),
                          .label = QString::fromLatin1(label),
                          .type = QString::fromLatin1(type)};
    };
    p.components = {component("users", "end-users", "Customers"),
                    component("web", "web-frontend", "Storefront (React)"),
                    component("api", "backend-service", "Orders API"),
                    component("db", "postgresql", "Orders DB"),
                    component("cache", "redis", "Session cache"),
                    component("lb", "load-balancer", "Ingress")};
    auto connection = [](const char *from, const char *to, const char *label) {
        return Connection {QString::fromLatin1(from), QString::fromLatin1(to),
                           QString::fromLatin1(label), 0};
    };
    p.connections = {connection("users", "web", "HTTPS"), connection("web", "api", "REST"),
                     connection("api", "web", "WebSocket events"), connection("api", "db", "SQL"),
                     connection("api", "cache", "")};
    ConnectionIds::assign(p.connections); // as if read from a file
    p.groups = {Group {QStringLiteral("app"),
                       QStringLiteral("Application"),
                       {QStringLiteral("web"), QStringLiteral("api")}},
                Group {QStringLiteral("data"),
                       QStringLiteral("Data Storage"),
                       {QStringLiteral("db"), QStringLiteral("cache")}}};

    // development: no cache, so the group "data" holds only db and api->cache is inactive.
    Environment development {.id = QStringLiteral("development"), .platform = Platform::Compose};
    development.deployments = {deployment("web", {0, 0}), deployment("api", {300, 0}),
                               deployment("db", {600, 0}, 1, 500, 512 * Quantity::Mi)};

    // staging: a file written by hand without positions; every card sits at the origin.
    Environment staging {.id = QStringLiteral("staging"), .platform = Platform::Kubernetes};
    staging.deployments = {deployment("web", {}), deployment("api", {}), deployment("db", {}),
                           deployment("cache", {})};

    Environment production {.id = QStringLiteral("production"),
                            .label = QStringLiteral("Production"),
                            .platform = Platform::Kubernetes};
    production.budget.cpu = 8000;
    production.budget.memory = 16 * Quantity::Gi;
    Deployment api = deployment("api", {360, 120}, 3, 500, 512 * Quantity::Mi);
    api.autoscaling = Autoscaling {true, 2, 10, 70, 0};
    Deployment db = deployment("db", {720, 60}, 1, 1000, 2 * Quantity::Gi);
    db.mode = DeploymentMode::Managed;
    production.deployments = {deployment("users", {-360, 120}),
                              deployment("web", {0, 120}, 2, 200, 256 * Quantity::Mi),
                              api,
                              db,
                              deployment("cache", {720, 240}, 1, 200, 256 * Quantity::Mi),
                              deployment("lb", {-360, 300})};

    p.environments = {development, staging, production};
    return p;
}

} // namespace SampleProject
