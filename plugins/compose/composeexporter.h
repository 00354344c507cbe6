#pragma once

#include "core/export/exporter.h"

#include <QObject>

namespace Stackdraft::Plugins {

// docker-compose (Compose Specification) for every environment on platform compose.
class ComposeExporter final : public QObject, public Core::Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID StackdraftExporter_iid FILE "composeexporter.json")
    Q_INTERFACES(Stackdraft::Core::Exporter)

public:
    QString id() const override { return QStringLiteral("compose"); }
    QString name() const override;
    bool appliesTo(const Core::Environment &env) const override;
    Core::Result<Core::ExportSet> generate(const Core::Project &project,
                                           const Core::ExportRequest &request) const override;
};

} // namespace Stackdraft::Plugins
