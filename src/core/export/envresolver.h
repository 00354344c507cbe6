#pragma once

#include "core/export/resolvedenvvar.h"
#include "core/model/envvar.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Stackdraft::Core {

class Catalog;
class ComponentType;
struct Component;
struct Deployment;
struct Environment;
struct Project;
class ProjectIndex;
struct ReplicationPlan;

// Turns each effective variable of a component in one environment (Project::effectiveEnv) into what
// a generator writes (ResolvedEnvVar):
//  - a literal stays text;
//  - a secret stays a secret reference;
//  - a reference (`{from: mysql, part: url}`) is filled from the target's catalog type: urlTemplate
//  with
//    {host} = the target's host name (hostNaming, default ExportNaming::hostName), {port} = the
//    connection's port or the target's primary port, {user}/{database}/any other {field} = the
//    literal value of the target's variable the catalog names for it (urlFieldEnv), else the
//    target's property of that name, else the catalog default; {password} = the target's password
//    secret (so the URL holds a secret). `part` picks host, port, user, database, password or
//    any other field (an object store's bucket) alone instead of the url.
// Required catalog variables the model leaves out are added: secrets as secrets named
// ExportNaming::implicitSecretName, others with the catalog's default value. Model order, added
// ones last. A variable the catalog marks secret but the model gives as text is turned into such a
// secret reference: its text is never written anywhere.
// Every lookup goes through a ProjectIndex and each component's variables are worked out once, so
// resolving a whole environment is linear in its size. One resolver serves one pass over a project
// that does not change meanwhile, on one thread.
class EnvResolver final
{
public:
    using HostNaming = std::function<QString(const Component &)>;
    // A platform's own value for a field of `target` (`bucket` of an S3 bucket whose name AWS
    // completes); empty: the model's and catalog's value.
    using FieldNaming = std::function<QString(const Component &target, const QString &field)>;

    // Builds its own index of `project`: construct one per environment, not one per component.
    EnvResolver(const Project &project, const Environment &env, const Catalog &catalog);
    // Shares an index the caller already has (`env` need not be one of the project's: a Kustomize
    // base is made up).
    EnvResolver(const ProjectIndex &index, const Environment &env, const Catalog &catalog);

    // How the target's {host} is spelled on the platform (e.g. a Cloud Map name on ECS).
    void setHostNaming(HostNaming naming) { m_hostNaming = std::move(naming); }
    // The host name a client on this platform reaches `target` at (the host naming above).
    QString hostName(const Component &target) const { return m_hostNaming(target); }
    void setFieldNaming(FieldNaming naming) { m_fieldNaming = std::move(naming); }

    // Fails, naming component, variable and reason, when a reference cannot be resolved (its target
    // is unknown, not deployed in this environment, or its type offers no value for the part
    // asked).
    Result<QList<ResolvedEnvVar>> resolve(const Component &component) const;
    Result<ResolvedEnvVar> resolve(const Component &component, const EnvVar &var) const;
    // The same verdict as resolve() without spelling the value (validation asks for every
    // variable after each edit).
    Status check(const Component &component, const EnvVar &var) const;

    // The variables as the model and catalog define them (effective env + implicit secrets),
    // unresolved.
    QList<EnvVar> variables(const Component &component) const;
    // The secret holding `target`'s password ({password} in its URL template); empty when none.
    QString passwordSecret(const Component &target) const;
    // A URL-template field of `target` other than host, port and password ("user", "database"):
    // its own literal variable the catalog names for it, its property, the catalog default.
    QString urlField(const Component &target, const QString &field) const;
    // The port a client reaches `target` on: the connection's port, else the target's primary port.
    int targetPort(const Component &client, const Component &target) const;
    // Every secret the deployed components of the environment use, sorted, without repeats.
    QStringList secrets() const;

    // The index this resolver looks ids up in (its own, or the one it was given).
    const ProjectIndex &index() const { return m_index; }
    // Whether `componentId` is deployed in the resolver's environment (its first deployment).
    bool deploys(const QString &componentId) const { return m_deployments.contains(componentId); }

private:
    struct UrlParts // what a URL template's {host}, {port} and {password} stand for
    {
        QString host;
        int port = 0;
        QString password; // a secret's name; empty: no credentials
    };

    void indexDeployments();
    Status resolveInto(const Component &component, const EnvVar &var, ResolvedEnvVar *out) const;
    // A search client reaches its server through the variable the tool it runs reads
    // (SearchClient::hostsVariable): one named for the other tool is renamed, a missing one is
    // taken `from:` the server.
    void adaptSearchClient(const Component &component, QList<EnvVar> &vars) const;
    void appendUrl(ResolvedEnvVar &out, const Component &target, const ComponentType &type,
                   const UrlParts &given, const ReplicationPlan &replication) const;
    QString fieldValue(const Component &target, const ComponentType &type,
                       const QString &field) const;

    std::shared_ptr<const ProjectIndex> m_ownIndex; // when built by the resolver itself
    const ProjectIndex &m_index;
    const Project &m_project;
    const Environment &m_env;
    const Catalog &m_catalog;
    HostNaming m_hostNaming;
    FieldNaming m_fieldNaming;
    QHash<QString, const Deployment *> m_deployments; // m_env's, by component id
    mutable QHash<const Component *, QList<EnvVar>> m_variables; // variables(), once per component
};

} // namespace Stackdraft::Core
