#pragma once

#include "core/export/envresolver.h"
#include "core/export/exportnaming.h"
#include "core/export/publicentry.h"
#include "core/export/replicationplan.h"
#include "core/export/resolvedenvvar.h"
#include "core/export/workload.h"
#include "core/export/yamltree.h"
#include "core/result.h"

#include <QString>

namespace Stackdraft::Core {
class Catalog;
struct Environment;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::Plugins {

// The Kubernetes objects of one workload in one environment (or in the base, a synthetic
// environment), each a YamlTree. Pure: the same inputs give the same trees.
class KubernetesManifests final
{
public:
    // Environment: a real environment. Base: the Kustomize base every overlay patches.
    enum class Scope { Environment, Base };

    KubernetesManifests(const Core::Project &project, const Core::Environment &env,
                        const Core::Catalog &catalog, Scope scope = Scope::Environment);

    static bool isStatefulSet(const Core::Workload &w);
    static QString kind(const Core::Workload &w);
    static QString configMapName(const Core::Workload &w);
    // The ConfigMap of the files the image reads (ServiceConfig), mounted one key per file.
    static QString configFilesName(const Core::Workload &w);
    // How the workload's mode is realised on `platform` (one decision for objects, base and
    // overlays).
    static Core::ReplicationPlan replicationPlan(const Core::Workload &w, Core::Platform platform);

    // Every object of the workload, in apply order: ConfigMap, Service(s), Deployment or
    // StatefulSet.
    Core::Result<QList<Core::YamlTree>> objects(const Core::Workload &w) const;
    // The parts an overlay may patch, built by the same code as the objects.
    Core::Result<Core::YamlTree> configMapData(const Core::Workload &w) const;
    Core::YamlTree configFilesData(const Core::Workload &w) const;
    Core::Result<Core::YamlTree>
    containerEnv(const Core::Workload &w) const; // secrets and derived values
    static Core::YamlTree resources(const Core::Workload &w);
    // The container's `command` or `args` from one of the workload's lists; null when empty.
    static Core::YamlTree processList(const QStringList &items);
    Core::YamlTree volumeClaimTemplates(const Core::Workload &w) const;

    static Core::YamlTree metadata(const QString &name, const Core::Labels &labels);
    // A pod template whose spec holds only `container`: what a patch or an operator's override
    // of a workload's pods starts from.
    static Core::YamlTree podTemplate(const Core::YamlTree &container);

private:
    Core::YamlTree labels(const Core::Workload &w) const;
    Core::YamlTree selector(const Core::Workload &w) const;
    Core::YamlTree probe(const Core::Workload &w, bool readiness) const;
    Core::Result<Core::YamlTree> container(const Core::Workload &w) const;
    Core::YamlTree service(const Core::Workload &w, bool headless) const;
    bool formsClusterItself(const Core::Workload &w) const;
    static Core::YamlTree kernelSettingsContainers(const Core::Workload &w);
    void appendPeerDiscovery(const Core::Workload &w, Core::YamlTree &env) const;

    Core::Result<QList<Core::ResolvedEnvVar>> variables(const Core::Workload &w) const;

    const Core::Project &m_project;
    const Core::Environment &m_env;
    const Core::Catalog &m_catalog;
    Scope m_scope;
    Core::EnvResolver m_resolver; // one for every workload, so resolving them all stays linear
};

} // namespace Stackdraft::Plugins
