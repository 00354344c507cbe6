#include "app/inspector/commandlinetext.h"

#include <QProcess>

namespace Stackdraft::App::CommandLineText {

QStringList split(const QString &text)
{
    return QProcess::splitCommand(text);
}

QString join(const QStringList &list)
{
    QStringList quoted;
    for (const QString &entry : list) {
        const bool plain = !entry.isEmpty() && !entry.contains(QLatin1Char('"'))
            && std::none_of(entry.cbegin(), entry.cend(), [](QChar c) { return c.isSpace(); });
        if (plain) {
            quoted << entry;
            continue;
        }
        QString escaped = entry;
        escaped.replace(QLatin1String("\""), QLatin1String("\"\"\""));
        quoted << QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return quoted.join(QLatin1Char(' '));
}

} // namespace Stackdraft::App::CommandLineText
