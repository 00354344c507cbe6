#pragma once

#include "cli/command.h"

namespace Stackdraft::Cli {

// `stackdraft validate FILE [--env E] [--format text|json] [--strict]`: loads the project
// (structural errors fail the load) and runs every enabled validation rule. Exit codes, for CI
// gates:
//   0  no errors (and, with --strict, no warnings);
//   1  the design has errors, or the file does not load (its file:line:col message is printed);
//   2  only warnings, under --strict; also a usage error (bad option, unknown environment).
class ValidateCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Output &out, Output &err) override;
};

} // namespace Stackdraft::Cli
