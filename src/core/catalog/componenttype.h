#pragma once

#include "core/catalog/replicationstrategy.h"
#include "core/model/deployment.h"
#include "core/model/port.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Stackdraft::Core {

// An environment variable a component type reads itself (not one it hands to its clients).
struct TypeEnvVar
{
    QString name; // e.g. "MYSQL_ROOT_PASSWORD"
    // A secret is only ever a secret reference in a project, never a literal value.
    bool secret = false;
    bool required = true;
    // The literal a new component starts with; always empty for secrets.
    QString value;
    // English, for tooltips; translated through QCoreApplication::translate("Catalog", ...).
    QString description;

    friend bool operator==(const TypeEnvVar &, const TypeEnvVar &) = default;
};

// Everything the catalog knows about one kind of component. Plain data; ComponentType wraps it.
// docs/catalog.md documents the YAML key each field comes from.
struct ComponentTypeData
{
    QString id; // "mysql", "backend-service", ...
    // English; translated through QCoreApplication::translate("Catalog", label).
    QString label;
    // Palette group: "edge", "compute", "data", "messaging", "observability", "tools",
    // "external", or any a user catalog brings.
    QString category;
    QString description;
    QString icon; // resource path or file path of the SVG icon
    QString defaultImage;
    // Container command a new component starts with (minio: server /data ...); empty: the image's.
    QStringList command;
    QList<Port> defaultPorts;
    bool stateful = false;
    // Holds user data, so it must never be reachable from the internet.
    bool dataStore = false;
    // Outside our infrastructure (end users, third-party APIs): drawn, never deployed by us.
    bool external = false;
    // Usually faces the internet (load balancer, CDN, WAF, web frontend).
    bool entryPoint = false;
    // Requests and limits a new deployment starts with.
    Resources defaultResources;
    // Requests below these (cpuRequest, memoryRequest) are a validation problem.
    Resources minimumResources;
    qint64 defaultStorage = 0; // bytes of persistent volume for stateful types
    QString dataPath; // where state lives in the container, e.g. "/var/lib/mysql"
    // The volume's subdirectory mounted at dataPath: a fresh volume's root holds lost+found,
    // which PostgreSQL's and MySQL's first start refuse.
    QString dataSubPath;
    qint64 fsGroup = -1; // group owning the volume's files (the image's user); -1: not needed
    // Node-wide kernel settings the image requires (vm.max_map_count -> 262144), applied by a
    // privileged init container on Kubernetes and stated as a host requirement on compose.
    QMap<QString, QString> kernelSettings;
    // Which configuration file the image gets generated from its connections (ServiceConfig):
    // "prometheus", "grafana", "alertmanager", "logstash", "kong"; empty: none.
    QString configuration;
    QList<TypeEnvVar> env; // variables the component itself reads, in catalog order
    QStringList requiredEnv; // names of the required ones in `env`, e.g. MYSQL_ROOT_PASSWORD
    QStringList secretEnv; // names of the secret ones in `env`
    // What connected components get: "mysql://{user}:{password}@{host}:{port}/{database}"...
    QString urlTemplate;
    // ...in this variable, e.g. "DATABASE_URL", "REDIS_URL".
    QString urlEnvName;
    // Values for template fields the project does not set: user -> root, database -> app.
    QMap<QString, QString> urlDefaults;
    // Template field -> this type's env var that holds it (password -> MYSQL_ROOT_PASSWORD):
    // a component's own value for that variable (literal or secret) wins over urlDefaults.
    QMap<QString, QString> urlFieldEnv;
    QString healthPath; // HTTP health endpoint, e.g. "/health"; empty when not HTTP
    int healthPort = 0; // port of the HTTP check; 0: the primary port
    // Exec health check, e.g. {"mysqladmin", "ping", "-h", "localhost"}; empty when HTTP or none.
    QStringList healthCommand;
    // Platform id -> how it is realised: "container", "statefulset", "rds", "external", ...
    QMap<QString, QString> realisation;
    // Platform id -> how several members of a `replicated`/`cluster` deployment are run there.
    QMap<QString, ReplicationStrategy> replication;
    QMap<QString, QStringList> platformPriceKeys; // platform id -> price-book keys
    QStringList priceKeys; // every price-book key of any platform, sorted, no duplicates
    QString sourceFile; // the catalog file it was read from (for messages)
};

// A cheap value handle onto a catalog entry. A default-constructed or unknown type is invalid,
// never null: every accessor then answers an empty value.
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

    // How `platform` ("compose", "kubernetes", "aws-ecs", ...) realises this type; empty when
    // unknown.
    QString realisation(const QString &platform) const
    {
        return data().realisation.value(platform);
    }
    // How `platform` runs a replicated or clustered deployment of this type; nullopt: it cannot.
    std::optional<ReplicationStrategy> replication(const QString &platform) const
    {
        const auto it = data().replication.constFind(platform);
        return it == data().replication.cend() ? std::nullopt : std::optional(*it);
    }
    QStringList priceKeys(const QString &platform) const
    {
        return data().platformPriceKeys.value(platform);
    }
    const TypeEnvVar *envVar(const QString &name) const;

    // The {field} names of a URL template, in order of first appearance: "{host}:{port}" -> host,
    // port.
    static QStringList templateFields(const QString &urlTemplate);
    // The configuration files Stackdraft can generate for an image (ServiceConfig).
    static QStringList configurationKinds()
    {
        return {QStringLiteral("prometheus"), QStringLiteral("grafana"),
                QStringLiteral("alertmanager"), QStringLiteral("logstash"), QStringLiteral("kong")};
    }
    // Fields that need no project data: a client always knows the host and port it connects to.
    static QStringList builtinTemplateFields();

private:
    std::shared_ptr<const ComponentTypeData> m_data;
};

} // namespace Stackdraft::Core
