#pragma once

#include "core/import/importer.h"

namespace Stackdraft::Core {

// Kubernetes manifests (multi-document files; a directory's files, a rendered Kustomize overlay)
// into one environment on the kubernetes platform. docs/import.md lists what is mapped and what
// is left out.
class KubernetesImporter final : public Importer
{
public:
    QString id() const override { return QStringLiteral("k8s"); }
    QString name() const override;
    bool recognises(const ImportFile &file) const override;
    Result<ImportResult> import(const ImportRequest &request) const override;
};

} // namespace Stackdraft::Core
