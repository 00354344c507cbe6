#pragma once

#include "core/catalog/catalog.h"
#include "core/model/project.h"
#include "core/validation/rule.h"

#include <QString>

namespace Stackdraft::Core::Rules {

// Production is decided by name: an environment whose id or label contains "prod" (production,
// prod, produção, prod-eu). Rules that only make sense there can still be disabled per project.
bool isProduction(const Environment &environment);

} // namespace Stackdraft::Core::Rules
