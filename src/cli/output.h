#pragma once

#include "core/echo.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <concepts>

class QJsonDocument;
class QTextStream;

namespace Stackdraft::Cli {

// The only way a command writes to stdout or stderr: Command::run gets two of these and no stream.
// Whatever it is given reaches the terminal or the CI log with every control character escaped
// (Core::Echo), so nothing taken from a file, an argument or libgit2 can forge a line of its own
// ("other.yaml:1:1: everything is fine") or send a terminal sequence; values quoted into a line are
// also cut, so one value cannot bury the rest of the message.
class Output
{
public:
    // Long enough for any real path, id or branch name; a value longer than this is cut.
    static constexpr qsizetype MaxValueLength = 200;

    explicit Output(QTextStream &stream);

    // One line: `text` (translated, with %1, %2… placeholders) with `values` put in, each escaped
    // and cut (numbers as they are); then the whole line escaped, so it stays one line whatever
    // the text holds.
    template<typename... Values> void line(const QString &text, const Values &...values)
    {
        if constexpr (sizeof...(Values) == 0)
            write(text);
        else
            write(text.arg(shown(values)...));
    }
    // Each entry as one line (a table's rows): a line break inside an entry is escaped, so a
    // value cannot add a row.
    void lines(const QStringList &lines);
    // A text whose own line structure is what to show (a unified diff, --help): cut at its line
    // breaks, each line escaped.
    void text(QStringView text);
    // A JSON document, indented. JSON escapes C0 controls itself; DEL, C1 controls, line
    // separators and bidirectional overrides, which it leaves raw, are written as \uXXXX (the
    // same string to a JSON reader).
    void json(const QJsonDocument &document);
    void flush();

    // What line() puts in for a value: cut (the line is escaped as a whole when written).
    static QString shown(QStringView value) { return Core::Echo::cut(value, MaxValueLength); }
    static QString shown(const QString &value) { return shown(QStringView(value)); }
    static QString shown(const char *value) { return shown(QString::fromUtf8(value)); }
    template<typename Number>
    requires std::integral<Number> || std::floating_point<Number>
    static QString shown(Number value) { return QString::number(value); }

private:
    void write(QStringView line);

    QTextStream &m_stream;
};

} // namespace Stackdraft::Cli
