#pragma once

#include <QStringList>

class QTextStream;

namespace Stackdraft::Cli {

// True when `arguments` (without the program name) ask for a headless command rather than the GUI.
bool isCommand(const QStringList &arguments);

// Runs a headless command and returns the process exit code. Needs a QCoreApplication.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Stackdraft::Cli
