#pragma once

#include "cli/command.h"

namespace Stackdraft::Cli {

// `stackdraft commit FILE`: generates every output and commits exactly the generated files to the
// project's repository (see Core::GeneratedTreeCommit), optionally on a new branch and pushed. Exit
// 0 committed, 1 nothing to commit, 2 error or refusal.
class CommitCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Output &out, Output &err) override;
};

} // namespace Stackdraft::Cli
