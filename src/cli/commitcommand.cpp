#include "cli/commitcommand.h"

#include "cli/changelist.h"
#include "cli/output.h"
#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "core/vcs/generatedtreecommit.h"
#include "core/vcs/gitdiff.h"
#include "core/vcs/gitpush.h"
#include "core/vcs/gitworkspace.h"

#include <QCoreApplication>

#include <optional>

namespace Stackdraft::Cli {

using namespace Stackdraft::Core;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "CommitCommand",
        "Usage: stackdraft commit FILE [--repo DIR] [--branch NAME] [-m MESSAGE]\n"
        "                         [--author \"Name <e-mail>\"] [--force-overwrite PATH]...\n"
        "                         [--push [REMOTE]] [--dry-run]");
}

struct Arguments
{
    QString file;
    QString repository;
    QString branch;
    QString message;
    QString author;
    QStringList forced;
    bool push = false;
    QString remote;
    bool dryRun = false;
};

// Options with a value take the next argument; --push takes the next one as REMOTE unless it is an
// option or the project file (the only argument ending in .yaml/.yml).
std::optional<Arguments> parse(const QStringList &arguments)
{
    Arguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        auto value = [&](QString &target) {
            if (!hasValue)
                return false;
            target = arguments.at(++i);
            return true;
        };
        if (argument == QLatin1String("--repo")) {
            if (!value(parsed.repository))
                return std::nullopt;
        } else if (argument == QLatin1String("--branch") || argument == QLatin1String("-b")) {
            if (!value(parsed.branch))
                return std::nullopt;
        } else if (argument == QLatin1String("-m") || argument == QLatin1String("--message")) {
            if (!value(parsed.message))
                return std::nullopt;
        } else if (argument == QLatin1String("--author")) {
            if (!value(parsed.author))
                return std::nullopt;
        } else if (argument == QLatin1String("--force-overwrite")) {
            QString path;
            if (!value(path))
                return std::nullopt;
            parsed.forced << path;
        } else if (argument == QLatin1String("--push")) {
            parsed.push = true;
            const QString next = hasValue ? arguments.at(i + 1) : QString();
            if (!next.isEmpty() && !next.startsWith(QLatin1Char('-'))
                && !next.endsWith(QLatin1String(".yaml")) && !next.endsWith(QLatin1String(".yml")))
                parsed.remote = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--push="))) {
            parsed.push = true;
            parsed.remote = argument.mid(7);
        } else if (argument == QLatin1String("--dry-run") || argument == QLatin1String("-n")) {
            parsed.dryRun = true;
        } else if (!argument.startsWith(QLatin1Char('-')) && parsed.file.isEmpty()) {
            parsed.file = argument;
        } else {
            return std::nullopt;
        }
    }
    if (parsed.file.isEmpty())
        return std::nullopt;
    return parsed;
}

// The catalog, price books and exporters of this installation.
GitWorkspace::Context standardContext()
{
    return {&Catalog::standard(), &PriceBooks::standard(), &ExporterRegistry::standard()};
}

int fail(Output &err, const Error &error)
{
    err.line(QCoreApplication::translate("CommitCommand", "stackdraft commit: %1")
                 .arg(error.toString()));
    return 2;
}

} // namespace

QString CommitCommand::name() const
{
    return QStringLiteral("commit");
}

QString CommitCommand::summary() const
{
    return QCoreApplication::translate(
        "CommitCommand", "commit the generated files to the project's git repository");
}

int CommitCommand::run(const QStringList &arguments, Output &out, Output &err)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out.text(usage());
        out.line(summary());
        return 0;
    }
    const std::optional<Arguments> args = parse(arguments);
    if (!args) {
        err.text(usage());
        return 2;
    }
    GeneratedTreeCommit::Options options;
    options.branch = args->branch;
    if (!args->author.isEmpty()) {
        const Result<GitAuthor> author = GitAuthor::parse(args->author);
        if (!author)
            return fail(err, author.error());
        options.author = *author;
    }

    const Result<GitWorkspace> workspace
        = GitWorkspace::load(args->file, args->repository, standardContext());
    if (!workspace)
        return fail(err, workspace.error());
    if (!workspace->skipped().isEmpty()) {
        // The lists are not cut: each path is one the user has to find.
        err.line(
            QCoreApplication::translate("CommitCommand",
                                        "stackdraft commit: not committing %1 generated file(s) "
                                        "outside the output directories (%2): %3")
                .arg(QString::number(workspace->skipped().size()),
                     workspace->paths().directories().join(QLatin1String(", ")),
                     workspace->skipped().join(QLatin1String(", "))));
    }
    for (const QString &path : args->forced)
        options.forcedPaths << workspace->repositoryPath(path);

    if (args->dryRun) {
        // The commit computes the status itself, under its lock: only the dry run asks first.
        const Result<GitStatus> status = workspace->status();
        if (!status)
            return fail(err, status.error());
        if (!status->hasChanges()) {
            out.line(QCoreApplication::translate("CommitCommand", "Nothing to commit."));
            return 1;
        }
        out.line(QCoreApplication::translate("CommitCommand", "Would commit %n file(s):", nullptr,
                                             int(status->changed().size())));
        printChanges(out, status->changed());
        const Result<QString> diff
            = GitDiff::unified(workspace->repository(), *status, workspace->files());
        if (!diff)
            return fail(err, diff.error());
        out.line({});
        out.text(*diff);
        out.flush();
        if (Status can = workspace->repository().checkCanCommit(); !can)
            return fail(err, can.error());
        if (const QStringList refused = status->refusedPaths(options.forcedPaths);
            !refused.isEmpty()) {
            return fail(
                err,
                Error {QCoreApplication::translate("CommitCommand",
                                                   "the commit would be refused: %1 changed "
                                                   "since the last commit (--force-overwrite PATH)")
                           .arg(refused.join(QLatin1String(", ")))});
        }
        return 0;
    }

    options.message = args->message; // empty: described from what the commit finds
    const Result<GeneratedTreeCommit::Outcome> outcome = workspace->commit(options);
    if (!outcome)
        return fail(err, outcome.error());
    if (!outcome->repaired.isEmpty()) {
        out.line(QCoreApplication::translate("CommitCommand",
                                             "Repaired the index and working tree of %n generated "
                                             "file(s) that an earlier commit left behind.",
                                             nullptr, int(outcome->repaired.size())));
    }
    if (!outcome->committed) {
        out.line(QCoreApplication::translate("CommitCommand",
                                             "Nothing to commit: the generated files in "
                                             "'%1' are up to date."),
                 workspace->repository().workTree());
        return 1;
    }
    out.line(QCoreApplication::translate("CommitCommand", "Committed %1 on %2 (%n file(s)):",
                                         nullptr, int(outcome->files.size())),
             outcome->commitId, outcome->branch);
    printChanges(out, outcome->files);
    out.flush();
    if (args->push) {
        const Result<QString> pushed
            = GitPush::push(workspace->repository(), outcome->branch, args->remote);
        if (!pushed) {
            return fail(err,
                        Error {QCoreApplication::translate("CommitCommand",
                                                           "committed %1, but the push failed: %2")
                                   .arg(outcome->commitId, pushed.error().message)});
        }
        out.line(QCoreApplication::translate("CommitCommand", "Pushed %1 to %2."), outcome->branch,
                 *pushed);
    }
    return 0;
}

} // namespace Stackdraft::Cli
