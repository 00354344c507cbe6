#pragma once

#include <QString>

namespace Stackdraft::Core {

// Text that goes into a generated file (comments, descriptions). Always English, whatever language
// the user interface runs in, so an export is byte-identical on every machine and a team's commits
// never flip between languages. The architecture document is the one exception: it follows
// ExportRequest::language. Messages shown to the user (errors) are translated as usual.
inline QString generatedText(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace Stackdraft::Core
