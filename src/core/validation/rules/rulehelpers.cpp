#include "core/validation/rules/rulehelpers.h"

namespace Stackdraft::Core::Rules {

bool isProduction(const Environment &environment)
{
    return environment.id.contains(QLatin1String("prod"), Qt::CaseInsensitive)
        || environment.label.contains(QLatin1String("prod"), Qt::CaseInsensitive);
}

} // namespace Stackdraft::Core::Rules
