#pragma once

#include "core/export/exportset.h"
#include "core/model/project.h"
#include "core/result.h"
#include "core/vcs/gitauthor.h"
#include "core/vcs/gitstatus.h"
#include "core/vcs/outputpaths.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Stackdraft::Core {
class Catalog;
class ExporterRegistry;
class PriceBooks;
} // namespace Stackdraft::Core

namespace Stackdraft::App {

// What the commit dialog shows and commits, prepared on a worker from a snapshot of the design:
// the generated files placed in the repository, their status against HEAD, each file's diff, the
// author from git config and a message describing the design change. commit() commits exactly
// these bytes, so an edit made while the dialog is open is neither committed nor lost.
struct CommitPlan
{
    Q_DECLARE_TR_FUNCTIONS(Stackdraft::App::CommitPlan)

public:
    struct Input
    {
        Core::Project project;
        QString projectFile;
        QString repositoryOverride; // a repository the user chose; empty: the project's
        const Core::Catalog *catalog = nullptr;
        const Core::PriceBooks *priceBooks = nullptr; // the exports and the message's cost deltas
        const Core::ExporterRegistry *registry = nullptr;
        bool statusOnly = false; // no diffs and no message: the status bar's quick look
    };

    static Core::Result<CommitPlan> prepare(const Input &input);

    QString projectFile;
    QString repositoryLocation; // the repository the workspace opened (for commit and push)
    QString repositoryOverride;
    QString workTree;
    Core::OutputPaths paths;
    QString branch; // current branch
    std::optional<Core::GitAuthor> author; // from git config; empty: not configured
    QString authorProblem; // why there is none
    QString cannotCommit; // why the repository refuses a commit now (merge in progress...)
    Core::ExportSet files; // repository-relative paths
    QStringList skipped; // generated outside the output directories
    QList<Core::GitStatus::Entry> changes; // every changed entry, sorted by path
    QMap<QString, QString> diffs; // repository path → unified diff
    QString message; // CommitMessageBuilder's

    struct Options
    {
        QString message;
        QString branch; // empty or current: commit there; else a new branch
        QStringList forcedPaths; // user-edited paths to overwrite
    };
    struct Outcome
    {
        bool committed = false;
        QString commitId;
        QString branch;
        int files = 0;
    };
    Core::Result<Outcome> commit(const Options &options) const;

    // Pushes `branch` to its upstream (or origin). `progress(current, total, bytes)` is called from
    // libgit2's transfer callback; returning false cancels.
    static Core::Result<QString>
    push(const QString &repositoryLocation, const QString &branch,
         const std::function<bool(int current, int total, qint64 bytes)> &progress);
};

} // namespace Stackdraft::App
