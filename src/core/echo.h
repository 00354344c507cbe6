#pragma once

#include <QString>
#include <QStringView>

namespace Stackdraft::Core::Echo {

// Text from outside (file content, keys, branch names, libgit2's messages) made safe to put in a
// message shown on a terminal or in a CI log: control characters (C0, DEL, C1), line and
// paragraph separators and bidirectional overrides are written as escapes (\n, \t, \x1b,
// \u202e), so a value can neither forge a line of its own ("other.yaml:1:1: everything is fine")
// nor send a terminal escape sequence. Everything else is kept.
QString escaped(QStringView text);

// escaped(), cut to about `maxLength` characters: "first part…(1234 characters)". Use it for
// every value a message quotes.
QString value(QStringView text, qsizetype maxLength = 80);

// `text` cut to about `maxLength` characters like value(), but not escaped: for text escaped
// where it is written (the command line's Output escapes every line it prints).
QString cut(QStringView text, qsizetype maxLength = 80);

// escaped() line by line, keeping the line breaks: a report of several lines (a table, a Markdown
// document) whose values come from outside.
QString escapedLines(QStringView text);

// Whether `text` holds a character escaped() would rewrite.
bool needsEscaping(QStringView text);

} // namespace Stackdraft::Core::Echo
