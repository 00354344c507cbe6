#include "cli/diffcommand.h"

#include "cli/output.h"
#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "core/vcs/gitdiff.h"
#include "core/vcs/gitworkspace.h"

#include <QCoreApplication>

namespace Stackdraft::Cli {

using namespace Stackdraft::Core;

namespace {

QString usage()
{
    return QCoreApplication::translate("DiffCommand", "Usage: stackdraft diff FILE [--repo DIR]");
}

} // namespace

QString DiffCommand::name() const
{
    return QStringLiteral("diff");
}

QString DiffCommand::summary() const
{
    return QCoreApplication::translate(
        "DiffCommand", "show what 'commit' would change in the repository (unified diff)");
}

int DiffCommand::run(const QStringList &arguments, Output &out, Output &err)
{
    QString file;
    QString repository;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out.lines({usage(), summary()});
            return 0;
        }
        if (argument == QLatin1String("--repo") && i + 1 < arguments.size()) {
            repository = arguments.at(++i);
        } else if (!argument.startsWith(QLatin1Char('-')) && file.isEmpty()) {
            file = argument;
        } else {
            err.line(usage());
            return 2;
        }
    }
    if (file.isEmpty()) {
        err.line(usage());
        return 2;
    }
    const Result<GitWorkspace> workspace = GitWorkspace::load(
        file, repository,
        {&Catalog::standard(), &PriceBooks::standard(), &ExporterRegistry::standard()});
    if (!workspace) {
        err.line(QCoreApplication::translate("DiffCommand", "stackdraft diff: %1")
                     .arg(workspace.error().toString()));
        return 2;
    }
    const Result<GitStatus> status = workspace->status();
    const Result<QString> diff = status
        ? GitDiff::unified(workspace->repository(), *status, workspace->files())
        : Result<QString>(status.error());
    if (!diff) {
        err.line(QCoreApplication::translate("DiffCommand", "stackdraft diff: %1")
                     .arg(diff.error().toString()));
        return 2;
    }
    out.text(*diff);
    out.flush();
    return status->hasChanges() ? 0 : 1;
}

} // namespace Stackdraft::Cli
