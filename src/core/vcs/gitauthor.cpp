#include "core/vcs/gitauthor.h"

#include "core/echo.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stackdraft::Core {

QString GitAuthor::toString() const
{
    return QStringLiteral("%1 <%2>").arg(name, email);
}

Result<GitAuthor> GitAuthor::parse(const QString &text)
{
    // The same shape git accepts for --author; angle brackets and newlines inside would corrupt the
    // commit.
    static const QRegularExpression shape(
        QStringLiteral(R"(^\s*([^<>\n]*[^<>\s])\s*<([^<>\s]+)>\s*$)"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch()) {
        return Error {QCoreApplication::translate(
                          "Git", "Invalid author '%1': write it as \"Name <e-mail>\".")
                          .arg(Echo::value(text))};
    }
    return GitAuthor {match.captured(1), match.captured(2)};
}

} // namespace Stackdraft::Core
