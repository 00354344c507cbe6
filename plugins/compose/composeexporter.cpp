#include "composeexporter.h"

#include "composegenerator.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace Stackdraft::Plugins {

QString ComposeExporter::name() const
{
    return QCoreApplication::translate("ComposeExporter", "Docker Compose");
}

bool ComposeExporter::appliesTo(const Core::Environment &env) const
{
    return env.platform == Core::Platform::Compose;
}

Core::Result<Core::ExportSet> ComposeExporter::generate(const Core::Project &project,
                                                        const Core::ExportRequest &request) const
{
    Core::ExportSet set(request.selection);
    for (const Core::Environment &env : project.environments) {
        if (!appliesTo(env) || (!request.environment.isEmpty() && env.id != request.environment))
            continue;
        const ComposeGenerator generator(project, env, *request.catalog);
        Core::Result<Core::ExportSet> files = generator.generate(request.selection);
        if (!files)
            return files.error();
        set.merge(*files);
    }
    return set;
}

} // namespace Stackdraft::Plugins
