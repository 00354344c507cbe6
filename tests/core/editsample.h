#pragma once

#include "core/model/connectionids.h"
#include "core/model/project.h"

// A small project for the edit-operation tests, with every kind of reference a component id can
// have: connections (two between the same pair), group members, deployments, `from:` variables in
// components and in deployment overrides.
namespace EditSample {

using namespace Stackdraft::Core;

inline QString s(const char *text)
{
    return QString::fromLatin1(text);
}

inline Project make()
{
    Project p;
    p.name = s("shop");
    Component web {.id = s("web"), .type = s("web-frontend")};
    web.env = {EnvVar::reference(s("API_URL"), s("api")), EnvVar::literal(s("MODE"), s("x"))};
    Component api {.id = s("api"), .type = s("backend-service")};
    api.env = {EnvVar::reference(s("DATABASE_URL"), s("db")),
               EnvVar::reference(s("DB_HOST"), s("db"), s("host")),
               EnvVar::secretRef(s("KEY"), s("api-key"))};
    Component db {.id = s("db"), .type = s("mysql")};
    Component cache {.id = s("cache"), .type = s("redis")};
    p.components = {web, api, db, cache};
    p.connections
        = {Connection {s("web"), s("api"), s("REST"), 0},
           Connection {s("api"), s("db"), s("SQL"), 0}, Connection {s("api"), s("cache"), {}, 0},
           Connection {s("api"), s("db"), s("Replica"), 3307}};
    ConnectionIds::assign(p.connections);
    p.groups = {Group {s("app"), s("App"), {s("web"), s("api")}},
                Group {s("data"), s("Data"), {s("db"), s("cache")}}};
    Environment dev {.id = s("development")};
    dev.deployments = {Deployment {.component = s("web")}, Deployment {.component = s("api")},
                       Deployment {.component = s("db")}};
    Environment prod {.id = s("production"), .platform = Platform::Kubernetes};
    Deployment prodWeb {.component = s("web"), .replicas = 2};
    prodWeb.envOverrides = {EnvVar::reference(s("API_URL"), s("api"), s("host"))};
    Deployment prodApi {.component = s("api"), .replicas = 3};
    prodApi.envOverrides = {EnvVar::reference(s("DATABASE_URL"), s("db"))};
    prod.deployments = {prodWeb, prodApi, Deployment {.component = s("db")},
                        Deployment {.component = s("cache")}};
    p.environments = {dev, prod};
    return p;
}

} // namespace EditSample
