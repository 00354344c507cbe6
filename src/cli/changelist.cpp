#include "cli/changelist.h"

#include "cli/output.h"

#include <QCoreApplication>

namespace Stackdraft::Cli {

void printChanges(Output &out, const QList<Core::GitStatus::Entry> &entries)
{
    for (const Core::GitStatus::Entry &entry : entries) {
        QString line = QStringLiteral("  %1 %2").arg(
            Core::GitStatus::changeName(entry.change).leftJustified(10), entry.path);
        if (entry.userEdited)
            line += QStringLiteral("  ")
                + QCoreApplication::translate("GitWorkspace", "(edited since the last commit)");
        out.line(line);
    }
}

} // namespace Stackdraft::Cli
