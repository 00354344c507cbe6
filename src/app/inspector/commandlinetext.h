#pragma once

#include <QString>
#include <QStringList>

namespace Stackdraft::App {

// A container's command or arguments (a list of texts) as one line a person types: entries
// separated by spaces, an entry holding spaces or quotes written in double quotes, a literal
// quote as three quotes — QProcess::splitCommand's rules, so join() and split() are inverses for
// every list of non-empty entries (empty entries are not allowed in the file either).
namespace CommandLineText {

QStringList split(const QString &text);
QString join(const QStringList &list);

} // namespace CommandLineText
} // namespace Stackdraft::App
