#pragma once

#include "cli/command.h"

namespace Stackdraft::Cli {

// `stackdraft diff FILE`: what `stackdraft commit FILE` would change, as a unified diff against
// HEAD. Exit 0 when there are changes, 1 when there are none, 2 on error.
class DiffCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Output &out, Output &err) override;
};

} // namespace Stackdraft::Cli
