#pragma once

#include <QString>

namespace Stackdraft::Core::Naming {

// RFC 1123 label as Kubernetes uses it: lower-case alphanumerics and '-', starting and ending
// alphanumeric, at most 63 characters.
bool isDnsLabel(const QString &name);
// The closest valid label to any text ("My API_1" -> "my-api-1"); never empty ("component" at
// worst).
QString toDnsLabel(const QString &text);
// An environment-variable-safe upper-case name ("my-api" -> "MY_API").
QString toEnvName(const QString &text);

} // namespace Stackdraft::Core::Naming
