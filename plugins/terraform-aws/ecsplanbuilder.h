#pragma once

#include "core/catalog/catalog.h"
#include "core/export/envresolver.h"
#include "core/model/project.h"
#include "ecsplan.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <optional>

namespace Stackdraft::Core {
struct Workload;
} // namespace Stackdraft::Core

namespace Stackdraft::Plugins {

// Builds the EcsPlan of one aws-ecs environment, one decision per step: the network, what each
// component becomes and who reaches it, each Fargate service and managed data service, the security
// group rules, the SSM parameters and the module's variables. It works on copies of the project and
// catalog adapted to AWS (managed services answer on their own port, over TLS).
class EcsPlanBuilder final
{
public:
    EcsPlanBuilder(const Core::Project &project, const Core::Environment &env,
                   const Core::Catalog &catalog);

    Core::Result<EcsPlan> build();

private:
    std::optional<Core::Error> planNetwork();
    void planRouting();
    void planPublicRoutes();
    void planHostNames();
    std::optional<Core::Error> planComponents();
    void planDataService(const Core::Workload &w, const Core::Realisation &r);
    Core::Result<EcsPlan::Service> planService(const Core::Workload &w);
    void planIngress();
    void planParameters();
    void planVariables();

    Core::Realisation::Kind kindOf(const QString &id) const { return m_realised.value(id).kind; }
    // The HCL interpolation a marker stands for: a host name, or a field AWS decides (a bucket's
    // name).
    QString markerExpression(const QString &marker) const;
    QString hostExpression(const QString &id) const;
    QString secretVariable(const QString &secret);
    QString render(const Core::ResolvedEnvVar &var);
    // `text` as the inside of an HCL string, with the host markers the resolver left in it
    // replaced by the expressions of what Terraform creates.
    QString hclText(const QString &text) const;

    const Core::Project &m_original;
    const Core::Environment &m_env;
    Core::Catalog m_catalog; // adapted to AWS (before m_project, which adapting it changes)
    Core::Project m_project; // adapted to AWS, then never changed: m_resolver indexes it
    EcsPlan m_plan;
    QMap<QString, Core::Realisation> m_realised; // what each deployed component becomes
    QSet<QString> m_targeted; // behind the ALB: the Fargate targets of the public entries' routes
    QHash<QString, QStringList> m_rulesOf; // component id -> its listener rules' names
    QSet<QString> m_called; // services another component calls: they need a Cloud Map name
    QSet<QString> m_usedSecrets; // every secret a variable of the module refers to
    QSet<QString> m_parameterSecrets; // secrets a container reads whole, from their own parameter
    Core::EnvResolver m_resolver; // built last, over the adapted project
};

} // namespace Stackdraft::Plugins
