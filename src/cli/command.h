#pragma once

#include <QString>
#include <QStringList>

namespace Stackdraft::Cli {

class Output;

// One headless subcommand (`stackdraft <name> ...`). Exit codes: 0 success, 1 the command's
// "negative" answer (problems found, nothing to commit), 2 usage or runtime error.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for `stackdraft --help`
    // True for a command that draws (`render`): it runs under a QApplication on Qt's offscreen
    // platform instead of a QCoreApplication, still with no display.
    virtual bool needsGui() const { return false; }
    // `arguments` start after the subcommand name. Everything the command prints goes through
    // `out` (stdout) and `err` (stderr), which escape it (Output).
    virtual int run(const QStringList &arguments, Output &out, Output &err) = 0;
};

} // namespace Stackdraft::Cli
