#pragma once

#include "core/model/component.h"
#include "core/model/connection.h"
#include "core/model/environment.h"
#include "core/model/group.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Stackdraft::Core {

// How money is shown: prices are USD; an optional display currency converts at a fixed rate.
struct CurrencySettings
{
    QString display; // e.g. "BRL"; empty: USD only
    double rate = 0; // display units per USD

    friend bool operator==(const CurrencySettings &, const CurrencySettings &) = default;
};

// Where generated files go when committed (paths relative to the project file's directory).
struct OutputSettings
{
    QString repository; // working tree; empty: the repository holding the project file
    QStringList directories; // output roots inside it; empty: {"deploy", "docs"}

    friend bool operator==(const OutputSettings &, const OutputSettings &) = default;
};

// The one model the architect edits. Every output is a pure function of it.
struct Project
{
    static constexpr int SchemaVersion = 1;

    QString name; // DNS-1123 label used for namespaces, clusters and prefixes
    QString title; // free text, e.g. "WeBot-ChatFLOW"
    QString description;
    QList<Component> components;
    QList<Connection> connections;
    QList<Group> groups;
    QList<Environment> environments;
    QStringList disabledRules; // validation rule ids switched off for this project
    CurrencySettings currency;
    OutputSettings output;

    const Component *component(const QString &id) const;
    Component *component(const QString &id);
    const Environment *environment(const QString &id) const;
    Environment *environment(const QString &id);
    const Connection *connection(const QString &id) const;
    Connection *connection(const QString &id);
    const Group *group(const QString &id) const;
    Group *group(const QString &id);
    // Positions in the lists, -1 when absent.
    qsizetype componentIndex(const QString &id) const;
    qsizetype connectionIndex(const QString &id) const;
    qsizetype groupIndex(const QString &id) const;
    qsizetype environmentIndex(const QString &id) const;

    // Connections whose both ends are deployed in `env`, in model order.
    QList<Connection> activeConnections(const Environment &env) const;
    // Components deployed in `env`, in model order.
    QList<const Component *> deployedComponents(const Environment &env) const;
    // The same with each one's deployment, in model order; linear time, for code that visits every
    // deployment of a large project (validation, cost).
    QList<std::pair<const Component *, const Deployment *>>
    deployments(const Environment &env) const;
    // The component's env vars in `env`: the component's own, overridden by the deployment's by
    // name.
    QList<EnvVar> effectiveEnv(const Component &component, const Environment &env) const;
    // The same when the deployment is already at hand (null: the component's own variables).
    static QList<EnvVar> effectiveEnv(const Component &component, const Deployment *deployment);

    QString displayTitle() const { return title.isEmpty() ? name : title; }

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace Stackdraft::Core
