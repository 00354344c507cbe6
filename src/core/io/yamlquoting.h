#pragma once

#include <QString>

namespace Stackdraft::Core {

// `text` as a YAML double-quoted scalar that any YAML 1.1/1.2 reader gives back unchanged: quotes,
// backslashes and control characters escaped, and the code points YAML treats as line breaks or
// byte order marks (U+0085, U+2028, U+2029, U+FEFF) written as \u escapes. Shared by the
// project-file writer and the generators' YAML, so both quote the same way.
QString yamlDoubleQuoted(const QString &text);

} // namespace Stackdraft::Core
