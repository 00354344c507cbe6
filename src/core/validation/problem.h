#pragma once

#include "core/message.h"
#include "core/validation/problemlocation.h"

#include <QString>

#include <optional>

namespace Stackdraft::Core {

enum class Severity { Info, Warning, Error };
QString severityId(Severity severity); // "info", "warning", "error" (stable, for JSON and CI)
QString severityText(Severity severity); // translated, for people
std::optional<Severity> severityFromId(const QString &id);

// One thing wrong with a design, in one environment, that a person can act on. Data: the text is
// translated where it is shown.
struct Problem
{
    Severity severity = Severity::Error;
    QString ruleId; // "SD-BUDGET-CPU"
    ProblemLocation location;
    Message message; // what is wrong
    Message fix; // what to do, when obvious ("raise memory to 512Mi"); may be empty

    friend bool operator==(const Problem &, const Problem &) = default;
};

} // namespace Stackdraft::Core
