#include "core/edit/projectsettings.h"

namespace Stackdraft::Core::Edit {

ProjectSettings projectSettings(const Project &project)
{
    return {project.name,          project.title,    project.description,
            project.disabledRules, project.currency, project.output};
}

Status setProjectSettings(Project &project, const ProjectSettings &settings)
{
    if (Status s = checkProjectSettings(settings); !s)
        return s;
    project.name = settings.name;
    project.title = settings.title;
    project.description = settings.description;
    project.disabledRules = settings.disabledRules;
    project.currency = settings.currency;
    project.output = settings.output;
    return success();
}

} // namespace Stackdraft::Core::Edit
