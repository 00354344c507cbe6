#include "cli/commandline.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Stackdraft::Cli {
namespace {

const QStringList &commandNames()
{
    static const QStringList names = {QStringLiteral("info"), QStringLiteral("validate"),
                                      QStringLiteral("cost"), QStringLiteral("export"),
                                      QStringLiteral("diff"), QStringLiteral("commit"),
                                      QStringLiteral("import"), QStringLiteral("help")};
    return names;
}

} // namespace

bool isCommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    return commandNames().contains(first) || first == QLatin1String("--help")
           || first == QLatin1String("-h") || first == QLatin1String("--version")
           || first == QLatin1String("-v");
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(err);
    if (arguments.value(0) == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return 0;
    }
    out << QCoreApplication::translate("Cli", "Usage: stackdraft [FILE] | <command> [options]")
        << Qt::endl;
    return 0;
}

} // namespace Stackdraft::Cli
