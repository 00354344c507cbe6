#include "cli/changelist.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Stackdraft::Cli {

void printChanges(QTextStream &out, const QList<Core::GitStatus::Entry> &entries)
{
    for (const Core::GitStatus::Entry &entry : entries) {
        out << "  " << Core::GitStatus::changeName(entry.change).leftJustified(10) << ' '
            << entry.path;
        if (entry.userEdited)
            out << "  "
                << QCoreApplication::translate("GitWorkspace", "(edited since the last commit)");
        out << '\n';
    }
}

} // namespace Stackdraft::Cli
