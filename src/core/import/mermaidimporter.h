#pragma once

#include "core/import/importer.h"

namespace Stackdraft::Core {

// Mermaid flowcharts (a .mmd file, or every ```mermaid flowchart block of a Markdown document):
// nodes become components typed from their label and shape, edges connections, subgraphs groups;
// one development environment deploys them all. docs/import.md lists what is left out.
class MermaidImporter final : public Importer
{
public:
    QString id() const override { return QStringLiteral("mermaid"); }
    QString name() const override;
    bool recognises(const ImportFile &file) const override;
    Result<ImportResult> import(const ImportRequest &request) const override;
};

} // namespace Stackdraft::Core
