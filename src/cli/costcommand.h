#pragma once

#include "cli/command.h"

namespace Stackdraft::Cli {

// `stackdraft cost FILE [--env E] [--format table|json|markdown]`: the monthly cost of each
// environment, line by line with quantities, unit prices and their sources, totals against the
// budget, and which lines rest on usage assumptions. Exit codes: 0 every environment within budget
// (or none set), 1 an environment is over its monthly budget, 2 usage error or a file that does not
// load.
class CostCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Output &out, Output &err) override;
};

} // namespace Stackdraft::Cli
