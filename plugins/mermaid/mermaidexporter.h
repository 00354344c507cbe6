#pragma once

#include "core/export/exporter.h"

#include <QObject>

namespace Stackdraft::Plugins {

// docs/diagrams/components.mmd (the logical design) and docs/diagrams/deployment.mmd (one subgraph
// per environment, or only the requested one).
class MermaidExporter final : public QObject, public Core::Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID StackdraftExporter_iid FILE "mermaid.json")
    Q_INTERFACES(Stackdraft::Core::Exporter)

public:
    QString id() const override;
    QString name() const override;
    bool appliesTo(const Core::Environment &env) const override;
    Core::Result<Core::ExportSet> generate(const Core::Project &project,
                                           const Core::ExportRequest &request) const override;
};

} // namespace Stackdraft::Plugins
