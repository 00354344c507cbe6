#include "kubernetesexporter.h"

#include "core/model/project.h"
#include "kustomizelayout.h"

#include <QCoreApplication>

namespace Stackdraft::Plugins {

QString KubernetesExporter::name() const
{
    return QCoreApplication::translate("KubernetesExporter", "Kubernetes (Kustomize)");
}

bool KubernetesExporter::appliesTo(const Core::Environment &env) const
{
    return env.platform == Core::Platform::Kubernetes;
}

Core::Result<Core::ExportSet> KubernetesExporter::generate(const Core::Project &project,
                                                           const Core::ExportRequest &request) const
{
    const KustomizeLayout layout(project, *request.catalog, request.selection);
    return layout.generate(request.environment);
}

} // namespace Stackdraft::Plugins
