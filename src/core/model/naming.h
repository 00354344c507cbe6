#pragma once

#include <QString>

#include <functional>

namespace Stackdraft::Core::Naming {

// RFC 1123 label as Kubernetes uses it: lower-case alphanumerics and '-', starting and ending
// alphanumeric, at most 63 characters.
bool isDnsLabel(const QString &name);
// The closest valid label to any text ("My API_1" -> "my-api-1"); never empty ("component" at
// worst).
QString toDnsLabel(const QString &text);
// A name the project file accepts for an environment variable, as Kubernetes accepts it
// ([-._a-zA-Z][-._a-zA-Z0-9]*): ASCII letters, digits, '_', '-' and '.', not starting with a digit.
// Compose and ECS take any such name; Elasticsearch reads settings from names like
// `discovery.type`.
bool isEnvName(const QString &name);
// toDnsLabel(text), or when `taken` says it is in use, the first free "<label>-2", "<label>-3", ...
// (shortened to stay a valid label).
QString uniqueDnsLabel(const QString &text, const std::function<bool(const QString &)> &taken);
// An environment-variable-safe upper-case name ("my-api" -> "MY_API").
QString toEnvName(const QString &text);

} // namespace Stackdraft::Core::Naming
