#pragma once

#include "cli/command.h"

namespace Stackdraft::Cli {

// `stackdraft import FILE|DIR... --out PROJECT.stackdraft.yaml [--from compose|k8s|mermaid]
// [--into EXISTING --env NAME] [--profile P]... [--force]`: builds a project (or a new environment
// of an existing one) from compose files, Kubernetes manifests or Mermaid flowcharts, writes only
// --out, and lists everything it left out. Exit 0 imported cleanly, 1 imported with things left
// out or changed, 2 nothing imported.
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, Output &out, Output &err) override;
};

} // namespace Stackdraft::Cli
