#pragma once

#include "core/model/deployment.h"
#include "core/model/port.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace Stackdraft::Core {

// Everything the catalog knows about one kind of component. Plain data; ComponentType wraps it.
struct ComponentTypeData
{
    QString id;       // "mysql", "backend-service", ...
    QString label;    // English; translated through QCoreApplication::translate("Catalog", label)
    QString category; // "edge", "compute", "data", "messaging", "observability", "external"
    QString description;
    QString icon;     // resource path or file path of the SVG icon
    QString defaultImage;
    QList<Port> defaultPorts;
    bool stateful = false;
    bool dataStore = false;       // holds user data (must not be reachable from the internet)
    bool external = false;        // outside our infrastructure (end users, third-party APIs): not deployed by us
    Resources defaultResources;   // requests and limits a new deployment starts with
    Resources minimumResources;   // requests below these are a validation problem
    qint64 defaultStorage = 0;    // bytes of persistent volume for stateful types
    QString dataPath;             // where state lives in the container, e.g. "/var/lib/mysql"
    QStringList requiredEnv;      // variables the component itself needs, e.g. MYSQL_ROOT_PASSWORD
    QStringList secretEnv;        // of those, the ones that are secrets
    QString urlTemplate;          // offered to connected components: "mysql://{user}:{password}@{host}:{port}/{database}"
    QString urlEnvName;           // the variable a client gets it in, e.g. "DATABASE_URL", "REDIS_URL"
    QMap<QString, QString> urlDefaults;        // values for template fields: user, database, ...
    QString healthPath;           // HTTP health endpoint, e.g. "/health"; empty when not HTTP
    QStringList healthCommand;    // exec health check, e.g. {"mysqladmin", "ping", "-h", "localhost"}
    QMap<QString, QString> realisation;        // platform id -> "container", "statefulset", "rds", ...
    QStringList priceKeys;        // price-book keys it costs under
};

// A cheap value handle onto a catalog entry. A default-constructed or unknown type is invalid, never null:
// every accessor then answers an empty value.
class ComponentType
{
public:
    ComponentType() = default;
    explicit ComponentType(ComponentTypeData data);

    bool isValid() const { return m_data != nullptr; }
    const ComponentTypeData &data() const;

    QString id() const { return data().id; }
    QString label() const { return data().label; }
    QString translatedLabel() const;
    QString category() const { return data().category; }
    QString icon() const { return data().icon; }
    bool isStateful() const { return data().stateful; }
    bool isDataStore() const { return data().dataStore; }
    bool isExternal() const { return data().external; }

private:
    std::shared_ptr<const ComponentTypeData> m_data;
};

} // namespace Stackdraft::Core
