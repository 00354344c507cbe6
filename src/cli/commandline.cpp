#include "cli/commandline.h"

#include "cli/command.h"
#include "cli/output.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <vector>

// One line per command; keep them in the order `--help` lists them.
#include "cli/commitcommand.h"
#include "cli/costcommand.h"
#include "cli/diffcommand.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/infocommand.h"
#include "cli/validatecommand.h"

namespace Stackdraft::Cli {
namespace {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<CostCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<CommitCommand>());
    commands.push_back(std::make_unique<DiffCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    return commands;
}

std::vector<std::unique_ptr<Command>> &commands()
{
    static std::vector<std::unique_ptr<Command>> all = makeCommands();
    return all;
}

Command *findCommand(const QString &name)
{
    for (const auto &command : commands()) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void printHelp(Output &out)
{
    out.line(QCoreApplication::translate(
        "Cli", "Usage: stackdraft [FILE]             open FILE in the app"));
    out.line(QCoreApplication::translate(
        "Cli", "       stackdraft <command> [options] run a headless command"));
    out.line({});
    out.line(QCoreApplication::translate("Cli", "Commands:"));
    for (const auto &command : commands())
        out.line(QStringLiteral("  %1 %2"), command->name().leftJustified(10), command->summary());
    out.line({});
    out.line(QCoreApplication::translate(
        "Cli", "Run 'stackdraft <command> --help' for a command's options."));
}

} // namespace

void addCommand(std::unique_ptr<Command> command)
{
    commands().push_back(std::move(command));
}

bool needsGui(const QStringList &arguments)
{
    const Command *command = arguments.isEmpty() ? nullptr : findCommand(arguments.first());
    return command && command->needsGui();
}

bool isCommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    return findCommand(first) != nullptr || first == QLatin1String("help")
        || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v");
}

int run(const QStringList &arguments, QTextStream &stdOut, QTextStream &stdErr)
{
    Output out(stdOut);
    Output err(stdErr);
    const QString first = arguments.value(0);
    int code = 2;
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out.line(QStringLiteral("%1 %2"), QCoreApplication::applicationName(),
                 QCoreApplication::applicationVersion());
        code = 0;
    } else if (first == QLatin1String("--help") || first == QLatin1String("-h")
               || first == QLatin1String("help")) {
        printHelp(out);
        code = 0;
    } else if (Command *command = findCommand(first)) {
        code = command->run(arguments.mid(1), out, err);
    } else {
        err.line(QCoreApplication::translate("Cli", "stackdraft: unknown command '%1'"), first);
        printHelp(err);
    }
    out.flush();
    err.flush();
    return code;
}

} // namespace Stackdraft::Cli
