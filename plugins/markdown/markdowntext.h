#pragma once

#include <QString>
#include <QStringList>

namespace Stackdraft::Plugins::MarkdownText {

// Text from the model shown literally: Markdown punctuation backslash-escaped, "&" and "<" as
// entities, line breaks as spaces (for table cells and headings).
QString inline_(const QString &text);
// A paragraph: like inline_, but keeping line breaks, so a description reads as written.
QString paragraph(const QString &text);
// `text` as a code span that holds any backticks it contains.
QString code(const QString &text);
// A GitHub-flavoured table; cells are already escaped.
QString table(const QStringList &header, const QList<QStringList> &rows);

} // namespace Stackdraft::Plugins::MarkdownText
