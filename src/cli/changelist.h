#pragma once

#include "core/vcs/gitstatus.h"

#include <QList>

namespace Stackdraft::Cli {

class Output;

// One line per changed file, as `commit` and `commit --dry-run` print them: "  new deploy/...".
void printChanges(Output &out, const QList<Core::GitStatus::Entry> &entries);

} // namespace Stackdraft::Cli
