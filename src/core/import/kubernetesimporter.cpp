#include "core/import/kubernetesimporter.h"

#include "core/catalog/catalog.h"
#include "core/import/importlayout.h"
#include "core/import/importyaml.h"
#include "core/import/kubernetesobjects.h"
#include "core/import/kubernetesservices.h"
#include "core/io/yamlparser.h"
#include "core/model/naming.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <deque>
#include <memory>
#include <vector>

namespace Stackdraft::Core {
namespace {

using Kind = ImportNote::Kind;
using ImportYaml::text;

const QStringList WorkloadKinds
    = {QStringLiteral("Deployment"), QStringLiteral("StatefulSet"), QStringLiteral("DaemonSet"),
       QStringLiteral("ReplicationController"), QStringLiteral("ReplicaSet")};
const QStringList ReadKinds = {QStringLiteral("Service"),
                               QStringLiteral("Ingress"),
                               QStringLiteral("HorizontalPodAutoscaler"),
                               QStringLiteral("ConfigMap"),
                               QStringLiteral("Secret"),
                               QStringLiteral("PersistentVolumeClaim"),
                               QStringLiteral("Namespace")};

// Adds the objects of one document (a List's items one by one); an error for what is not a
// Kubernetes object at all.
Status collect(KubernetesObjects &objects, const QString &file, const YamlNode &doc, int &known)
{
    if (doc.isNull())
        return success();
    const QString kind = text(doc.find(QStringLiteral("kind")));
    if (!doc.isMap() || kind.isEmpty() || !doc.find(QStringLiteral("apiVersion"))) {
        return ImportYaml::errorAt(
            file, doc,
            QCoreApplication::translate(
                "Import", "not a Kubernetes manifest: a document without 'apiVersion' and 'kind'"));
    }
    if (kind == QLatin1String("List") || kind.endsWith(QLatin1String("List"))) {
        const YamlNode *items = doc.find(QStringLiteral("items"));
        int before = known;
        // By reference: the objects keep pointers into the document.
        for (size_t i = 0; items && i < items->items.size(); ++i) {
            if (Status s = collect(objects, file, items->items[i], known); !s)
                return s;
        }
        if (known == before) {
            return ImportYaml::errorAt(
                file, doc,
                QCoreApplication::translate(
                    "Import",
                    "a %1 with no object Stackdraft reads (Deployments, StatefulSets, "
                    "DaemonSets, ReplicationControllers, Services, Ingresses, HPAs, "
                    "ConfigMaps, Secrets, PVCs)")
                    .arg(kind));
        }
        return success();
    }
    KubernetesObject object {
        file, kind,
        text(doc.find(QStringLiteral("metadata"))
                 ? doc.find(QStringLiteral("metadata"))->find(QStringLiteral("name"))
                 : nullptr),
        &doc};
    if (WorkloadKinds.contains(kind) || ReadKinds.contains(kind))
        ++known;
    objects.add(object);
    return success();
}

} // namespace

QString KubernetesImporter::name() const
{
    return QCoreApplication::translate("Import", "Kubernetes manifests");
}

bool KubernetesImporter::recognises(const ImportFile &file) const
{
    static const QRegularExpression kind(QStringLiteral("(^|\\n)kind:[ \\t]*[A-Z]"));
    static const QRegularExpression api(QStringLiteral("(^|\\n)apiVersion:"));
    const QString head = QString::fromUtf8(file.bytes.left(1 << 20));
    return kind.match(head).hasMatch() && api.match(head).hasMatch();
}

Result<ImportResult> KubernetesImporter::import(const ImportRequest &request) const
{
    ImportResult result;
    ImportAssembler assembler(*request.catalog, result.report);
    KubernetesObjects objects(assembler);
    std::deque<std::vector<YamlNode>> documents; // stable addresses for the objects
    int known = 0;
    for (const ImportFile &file : request.files) {
        if (Status s = ImportYaml::refuseTemplates(file.bytes, file.path); !s)
            return s.error();
        Result<std::vector<YamlNode>> parsed = YamlParser::parseAll(file.bytes, file.path);
        if (!parsed)
            return parsed.error();
        documents.push_back(std::move(parsed.value()));
        for (const YamlNode &doc : documents.back()) {
            if (Status s = collect(objects, file.path, doc, known); !s)
                return s.error();
        }
    }
    if (known == 0) {
        Error error {QCoreApplication::translate(
                         "Import",
                         "no Kubernetes object Stackdraft reads (Deployments, StatefulSets, "
                         "DaemonSets, ReplicationControllers, Services, Ingresses, HPAs, "
                         "ConfigMaps, Secrets, PVCs)"),
                     request.files.value(0).path,
                     1, // where the objects belong: the start of the (first) file
                     1,
                     {}};
        return error;
    }

    Environment env;
    env.id = request.environment.isEmpty() ? QStringLiteral("production") : request.environment;
    env.platform = Platform::Kubernetes;
    std::vector<std::unique_ptr<KubernetesWorkload>> workloads;
    for (const KubernetesObject &object : objects.all()) {
        if (object.kind == QLatin1String("Namespace") && env.namespaceName.isEmpty())
            env.namespaceName = object.name;
        if (!WorkloadKinds.contains(object.kind)) {
            if (!ReadKinds.contains(object.kind))
                objects.note(Kind::LeftOut, object, *object.node, {},
                             QT_TRANSLATE_NOOP("Import", "kind %1 is not modelled"), {object.kind});
            continue;
        }
        auto workload = std::make_unique<KubernetesWorkload>(objects, object);
        Deployment deployment;
        if (!workload->addComponent(deployment))
            continue;
        env.deployments.append(deployment);
        workloads.push_back(std::move(workload));
    }
    KubernetesServices::readServices(objects, workloads, env);
    for (const auto &workload : workloads)
        workload->addVariables();
    KubernetesServices::readIngresses(objects, env);
    KubernetesServices::readAutoscalers(objects, env);
    KubernetesServices::readMetadata(objects, env);

    Project &project = assembler.project();
    QString name = request.projectName;
    if (name.isEmpty())
        name = QFileInfo(request.files.value(0).path).completeBaseName();
    project.name = Naming::toDnsLabel(name);
    if (project.name != name)
        project.title = name;
    ImportLayout::place(project, env, *request.catalog);
    project.environments.append(env);
    result.project = std::move(project);
    return result;
}

} // namespace Stackdraft::Core
