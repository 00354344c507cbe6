#include "markdownexporter.h"

#include "architecturedocument.h"
#include "core/model/project.h"
#include "documentlanguage.h"

namespace Stackdraft::Plugins {

QString MarkdownExporter::id() const
{
    return QStringLiteral("markdown");
}

QString MarkdownExporter::name() const
{
    return tr("Architecture document (Markdown)");
}

bool MarkdownExporter::appliesTo(const Core::Environment &) const
{
    return true; // every environment has a section
}

Core::Result<Core::ExportSet> MarkdownExporter::generate(const Core::Project &project,
                                                         const Core::ExportRequest &request) const
{
    if (!request.catalog || !request.priceBooks)
        return Core::Error {tr("The Markdown exporter needs a component catalog and price books.")};
    if (!request.environment.isEmpty() && !project.environment(request.environment))
        return Core::Error {tr("The project has no environment '%1'.").arg(request.environment)};
    DocumentLanguage language;
    if (!language.load(request.language))
        return Core::Error {
            tr("The architecture document is not available in '%1'; use \"en\" or \"pt_BR\".")
                .arg(request.language)};
    Core::ExportSet set(request.selection);
    set.add(QStringLiteral("docs/ARCHITECTURE.md"), [&] {
        const ArchitectureDocument document(project, *request.catalog, *request.priceBooks,
                                            language, request.environment);
        return document.text().toUtf8();
    });
    return set;
}

} // namespace Stackdraft::Plugins
