#pragma once

#include "core/model/component.h"
#include "core/model/deployment.h"

#include <QPointF>
#include <QString>

namespace Stackdraft::Core {
class Catalog;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::App {

// What a new component of a catalog type starts as: a DNS-1123 id unique in the project, and the
// catalog's defaults (image, ports, resources, storage, the variables the type requires — secrets
// as references to a secret named after the component, never as values).
struct ComponentTemplate
{
    Core::Component component;
    Core::Deployment deployment;

    static ComponentTemplate fromType(const Core::Catalog &catalog, const Core::Project &project,
                                      const QString &typeId, QPointF position);
    // `base` when the project has no component with that id, else base-2, base-3, ...
    static QString uniqueId(const Core::Project &project, const QString &base);
    // The name of the secret a new component's secret variable refers to: "mysql" +
    // "MYSQL_ROOT_PASSWORD" -> "mysql-root-password", "grafana" + "ADMIN_PASSWORD" ->
    // "grafana-admin-password".
    static QString secretName(const QString &componentId, const QString &variable);
};

} // namespace Stackdraft::App
