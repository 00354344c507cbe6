#pragma once

#include "core/import/importreport.h"
#include "core/model/project.h"
#include "core/result.h"

namespace Stackdraft::Core {

// Adds an imported environment to an existing project, matching components by id, so importing
// staging's manifests into a project made from the dev compose file yields one model with two
// environments. The existing project's components stay as they are: where the import disagrees
// (type, image, ports) the project wins and the report says so; variables that differ become the
// new environment's overrides; new components, connections and groups are added.
class ImportMerge final
{
public:
    // `imported` holds exactly one environment (what importers return). Refused when `existing`
    // already has an environment `environmentId`.
    static Result<Project> addEnvironment(const Project &existing, const Project &imported,
                                          const QString &environmentId, ImportReport &report);
};

} // namespace Stackdraft::Core
