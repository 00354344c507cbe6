#include "app/live/commitdialog.h"

#include "app/live/backgroundjob.h"
#include "app/live/codeview.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "document/projectdocument.h"
#include "ui_commitdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>

namespace Stackdraft::App {
namespace {

constexpr int PathRole = Qt::UserRole + 1;
constexpr int UserEditedRole = Qt::UserRole + 2;
enum FileColumn { ChangeColumn, PathColumn, OverwriteColumn };

struct Prepared
{
    std::optional<CommitPlan> plan;
    QString error;
};

struct Committed
{
    std::optional<CommitPlan::Outcome> outcome;
    QString error;
};

struct Pushed
{
    bool ok = false;
    QString message;
};

} // namespace

CommitDialog::CommitDialog(const ProjectDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CommitDialog>())
    , m_document(document)
    , m_diff(new CodeView(this))
    , m_prepareJob(new BackgroundJob(this))
    , m_commitJob(new BackgroundJob(this))
    , m_pushJob(new BackgroundJob(this))
{
    m_ui->setupUi(this);
    m_diff->setObjectName(QStringLiteral("commitDiff"));
    m_ui->diffLayout->addWidget(m_diff);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->filesTree->header()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    Core::ExporterRegistry::standard(); // plugins load on the UI thread, before any worker

    connect(m_ui->filesTree, &QTreeWidget::currentItemChanged, this,
            &CommitDialog::showSelectedDiff);
    connect(m_ui->filesTree, &QTreeWidget::itemChanged, this, &CommitDialog::updateButtons);
    connect(m_ui->commitButton, &QPushButton::clicked, this, &CommitDialog::commit);
    connect(m_ui->commitPushButton, &QPushButton::clicked, this, &CommitDialog::commitAndPush);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CommitDialog::cancelPush);
    connect(m_ui->chooseRepositoryButton, &QPushButton::clicked, this,
            &CommitDialog::chooseRepository);
    connect(m_ui->newBranchRadio, &QRadioButton::toggled, this, &CommitDialog::updateButtons);
    connect(m_ui->newBranchEdit, &QLineEdit::textChanged, this, &CommitDialog::updateButtons);
    connect(m_ui->messageEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_messageEdited = true;
        updateButtons();
    });
    connect(m_pushJob, &BackgroundJob::busyChanged, this, [this](bool busy) {
        m_ui->progressBar->setVisible(busy);
        m_ui->cancelButton->setVisible(busy);
        updateButtons();
    });
    connect(m_pushJob, &BackgroundJob::progressRangeChanged, m_ui->progressBar,
            &QProgressBar::setRange);
    connect(m_pushJob, &BackgroundJob::progressChanged, m_ui->progressBar, &QProgressBar::setValue);
    for (BackgroundJob *job : {m_prepareJob, m_commitJob})
        connect(job, &BackgroundJob::busyChanged, this, &CommitDialog::updateButtons);
    prepare();
}

CommitDialog::~CommitDialog() = default;

bool CommitDialog::isBusy() const
{
    return m_prepareJob->isBusy() || m_commitJob->isBusy() || m_pushJob->isBusy();
}

void CommitDialog::prepare(const QString &repositoryOverride, bool keepStatus)
{
    m_keepStatus = keepStatus;
    CommitPlan::Input input;
    input.project = m_document.project();
    input.projectFile = m_document.filePath();
    input.repositoryOverride = repositoryOverride;
    input.catalog = &m_document.catalog();
    input.priceBooks = &Core::PriceBooks::standard();
    input.registry = &Core::ExporterRegistry::standard();
    if (!keepStatus)
        setStatus(tr("Reading the repository…"));
    m_prepareJob->start<Prepared>(
        [input](QPromise<Prepared> &) {
            Core::Result<CommitPlan> plan = CommitPlan::prepare(input);
            if (!plan)
                return Prepared {std::nullopt, plan.error().toString()};
            return Prepared {std::move(plan).value(), {}};
        },
        [this](const Prepared &prepared) {
            m_plan = prepared.plan;
            if (!m_plan) {
                setStatus(prepared.error, true);
                m_ui->filesTree->clear();
                m_diff->showText({}, {});
                updateButtons();
                emit this->prepared(false);
                return;
            }
            fill();
            emit this->prepared(true);
        });
}

void CommitDialog::fill()
{
    const CommitPlan &plan = *m_plan;
    m_ui->repositoryLabel->setText(QDir::toNativeSeparators(plan.repositoryLocation));
    m_ui->currentBranchRadio->setText(tr("&Current: %1").arg(plan.branch));
    m_ui->authorLabel->setText(plan.author ? plan.author->toString()
                                           : tr("not configured — %1").arg(plan.authorProblem));
    {
        const QSignalBlocker blocker(m_ui->filesTree);
        m_ui->filesTree->clear();
        for (const Core::GitStatus::Entry &entry : plan.changes) {
            auto *item = new QTreeWidgetItem(
                m_ui->filesTree, {Core::GitStatus::changeName(entry.change), entry.path});
            item->setData(0, PathRole, entry.path);
            item->setData(0, UserEditedRole, entry.userEdited);
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            if (entry.userEdited) {
                // The user changed this generated file since HEAD: never overwritten unasked.
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(OverwriteColumn, Qt::Unchecked);
                item->setText(OverwriteColumn, tr("edited by you"));
                item->setForeground(PathColumn, QColor(0xb4, 0x53, 0x09));
            }
        }
        m_ui->filesTree->resizeColumnToContents(ChangeColumn);
    }
    if (!m_messageEdited || m_ui->messageEdit->toPlainText().trimmed().isEmpty()) {
        const QSignalBlocker blocker(m_ui->messageEdit);
        m_ui->messageEdit->setPlainText(plan.message);
        m_messageEdited = false;
    }
    if (m_ui->filesTree->topLevelItemCount() > 0)
        m_ui->filesTree->setCurrentItem(m_ui->filesTree->topLevelItem(0));
    else
        m_diff->showText({}, {});
    // After a commit or push, its outcome stays on screen rather than the new file count.
    if (!m_keepStatus) {
        if (!plan.cannotCommit.isEmpty())
            setStatus(plan.cannotCommit, true);
        else if (plan.changes.isEmpty())
            setStatus(tr("The generated files in %1 are up to date: nothing to commit.")
                          .arg(QDir::toNativeSeparators(plan.repositoryLocation)));
        else
            setStatus(tr("%n generated file(s) to commit.", nullptr, int(plan.changes.size())));
    }
    updateButtons();
}

void CommitDialog::showSelectedDiff()
{
    const QTreeWidgetItem *item = m_ui->filesTree->currentItem();
    if (!item || !m_plan)
        return;
    m_diff->showText(m_plan->diffs.value(item->data(0, PathRole).toString()),
                     QStringLiteral("changes.diff"));
}

bool CommitDialog::showFile(const QString &repositoryPath)
{
    for (int i = 0; i < m_ui->filesTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->filesTree->topLevelItem(i);
        if (item->data(0, PathRole).toString() == repositoryPath) {
            m_ui->filesTree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString CommitDialog::message() const
{
    return m_ui->messageEdit->toPlainText();
}

void CommitDialog::setMessage(const QString &message)
{
    m_ui->messageEdit->setPlainText(message);
}

void CommitDialog::setNewBranch(const QString &name)
{
    m_ui->newBranchRadio->setChecked(!name.isEmpty());
    m_ui->currentBranchRadio->setChecked(name.isEmpty());
    m_ui->newBranchEdit->setText(name);
}

void CommitDialog::setOverwrite(const QString &repositoryPath, bool overwrite)
{
    for (int i = 0; i < m_ui->filesTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->filesTree->topLevelItem(i);
        if (item->data(0, PathRole).toString() == repositoryPath
            && item->data(0, UserEditedRole).toBool())
            item->setCheckState(OverwriteColumn, overwrite ? Qt::Checked : Qt::Unchecked);
    }
}

QString CommitDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void CommitDialog::setStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
}

bool CommitDialog::canCommit() const
{
    if (!m_plan || isBusy() || m_plan->changes.isEmpty() || !m_plan->cannotCommit.isEmpty()
        || !m_plan->author || message().trimmed().isEmpty())
        return false;
    if (m_ui->newBranchRadio->isChecked() && m_ui->newBranchEdit->text().trimmed().isEmpty())
        return false;
    // Every file the user edited must be explicitly given up.
    for (int i = 0; i < m_ui->filesTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->filesTree->topLevelItem(i);
        if (item->data(0, UserEditedRole).toBool()
            && item->checkState(OverwriteColumn) != Qt::Checked)
            return false;
    }
    return true;
}

void CommitDialog::updateButtons()
{
    const bool ok = canCommit();
    m_ui->commitButton->setEnabled(ok);
    m_ui->commitPushButton->setEnabled(ok);
    m_ui->chooseRepositoryButton->setEnabled(!isBusy());
}

void CommitDialog::commit()
{
    startCommit(false);
}

void CommitDialog::commitAndPush()
{
    startCommit(true);
}

void CommitDialog::startCommit(bool push)
{
    if (!canCommit())
        return;
    CommitPlan::Options options;
    options.message = message();
    if (m_ui->newBranchRadio->isChecked())
        options.branch = m_ui->newBranchEdit->text().trimmed();
    for (int i = 0; i < m_ui->filesTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->filesTree->topLevelItem(i);
        if (item->data(0, UserEditedRole).toBool()
            && item->checkState(OverwriteColumn) == Qt::Checked)
            options.forcedPaths << item->data(0, PathRole).toString();
    }
    const CommitPlan plan = *m_plan;
    setStatus(tr("Committing…"));
    m_commitJob->start<Committed>(
        [plan, options](QPromise<Committed> &) {
            // Not cancellable: the commit is one step that either happens or leaves everything.
            const Core::Result<CommitPlan::Outcome> outcome = plan.commit(options);
            if (!outcome)
                return Committed {std::nullopt, outcome.error().toString()};
            return Committed {*outcome, {}};
        },
        [this, push](const Committed &result) {
            if (!result.outcome) {
                setStatus(tr("Nothing was committed: %1").arg(result.error), true);
                return;
            }
            const CommitPlan::Outcome &outcome = *result.outcome;
            setStatus(tr("Committed %1 on %2 (%n file(s)).", nullptr, outcome.files)
                          .arg(outcome.commitId.left(10), outcome.branch));
            emit committed(outcome.commitId, outcome.branch);
            m_messageEdited = false;
            if (push)
                startPush(outcome.branch, outcome.commitId);
            else
                prepare(m_plan->repositoryOverride, true);
        });
}

void CommitDialog::startPush(const QString &branch, const QString &commitId)
{
    const QString location = m_plan->repositoryLocation;
    m_stopPush = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> stop = m_stopPush;
    m_ui->progressBar->setRange(0, 0); // busy until libgit2 knows how many objects
    setStatus(tr("Committed %1 on %2; pushing…").arg(commitId.left(10), branch));
    m_pushJob->start<Pushed>(
        [location, branch, stop](QPromise<Pushed> &promise) {
            const Core::Result<QString> remote = CommitPlan::push(
                location, branch, [&promise, stop](int current, int total, qint64) {
                    promise.setProgressRange(0, total);
                    promise.setProgressValue(current);
                    return !stop->load();
                });
            if (!remote)
                return Pushed {false, remote.error().toString()};
            return Pushed {true, *remote};
        },
        [this, branch, commitId](const Pushed &result) {
            if (result.ok) {
                setStatus(tr("Committed %1 and pushed %2 to %3.")
                              .arg(commitId.left(10), branch, result.message));
            } else {
                setStatus(tr("Committed %1 on %2, but the push failed — the commit is kept "
                             "locally; push again when the cause is fixed.\n%3")
                              .arg(commitId.left(10), branch, result.message),
                          true);
            }
            emit pushed(result.ok, result.message);
            prepare(m_plan->repositoryOverride, true);
        });
}

void CommitDialog::cancelPush()
{
    // Not BackgroundJob::cancel(): the push's own answer (cancelled, or already done) is the truth
    // to show, so it is still delivered.
    if (m_pushJob->isBusy() && m_stopPush) {
        m_stopPush->store(true);
        setStatus(tr("Cancelling the push…"));
    }
}

void CommitDialog::chooseRepository()
{
    const QString directory = QFileDialog::getExistingDirectory(
        this, tr("Choose a Git Repository"), m_plan ? m_plan->repositoryLocation : QString());
    if (!directory.isEmpty())
        prepare(directory);
}

} // namespace Stackdraft::App
