#pragma once

#include <QString>

namespace Stackdraft::Core::MermaidText {

// An identifier Mermaid accepts whatever `text` holds: ASCII letters, digits and '_' only, always
// led by `prefix` + '_' so that no id can be a keyword (end, graph, subgraph, class, style, click,
// default...). DNS-1123 labels map one-to-one ('-' becomes '_'); other text may collide, so callers
// dedupe.
QString id(const QString &prefix, const QString &text);

// `text` as a Mermaid string, quotes included: every character Mermaid or HTML gives a meaning to
// (" # & < > | ` and the brackets) is written as an entity code (#quot;, #35;...), line breaks
// become spaces and control characters are dropped, so any label parses and renders as typed.
QString label(const QString &text);

} // namespace Stackdraft::Core::MermaidText
