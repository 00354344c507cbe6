#pragma once

#include "core/export/exporter.h"

#include <QObject>

namespace Stackdraft::Plugins {

// Kustomize manifests (deploy/k8s/base, deploy/k8s/overlays/<env>) for environments on kubernetes.
class KubernetesExporter final : public QObject, public Core::Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID StackdraftExporter_iid FILE "kubernetesexporter.json")
    Q_INTERFACES(Stackdraft::Core::Exporter)

public:
    QString id() const override { return QStringLiteral("k8s"); }
    QString name() const override;
    bool appliesTo(const Core::Environment &env) const override;
    Core::Result<Core::ExportSet> generate(const Core::Project &project,
                                           const Core::ExportRequest &request) const override;
};

} // namespace Stackdraft::Plugins
