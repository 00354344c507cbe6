#include "kustomizelayout.h"

#include "backupjobs.h"
#include "core/catalog/catalog.h"
#include "core/export/envresolver.h"
#include "core/export/exportnaming.h"
#include "core/export/generatedtext.h"
#include "core/model/naming.h"
#include "core/model/project.h"
#include "core/model/projectindex.h"
#include "kubernetesmanifests.h"
#include "operatorresources.h"
#include "overlayobjects.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Stackdraft::Plugins {

using namespace Stackdraft::Core;

namespace {

const QString BaseDir = QStringLiteral("deploy/k8s/base");

YamlTree kustomization()
{
    YamlTree k = YamlTree::map();
    k.insert(QStringLiteral("apiVersion"), QStringLiteral("kustomize.config.k8s.io/v1beta1"));
    k.insert(QStringLiteral("kind"), QStringLiteral("Kustomization"));
    return k;
}

// A component's file in the base; "kustomization" is the one name Kustomize reserves.
QString baseFileName(const Workload &w)
{
    return w.name == QLatin1String("kustomization") ? w.name + QLatin1String("-component.yaml")
                                                    : w.name + QLatin1String(".yaml");
}

YamlTree patchTarget(const QString &group, const QString &kind, const QString &name)
{
    YamlTree target = YamlTree::map();
    if (!group.isEmpty()) {
        target.insert(QStringLiteral("group"), group);
        target.insert(QStringLiteral("version"), QStringLiteral("v1"));
    } else {
        target.insert(QStringLiteral("version"), QStringLiteral("v1"));
    }
    target.insert(QStringLiteral("kind"), kind);
    target.insert(QStringLiteral("name"), name);
    return target;
}

// A JSON 6902 "add" (which replaces an existing member) of `value` at `path`.
YamlTree setOperation(const QString &path, const YamlTree &value)
{
    YamlTree op = YamlTree::map();
    op.insert(QStringLiteral("op"), QStringLiteral("add"));
    op.insert(QStringLiteral("path"), path);
    op.insert(QStringLiteral("value"), value);
    YamlTree ops = YamlTree::sequence();
    ops.append(op);
    return ops;
}

// The files of one overlay as they are made, with the kustomization's `resources` and `patches`.
struct OverlayFiles
{
    QString dir;
    ExportSet set;
    YamlTree resources
        = YamlTree::sequence({QStringLiteral("../../base"), QStringLiteral("namespace.yaml")});
    YamlTree patches = YamlTree::sequence();

    // A file of the overlay's objects, serialised only when the set wants its bytes.
    void addResource(const QString &file, const QList<YamlTree> &objects)
    {
        set.add(dir + QLatin1Char('/') + file, [&] { return YamlTree::toYaml(objects); });
        resources.append(file);
    }
    // A patch file; `target` names what it applies to when the patch itself does not (JSON 6902).
    void addPatch(const QString &file, const YamlTree &patch, const YamlTree &target = {})
    {
        set.add(dir + QLatin1Char('/') + file, [&] { return patch.toYaml(); });
        YamlTree entry = YamlTree::map();
        entry.insert(QStringLiteral("path"), file);
        if (!target.isNull())
            entry.insert(QStringLiteral("target"), target);
        patches.append(entry);
    }
};

// Replicas, resources, command and storage of `w` where they differ from the base's `b`: one
// strategic-merge patch, or a null tree when nothing differs.
YamlTree specPatch(const Workload &w, const Workload &b, const KubernetesManifests &manifests,
                   const KubernetesManifests &baseManifests)
{
    YamlTree spec = YamlTree::map();
    if (w.replicas != b.replicas)
        spec.insert(QStringLiteral("replicas"), w.replicas);
    YamlTree container = YamlTree::map();
    container.insert(QStringLiteral("name"), w.name);
    const YamlTree res = manifests.resources(w);
    if (res != baseManifests.resources(b))
        container.insert(QStringLiteral("resources"), res);
    // A null removes a list the base sets (strategic merge).
    if (w.command != b.command)
        container.insert(QStringLiteral("command"), KubernetesManifests::processList(w.command));
    if (w.args != b.args)
        container.insert(QStringLiteral("args"), KubernetesManifests::processList(w.args));
    if (container.size() > 1)
        spec.insert(QStringLiteral("template"), KubernetesManifests::podTemplate(container));
    const YamlTree claims = manifests.volumeClaimTemplates(w);
    if (claims != baseManifests.volumeClaimTemplates(b))
        spec.insert(QStringLiteral("volumeClaimTemplates"), claims);
    if (spec.size() == 0)
        return {};
    YamlTree patch = YamlTree::map();
    patch.insert(QStringLiteral("apiVersion"), QStringLiteral("apps/v1"));
    patch.insert(QStringLiteral("kind"), KubernetesManifests::kind(w));
    patch.insert(QStringLiteral("metadata"), KubernetesManifests::metadata(w.name, {}));
    patch.insert(QStringLiteral("spec"), spec);
    return patch;
}

// Variables: the ConfigMap's data and the container's secret references, replaced whole (JSON
// 6902) so the result never depends on how lists merge.
std::optional<Error> addVariablePatches(OverlayFiles &out, const Workload &w, const Workload &b,
                                        const KubernetesManifests &manifests,
                                        const KubernetesManifests &baseManifests)
{
    Result<YamlTree> data = manifests.configMapData(w);
    Result<YamlTree> baseData = baseManifests.configMapData(b);
    Result<YamlTree> envList = manifests.containerEnv(w);
    Result<YamlTree> baseEnvList = baseManifests.containerEnv(b);
    for (const auto *r : {&data, &baseData, &envList, &baseEnvList}) {
        if (!r->ok())
            return r->error();
    }
    if (*data != *baseData)
        out.addPatch(
            QStringLiteral("patches/%1-configmap.yaml").arg(w.name),
            setOperation(QStringLiteral("/data"), *data),
            patchTarget({}, QStringLiteral("ConfigMap"), KubernetesManifests::configMapName(w)));
    if (const YamlTree files = manifests.configFilesData(w);
        files.size() > 0 && files != baseManifests.configFilesData(b))
        out.addPatch(
            QStringLiteral("patches/%1-config.yaml").arg(w.name),
            setOperation(QStringLiteral("/data"), files),
            patchTarget({}, QStringLiteral("ConfigMap"), KubernetesManifests::configFilesName(w)));
    if (*envList != *baseEnvList)
        out.addPatch(QStringLiteral("patches/%1-env.yaml").arg(w.name),
                     setOperation(QStringLiteral("/spec/template/spec/containers/0/env"), *envList),
                     patchTarget(QStringLiteral("apps"), KubernetesManifests::kind(w), w.name));
    return std::nullopt;
}

} // namespace

KustomizeLayout::KustomizeLayout(const Project &project, const Catalog &catalog,
                                 ExportSelection selection)
    : m_project(project)
    , m_catalog(catalog)
    , m_selection(std::move(selection))
{
    for (const Environment &env : project.environments) {
        if (env.platform == Platform::Kubernetes)
            m_envs << &env;
    }
    m_base.id = QStringLiteral("base");
    m_base.platform = Platform::Kubernetes;
    const ProjectIndex index(project);
    for (const Component &c : project.components) {
        const bool everywhere = !m_envs.isEmpty()
            && std::all_of(m_envs.cbegin(), m_envs.cend(),
                           [&](const Environment *e) { return index.deploys(*e, c.id); });
        // A data store an operator realises in some environment is a different kind of object
        // there: each overlay then carries its own objects rather than patching the base's.
        const ComponentType type = catalog.type(c.type);
        const bool byOperator
            = std::any_of(m_envs.cbegin(), m_envs.cend(), [&](const Environment *e) {
                  const Deployment *d = index.deployment(*e, c.id);
                  return d && ReplicationPlan::make(type, *d, e->platform).usesOperator();
              });
        if (everywhere && !byOperator)
            m_base.deployments.append(Deployment {.component = c.id});
    }
}

QString KustomizeLayout::secretHowTo(const QString &namespaceName, const QStringList &secrets) const
{
    if (secrets.isEmpty())
        return generatedText("These components read no secrets.");
    const QString secretName = ExportNaming::kubernetesSecretName(m_project);
    QString text
        = generatedText(
              "Secrets are read from the Secret \"%1\", which Stackdraft never generates (it would "
              "hold values).\nCreate it in the namespace before applying, for example:\n")
              .arg(secretName);
    text += QStringLiteral("  kubectl create secret generic %1%2")
                .arg(secretName,
                     namespaceName.isEmpty() ? QString() : QStringLiteral(" -n ") + namespaceName);
    for (const QString &secret : secrets)
        text += QStringLiteral(" \\\n    --from-literal=%1=\"$%2\"")
                    .arg(ExportNaming::kubernetesSecretKey(secret),
                         ExportNaming::secretEnvName(secret));
    return text;
}

QString KustomizeLayout::operatorNotes(const QStringList &operators,
                                       const QStringList &credentialCommands)
{
    if (operators.isEmpty())
        return {};
    QString text = generatedText(
        "\nReplicated data stores are run by their operators, which must be installed in the "
        "cluster first:\n");
    for (const QString &name : operators)
        text += QStringLiteral("  - %1\n").arg(name);
    if (!credentialCommands.isEmpty()) {
        text += generatedText("and they read these credentials, from the same values as the "
                              "Secret above:\n");
        for (const QString &command : credentialCommands)
            text += QStringLiteral("  %1\n").arg(command);
    }
    return text;
}

Result<ExportSet> KustomizeLayout::base() const
{
    const KubernetesManifests manifests(m_project, m_base, m_catalog,
                                        KubernetesManifests::Scope::Base);
    ExportSet set(m_selection);
    YamlTree resources = YamlTree::sequence();
    for (const Workload &w : Workload::list(m_project, m_base, m_catalog)) {
        Result<QList<YamlTree>> objects = manifests.objects(w);
        if (!objects)
            return objects.error();
        set.add(BaseDir + QLatin1Char('/') + baseFileName(w),
                [&] { return YamlTree::toYaml(*objects); });
        resources.append(baseFileName(w));
    }
    YamlTree k = kustomization();
    k.setComment(
        generatedText(
            "Generated by Stackdraft from project %1: what every Kubernetes environment deploys, "
            "with catalog defaults.\nEach overlay in ../overlays holds what differs per "
            "environment. Change the model and export again rather than editing.\n")
            .arg(m_project.name)
        + secretHowTo({}, EnvResolver(m_project, m_base, m_catalog).secrets()));
    k.insert(QStringLiteral("resources"), resources);
    set.add(BaseDir + QStringLiteral("/kustomization.yaml"), [&] { return k.toYaml(); });
    return set;
}

Result<ExportSet> KustomizeLayout::overlay(const Environment &env) const
{
    OverlayFiles out {QStringLiteral("deploy/k8s/overlays/") + Naming::toDnsLabel(env.id),
                      ExportSet(m_selection)};
    const QString ns = ExportNaming::namespaceName(m_project, env);
    const KubernetesManifests manifests(m_project, env, m_catalog);
    const KubernetesManifests baseManifests(m_project, m_base, m_catalog,
                                            KubernetesManifests::Scope::Base);
    const QList<Workload> baseWorkloads = Workload::list(m_project, m_base, m_catalog);
    QHash<QString, const Workload *> baseWorkloadOf;
    for (const Workload &w : baseWorkloads)
        baseWorkloadOf.insert(w.component->id, &w);

    QList<YamlTree> autoscalers;
    QList<YamlTree> scaledObjects;
    QList<YamlTree> backups;
    const EnvResolver resolver(m_project, env, m_catalog);
    QStringList operators;
    QStringList credentialCommands;
    const OperatorResources operatorResources(m_project, resolver);
    out.set.add(out.dir + QStringLiteral("/namespace.yaml"),
                [&] { return OverlayObjects::namespaceObject(m_project, ns).toYaml(); });

    for (const Workload &w : Workload::list(m_project, env, m_catalog)) {
        if (w.deployment && w.deployment->autoscaling.enabled
            && !KubernetesManifests::replicationPlan(w, env.platform).usesOperator()) {
            if (w.deployment->autoscaling.queue.isSet())
                scaledObjects << OverlayObjects::scaledObject(m_project, m_catalog, w);
            else
                autoscalers << OverlayObjects::horizontalPodAutoscaler(m_project, w);
        }
        backups << BackupJobs::objects(m_project, env, resolver, w);
        const ReplicationPlan plan = KubernetesManifests::replicationPlan(w, env.platform);
        if (plan.usesOperator()) {
            const QString name = OperatorResources::operatorName(*plan.strategy);
            if (!operators.contains(name))
                operators << name;
            credentialCommands << operatorResources.credentialCommands(w, plan, ns);
        }
        const Workload *b = baseWorkloadOf.value(w.component->id);
        if (!b) {
            Result<QList<YamlTree>> objects = manifests.objects(w);
            if (!objects)
                return objects.error();
            out.addResource(QStringLiteral("components/%1.yaml").arg(w.name), *objects);
            continue;
        }
        if (const YamlTree patch = specPatch(w, *b, manifests, baseManifests); !patch.isNull())
            out.addPatch(QStringLiteral("patches/%1.yaml").arg(w.name), patch);
        if (auto error = addVariablePatches(out, w, *b, manifests, baseManifests))
            return *error;
    }
    if (!autoscalers.isEmpty())
        out.addResource(QStringLiteral("hpa.yaml"), autoscalers);
    if (!scaledObjects.isEmpty())
        out.addResource(QStringLiteral("scaledobjects.yaml"), scaledObjects);
    if (!backups.isEmpty())
        out.addResource(QStringLiteral("backups.yaml"), backups);
    QList<YamlTree> ingresses;
    for (const PublicEntry &entry : PublicEntry::list(m_project, env, m_catalog)) {
        if (!entry.host.isEmpty()) // an Ingress rule is for a host
            ingresses << OverlayObjects::ingress(m_project, m_catalog, entry);
    }
    if (!ingresses.isEmpty())
        out.addResource(QStringLiteral("ingress.yaml"), ingresses);

    YamlTree k = kustomization();
    k.setComment(
        generatedText(
            "Generated by Stackdraft from project %1, environment %2 (%3): what differs from "
            "../../base.\nApply with: kubectl apply -k %4\n")
            .arg(m_project.name, env.id, env.displayName(), out.dir)
        + secretHowTo(ns, resolver.secrets()) + operatorNotes(operators, credentialCommands)
        + (scaledObjects.isEmpty()
               ? QString()
               : generatedText(
                   "\nQueue autoscalers (scaledobjects.yaml) need KEDA 2 installed in the "
                   "cluster (keda.sh/v1alpha1).\n")));
    k.insert(QStringLiteral("namespace"), ns);
    k.insert(QStringLiteral("resources"), out.resources);
    if (out.patches.size() > 0)
        k.insert(QStringLiteral("patches"), out.patches);
    out.set.add(out.dir + QStringLiteral("/kustomization.yaml"), [&] { return k.toYaml(); });
    return out.set;
}

Result<ExportSet> KustomizeLayout::generate(const QString &environment) const
{
    if (m_envs.isEmpty())
        return ExportSet(m_selection);
    Result<ExportSet> all = base();
    if (!all)
        return all;
    for (const Environment *env : m_envs) {
        if (!environment.isEmpty() && env->id != environment)
            continue;
        Result<ExportSet> files = overlay(*env);
        if (!files)
            return files;
        all->merge(*files);
    }
    return all;
}

} // namespace Stackdraft::Plugins
