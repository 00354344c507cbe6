#pragma once

#include "core/export/exporter.h"

#include <QObject>

namespace Stackdraft::Plugins {

// docs/ARCHITECTURE.md, in English or in the language the request names ("pt_BR").
class MarkdownExporter final : public QObject, public Core::Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID StackdraftExporter_iid FILE "markdown.json")
    Q_INTERFACES(Stackdraft::Core::Exporter)

public:
    QString id() const override;
    QString name() const override;
    bool appliesTo(const Core::Environment &env) const override;
    Core::Result<Core::ExportSet> generate(const Core::Project &project,
                                           const Core::ExportRequest &request) const override;
};

} // namespace Stackdraft::Plugins
