#pragma once

#include "core/catalog/catalog.h"

#include <QStringList>

// The bundled catalog's type ids (resources/catalog/, docs/catalog.md), as a
// catalog built in code, so the file-format tests do not depend on the bundled
// catalog's data.
inline Stackdraft::Core::Catalog contractCatalog()
{
    using namespace Stackdraft::Core;
    static const QStringList ids = {"end-users",
                                    "cdn",
                                    "waf",
                                    "load-balancer",
                                    "api-gateway",
                                    "web-frontend",
                                    "backend-service",
                                    "worker",
                                    "mysql",
                                    "postgresql",
                                    "mongodb",
                                    "redis",
                                    "rabbitmq",
                                    "elasticsearch",
                                    "object-storage",
                                    "prometheus",
                                    "grafana",
                                    "log-pipeline",
                                    "alertmanager",
                                    "jaeger",
                                    "kibana",
                                    "admin-ui",
                                    "external-service"};
    Catalog catalog;
    for (const QString &id : ids) {
        ComponentTypeData data;
        data.id = id;
        data.label = id;
        catalog.add(ComponentType(data));
    }
    return catalog;
}
