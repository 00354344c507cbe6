#pragma once

#include "cli/command.h"

namespace Stackdraft::Cli {

// `stackdraft export FILE --out DIR [--env E] [--format F]... [--language en|pt_BR]`: runs the
// exporter plugins and writes their files under DIR atomically, touching nothing else; prints the
// files written.
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, Output &out, Output &err) override;
};

} // namespace Stackdraft::Cli
