#pragma once

#include "core/vcs/gitstatus.h"

#include <QList>

class QTextStream;

namespace Stackdraft::Cli {

// One line per changed file, as `commit` and `commit --dry-run` print them: "  new deploy/...".
void printChanges(QTextStream &out, const QList<Core::GitStatus::Entry> &entries);

} // namespace Stackdraft::Cli
