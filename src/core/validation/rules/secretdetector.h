#pragma once

#include <QString>

namespace Stackdraft::Core::SecretDetector {

// What the plain-secret rule (SD-SECRET-PLAINTEXT) calls a secret written as a plain value, for
// variables and for the text of mounted files alike.

// A name that says it holds a secret (PASSWORD, TOKEN, API_KEY, ...).
bool hasSecretName(const QString &name);
// Numbers, booleans and durations under a secret-looking name are settings (TOKEN_TTL: 3600).
bool isPlainSetting(const QString &value);
// scheme://user:password@host, unless the password is a placeholder such as ${DB_PASSWORD}.
bool hasInlineCredentials(const QString &value);
// Well-known key prefixes, PEM blocks, or a long unbroken mix of letters and digits.
bool looksLikeKey(const QString &value);
// The 1-based number of the first line of a configuration text holding a plain secret (a
// `password: x`, `api_key = "x"`, `TOKEN=x` setting, a URL with a password, a key), else 0.
// Placeholders (${VAR}, {{ .Env.X }}, <x>, empty values) are not secrets.
int firstSecretLine(const QString &text);

} // namespace Stackdraft::Core::SecretDetector
