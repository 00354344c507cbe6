#pragma once

#include <QStringList>

#include <memory>

class QTextStream;

namespace Stackdraft::Cli {

class Command;

// Adds a command defined outside this library (the app's `render`, which needs QtGui); call it
// before isCommand() and run().
void addCommand(std::unique_ptr<Command> command);

// True when `arguments` name a command whose needsGui() is true.
bool needsGui(const QStringList &arguments);

// True when `arguments` (without the program name) ask for a headless command rather than the GUI.
bool isCommand(const QStringList &arguments);

// Runs a headless command and returns the process exit code. Needs a QCoreApplication. Everything
// it prints goes through an Output on each stream.
int run(const QStringList &arguments, QTextStream &stdOut, QTextStream &stdErr);

} // namespace Stackdraft::Cli
