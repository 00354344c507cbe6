#include "cli/output.h"

#include <QJsonDocument>
#include <QTextStream>

namespace Stackdraft::Cli {

Output::Output(QTextStream &stream)
    : m_stream(stream)
{
}

void Output::write(QStringView line)
{
    m_stream << Core::Echo::escaped(line) << '\n';
}

void Output::lines(const QStringList &lines)
{
    for (const QString &line : lines)
        write(line);
}

void Output::text(QStringView text)
{
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1); // the last line's break is write()'s
    if (text.isEmpty())
        return;
    for (const QStringView line : text.split(QLatin1Char('\n')))
        write(line);
}

void Output::json(const QJsonDocument &document)
{
    const QString json = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    QString safe;
    safe.reserve(json.size());
    for (const QChar c : json) {
        // Outside strings an indented document holds only printable ASCII and line breaks, so
        // any other character Echo would escape is inside a string, where \uXXXX means it.
        if (c != QLatin1Char('\n') && Core::Echo::needsEscaping(QStringView(&c, 1)))
            safe += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    m_stream << safe;
}

void Output::flush()
{
    m_stream.flush();
}

} // namespace Stackdraft::Cli
