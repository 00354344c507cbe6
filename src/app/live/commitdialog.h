#pragma once

#include "app/live/commitplan.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

namespace Ui {
class CommitDialog;
}

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class BackgroundJob;
class CodeView;
using Document::ProjectDocument;

// Git > Commit…: the generated files of the design as it was when the dialog opened, their status
// against HEAD (user-edited ones need "overwrite my edits" ticked), each file's diff, a message
// describing the design change (editable), the author from git config, and Commit or Commit & Push.
// Reading the repository, committing and pushing run on workers; a push shows progress and can be
// cancelled, and a failed push leaves the local commit in place.
class CommitDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CommitDialog(const ProjectDocument &document, QWidget *parent = nullptr);
    ~CommitDialog() override;

    // Reads the repository again (after a commit, or for another repository). `keepStatus`: the
    // status line keeps what it says (the outcome of a commit or push), rather than the file count.
    void prepare(const QString &repositoryOverride = {}, bool keepStatus = false);
    bool isBusy() const;

    const std::optional<CommitPlan> &plan() const { return m_plan; }
    QString message() const;
    void setMessage(const QString &message);
    void setNewBranch(const QString &name); // empty: the current branch
    void setOverwrite(const QString &repositoryPath, bool overwrite);
    // Selects a file in the list, showing its diff.
    bool showFile(const QString &repositoryPath);
    CodeView *diffView() const { return m_diff; }
    QString statusText() const;
    bool canCommit() const;

public slots:
    void commit();
    void commitAndPush();
    void cancelPush();

signals:
    void prepared(bool ok);
    void committed(const QString &commitId, const QString &branch);
    // The push ended: ok, or the error (the local commit is kept either way).
    void pushed(bool ok, const QString &message);

private:
    void fill();
    void updateButtons();
    void showSelectedDiff();
    void startCommit(bool push);
    void startPush(const QString &branch, const QString &commitId);
    void chooseRepository();
    void setStatus(const QString &text, bool error = false);

    std::unique_ptr<Ui::CommitDialog> m_ui;
    const ProjectDocument &m_document;
    CodeView *m_diff;
    BackgroundJob *m_prepareJob;
    BackgroundJob *m_commitJob;
    BackgroundJob *m_pushJob;
    std::optional<CommitPlan> m_plan;
    bool m_messageEdited = false;
    bool m_keepStatus = false;
    // Set by Cancel; the push stops at libgit2's next progress callback and reports what happened.
    std::shared_ptr<std::atomic<bool>> m_stopPush;
};

} // namespace Stackdraft::App
