#pragma once

#include "cli/command.h"

namespace Stackdraft::Cli {

// `stackdraft info FILE`: what a project deploys where — per environment its platform, deployed
// components, replicas and the CPU and memory they reserve (requests × replicas).
class InfoCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Output &out, Output &err) override;
};

} // namespace Stackdraft::Cli
