#pragma once

#include "core/catalog/catalog.h"
#include "core/cost/costreport.h"
#include "core/cost/pricebooks.h"
#include "core/model/project.h"

namespace Stackdraft::Core {

class ProjectIndex;

// Prices an environment from its price book with general rules (docs/cost.md): 730 hours a month,
// one line per component and resource, then environment-level lines. Pure: same inputs, same
// report.
class CostEngine final
{
public:
    // `index`: the project's index when the caller has one (a validation's), else one is built
    // when a rule first needs it.
    static CostReport estimate(const Project &project, const Environment &environment,
                               const Catalog &catalog, const PriceBooks &books,
                               const ProjectIndex *index = nullptr);
    // The book an environment uses: its `priceBook`, else "aws-<region>" for aws-ecs and for
    // kubernetes with a region, else "self-hosted".
    static QString priceBookId(const Environment &environment);
};

} // namespace Stackdraft::Core
