#pragma once

#include "core/model/deployment.h"
#include "core/model/port.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace Stackdraft::Core {

// An environment variable a component type reads itself (not one it hands to its clients).
struct TypeEnvVar
{
    QString name;        // e.g. "MYSQL_ROOT_PASSWORD"
    bool secret = false; // true: only ever a secret reference, never a literal value
    bool required = true;
    QString value;       // literal default a new component starts with; empty for secrets
    QString description; // English, for tooltips

    friend bool operator==(const TypeEnvVar &, const TypeEnvVar &) = default;
};

// Everything the catalog knows about one kind of component. Plain data; ComponentType wraps it.
// docs/catalog.md documents the YAML each field comes from.
struct ComponentTypeData
{
    QString id;       // "mysql", "backend-service", ...
    QString label;    // English; translated through QCoreApplication::translate("Catalog", label)
    QString category; // "edge", "compute", "data", "messaging", "observability", "tools", "external"
    QString description;
    QString icon;     // resource path or file path of the SVG icon
    QString defaultImage;
    QStringList command;          // container command a new component starts with (e.g. minio's "server /data")
    QList<Port> defaultPorts;
    bool stateful = false;
    bool dataStore = false;       // holds user data (must not be reachable from the internet)
    bool external = false;        // outside our infrastructure (end users, third-party APIs): not deployed by us
    bool entryPoint = false;      // usually faces the internet (load balancer, CDN, WAF, web frontend)
    Resources defaultResources;   // requests and limits a new deployment starts with
    Resources minimumResources;   // requests below these are a validation problem (cpuRequest, memoryRequest)
    qint64 defaultStorage = 0;    // bytes of persistent volume for stateful types
    QString dataPath;             // where state lives in the container, e.g. "/var/lib/mysql"
    QList<TypeEnvVar> env;        // variables the component itself reads, in catalog order
    QStringList requiredEnv;      // names of the required ones in `env`, e.g. MYSQL_ROOT_PASSWORD
    QStringList secretEnv;        // names of the secret ones in `env`
    QString urlTemplate;          // offered to connected components: "mysql://{user}:{password}@{host}:{port}/{database}"
    QString urlEnvName;           // the variable a client gets it in, e.g. "DATABASE_URL", "REDIS_URL"
    QMap<QString, QString> urlDefaults;        // values for template fields: user, database, ...
    QMap<QString, QString> urlFieldEnv;        // template field -> this type's env var holding it
                                               // (password -> MYSQL_ROOT_PASSWORD)
    QString healthPath;           // HTTP health endpoint, e.g. "/health"; empty when not HTTP
    int healthPort = 0;           // port of the HTTP check; 0: the primary port
    QStringList healthCommand;    // exec health check, e.g. {"mysqladmin", "ping", "-h", "localhost"}
    QMap<QString, QString> realisation;        // platform id -> "container", "statefulset", "rds", ...
    QMap<QString, QStringList> platformPriceKeys; // platform id -> price-book keys
    QStringList priceKeys;        // every price-book key of any platform, sorted, no duplicates
    QString sourceFile;           // the catalog file it was read from (for messages)
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
    QString description() const { return data().description; }
    QString translatedDescription() const;
    QString category() const { return data().category; }
    QString icon() const { return data().icon; }
    QString defaultImage() const { return data().defaultImage; }
    QList<Port> defaultPorts() const { return data().defaultPorts; }
    bool isStateful() const { return data().stateful; }
    bool isDataStore() const { return data().dataStore; }
    bool isExternal() const { return data().external; }
    bool isEntryPoint() const { return data().entryPoint; }
    bool offersUrl() const { return !data().urlTemplate.isEmpty(); }

    // How `platform` ("compose", "kubernetes", "aws-ecs", ...) realises this type; empty when unknown.
    QString realisation(const QString &platform) const { return data().realisation.value(platform); }
    QStringList priceKeys(const QString &platform) const { return data().platformPriceKeys.value(platform); }
    const TypeEnvVar *envVar(const QString &name) const;

    // The {field} names of a URL template, in order of first appearance: "{host}:{port}" -> host, port.
    static QStringList templateFields(const QString &urlTemplate);
    // Fields that need no project data: a client always knows the host and port it connects to.
    static QStringList builtinTemplateFields();

private:
    std::shared_ptr<const ComponentTypeData> m_data;
};

} // namespace Stackdraft::Core
