#include "mermaidexporter.h"

#include "core/diagram/mermaiddiagrams.h"
#include "core/model/project.h"

namespace Stackdraft::Plugins {

QString MermaidExporter::id() const
{
    return QStringLiteral("mermaid");
}

QString MermaidExporter::name() const
{
    return tr("Mermaid diagrams");
}

bool MermaidExporter::appliesTo(const Core::Environment &) const
{
    return true; // every platform has a deployment picture
}

Core::Result<Core::ExportSet> MermaidExporter::generate(const Core::Project &project,
                                                        const Core::ExportRequest &request) const
{
    if (!request.catalog)
        return Core::Error {tr("The Mermaid exporter needs a component catalog.")};
    if (!request.environment.isEmpty() && !project.environment(request.environment))
        return Core::Error {tr("The project has no environment '%1'.").arg(request.environment)};
    Core::ExportSet set(request.selection);
    set.add(QStringLiteral("docs/diagrams/components.mmd"),
            [&] { return Core::MermaidDiagrams::components(project, *request.catalog).toUtf8(); });
    set.add(QStringLiteral("docs/diagrams/deployment.mmd"), [&] {
        return Core::MermaidDiagrams::deployment(project, *request.catalog, request.environment)
            .toUtf8();
    });
    return set;
}

} // namespace Stackdraft::Plugins
