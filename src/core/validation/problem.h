#pragma once

#include <QString>

#include <optional>

namespace Stackdraft::Core {

enum class Severity { Info, Warning, Error };
QString severityId(Severity severity); // "info", "warning", "error" (stable, for JSON and CI)
QString severityText(Severity severity); // translated, for people
std::optional<Severity> severityFromId(const QString &id);

// One thing wrong with a design, in one environment, that a person can act on.
struct Problem
{
    Severity severity = Severity::Error;
    QString ruleId; // "SD-BUDGET-CPU"
    QString environment; // environment id; empty for project-wide problems
    QString component; // component id; empty when the whole environment is concerned
    QString field; // model path, e.g. "environments[2].deployments.backend.memory"
    QString message; // what is wrong, translated
    QString fix; // what to do, when obvious ("raise memory to 512Mi"); may be empty

    friend bool operator==(const Problem &, const Problem &) = default;
};

} // namespace Stackdraft::Core
