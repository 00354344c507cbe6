#pragma once

#include "core/import/importreport.h"
#include "core/model/project.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace Stackdraft::Core {

class Catalog;
struct YamlNode;

// Where something was read, for notes.
struct ImportLocation
{
    QString file;
    int line = 0;
    int column = 0;
    QString key; // "services.web.environment.DB_HOST"
};

// Builds an imported project in two passes, shared by the importers: components first, so that
// every host name is known, then their variables and connections, which may name any component.
class ImportAssembler final
{
public:
    ImportAssembler(const Catalog &catalog, ImportReport &report);

    Project &project() { return m_project; }
    const Catalog &catalog() const { return m_catalog; }
    ImportReport &report() { return m_report; }
    static ImportLocation at(const QString &file, const YamlNode &node, const QString &key);

    // Adds `component` under a valid, unique id made from `name` (reported when it differs) and
    // answers the id. `name` also becomes a host name that reaches it.
    QString addComponent(Component component, const QString &name, const ImportLocation &where);
    // Another name that reaches `componentId` (container_name, a Kubernetes Service).
    void addHost(const QString &host, const QString &componentId);
    // The component a host name reaches ("db", "db.prod.svc.cluster.local"), or empty.
    QString componentForHost(const QString &host) const;

    // A connection from -> to, once; the first label given wins.
    void connect(const QString &from, const QString &to, const QString &label = {});
    bool connected(const QString &a, const QString &b) const; // either direction

    // One variable of `componentId` as the model holds it: a reference when the value names
    // another component's host and its type offers a URL, a secret reference when the name says
    // password/secret/token/key (never the value), else the literal. `secret` forces a secret
    // reference with that name (Kubernetes secretKeyRef, a compose secret file). Empty when the
    // variable cannot be carried (its name is not a valid variable name).
    std::optional<EnvVar> envVar(const QString &componentId, const QString &name,
                                 const QString &value, const ImportLocation &where,
                                 const QString &secret = {});
    // Adds `var` to `env`, replacing an earlier variable of the same name (a note at `where`):
    // the later definition wins, as in compose's list form and in a Kubernetes container's env
    // after envFrom, and the model holds one value per name.
    void addVariable(QList<EnvVar> &env, const EnvVar &var, const ImportLocation &where);
    // Names of secrets: password, passwd, pwd, secret, token, key, credentials...
    static bool isSecretName(const QString &name);

private:
    const Catalog &m_catalog;
    ImportReport &m_report;
    Project m_project;
    QHash<QString, QString> m_hosts; // host name -> component id
    QHash<QString, QString> m_types; // component id -> catalog type
    QSet<QString> m_connections; // "from\nto"
};

} // namespace Stackdraft::Core
