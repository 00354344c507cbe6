#include "app/live/previewdock.h"

#include "app/live/backgroundjob.h"
#include "app/live/codeview.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "core/export/exportwriter.h"
#include "document/projectdocument.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Stackdraft::App {
namespace {

enum TreeRole { FormatRole = Qt::UserRole + 1, EnvironmentRole, PathRole };

struct TreeResult
{
    QList<PreviewFiles::File> files;
    QStringList shape; // what the tree shows: environments and file names, not contents
    QString error;
};

// Computed with the files, on the worker: comparing it is all the UI thread does after most edits.
QStringList treeShape(const Core::Project &project, const QList<PreviewFiles::File> &files)
{
    QStringList shape;
    shape.reserve(files.size() + project.environments.size());
    for (const Core::Environment &env : project.environments)
        shape << env.id + QLatin1Char('\x1f') + env.displayName();
    for (const PreviewFiles::File &file : files)
        shape << file.format + QLatin1Char('\x1f') + file.formatName + QLatin1Char('\x1f')
                + file.environment + QLatin1Char('\x1f') + file.path;
    return shape;
}

struct ExportResult
{
    bool ok = false;
    QString message;
};

} // namespace

PreviewDock::PreviewDock(const ProjectDocument &document, QWidget *parent)
    : QDockWidget(tr("Preview"), parent)
    , m_document(document)
    , m_tree(new QTreeWidget(this))
    , m_view(new QComboBox(this))
    , m_otherEnvironment(new QComboBox(this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_note(new QLabel(this))
    , m_code(new CodeView(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_coalesce(new QTimer(this))
    , m_treeJob(new BackgroundJob(this))
    , m_fileJob(new BackgroundJob(this))
    , m_exportJob(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("previewDock"));
    // Plugins are loaded here, on the UI thread, before any worker asks for them.
    Core::ExporterRegistry::standard();

    auto *splitter = new QSplitter(this);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    splitter->addWidget(m_tree);

    auto *right = new QWidget(splitter);
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->addItem(tr("File"), int(PreviewRenderer::View::File));
    m_view->addItem(tr("Changes against disk"), int(PreviewRenderer::View::AgainstDisk));
    m_view->addItem(tr("Changes against HEAD"), int(PreviewRenderer::View::AgainstHead));
    m_view->addItem(tr("Compare with environment"), int(PreviewRenderer::View::AgainstEnvironment));
    bar->addWidget(m_view);
    m_otherEnvironment->setObjectName(QStringLiteral("previewOtherEnvironment"));
    bar->addWidget(m_otherEnvironment);
    bar->addStretch();
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
    m_cancel->setVisible(false);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_code->setObjectName(QStringLiteral("previewCode"));
    layout->addWidget(m_code, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    setWidget(splitter);

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &PreviewDock::refresh);
    connect(&document, &ProjectDocument::projectReset, this, &PreviewDock::scheduleRefresh);
    connect(&document, &ProjectDocument::changed, this, &PreviewDock::scheduleRefresh);
    connect(m_fileJob, &BackgroundJob::canceled, this, [this] {
        if (m_treePending)
            refreshTree();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PreviewDock::onSelectionChanged);
    connect(m_view, &QComboBox::currentIndexChanged, this, &PreviewDock::onViewChanged);
    connect(m_otherEnvironment, &QComboBox::currentIndexChanged, this, &PreviewDock::refreshFile);
    connect(m_exportButton, &QPushButton::clicked, this, &PreviewDock::chooseExportDirectory);
    connect(m_cancel, &QPushButton::clicked, m_exportJob, &BackgroundJob::cancel);
    connect(m_exportJob, &BackgroundJob::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        m_exportButton->setEnabled(!busy);
    });
    connect(m_exportJob, &BackgroundJob::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_exportJob, &BackgroundJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_exportJob, &BackgroundJob::canceled, this,
            [this] { emit exportFinished(false, tr("Export cancelled.")); });
    onViewChanged();
    if (document.hasProject())
        scheduleRefresh();
}

PreviewDock::~PreviewDock() = default;

void PreviewDock::scheduleRefresh()
{
    m_coalesce->start();
}

bool PreviewDock::isCurrent() const
{
    return !m_coalesce->isActive() && !m_refreshDeferred && !m_treePending && !m_treeJob->isBusy()
        && !m_fileJob->isBusy();
}

QString PreviewDock::noteText() const
{
    return m_note->text();
}

QString PreviewDock::selectedFile() const
{
    return m_path;
}

PreviewRenderer::View PreviewDock::currentView() const
{
    return PreviewRenderer::View(m_view->currentData().toInt());
}

void PreviewDock::setView(PreviewRenderer::View view, const QString &otherEnvironment)
{
    if (!otherEnvironment.isEmpty()) {
        const QSignalBlocker blocker(m_otherEnvironment);
        m_otherEnvironment->setCurrentIndex(m_otherEnvironment->findData(otherEnvironment));
    }
    const int index = m_view->findData(int(view));
    if (index == m_view->currentIndex())
        refreshFile();
    else
        m_view->setCurrentIndex(index);
}

void PreviewDock::deferRefreshWhile(std::function<bool()> busy)
{
    m_deferWhile = std::move(busy);
}

void PreviewDock::resumeRefresh()
{
    if (m_refreshDeferred && !m_coalesce->isActive())
        refresh();
}

void PreviewDock::refresh()
{
    m_refreshDeferred = m_deferWhile && m_deferWhile();
    if (m_refreshDeferred)
        return;
    // The file on screen first (one format, one environment): it is what the user is looking at.
    // The tree (every format of every environment, seconds at 1,000 components) starts once the
    // file is shown, so that the two never share the cores.
    m_treePending = true;
    refreshFile();
    if (m_treePending && !m_fileJob->isBusy())
        refreshTree();
}

void PreviewDock::refreshTree()
{
    m_treePending = false;
    const Core::Project snapshot = m_document.project();
    const Core::Catalog *catalog = &m_document.catalog();
    m_treeJob->start<TreeResult>(
        [snapshot, catalog](QPromise<TreeResult> &) {
            TreeResult result;
            auto files = PreviewFiles::list(snapshot, *catalog, Core::ExporterRegistry::standard());
            if (files)
                result.files = std::move(files).value();
            else
                result.error = files.error().toString();
            result.shape = treeShape(snapshot, result.files);
            return result;
        },
        [this](const TreeResult &result) {
            if (!result.error.isEmpty() && result.files.isEmpty())
                m_note->setText(result.error);
            rebuildTree(result.files, result.shape);
            emit treeRefreshed();
        });
}

void PreviewDock::refreshFile()
{
    if (m_path.isEmpty()) {
        m_fileJob->cancel();
        return;
    }
    PreviewRenderer::Request request;
    request.project = m_document.project();
    request.projectFile = m_document.filePath();
    request.catalog = &m_document.catalog();
    request.registry = &Core::ExporterRegistry::standard();
    request.format = m_format;
    request.environment = m_environment;
    request.path = m_path;
    request.view = currentView();
    request.otherEnvironment = m_otherEnvironment->currentData().toString();
    m_fileJob->start<PreviewRenderer::Shown>(
        [request](QPromise<PreviewRenderer::Shown> &) { return PreviewRenderer::render(request); },
        [this](const PreviewRenderer::Shown &shown) {
            m_note->setText(shown.note);
            m_code->showText(shown.text, shown.highlightAs);
            emit fileShown();
            if (m_treePending)
                refreshTree();
        });
}

void PreviewDock::rebuildTree(const QList<PreviewFiles::File> &files, const QStringList &shape)
{
    // The tree shows names, not contents: most edits change what files say, not which files
    // there are, and then the tree (thousands of rows at 1,000 components) stays as it is.
    if (shape == m_treeShape)
        return;
    m_treeShape = shape;

    QSignalBlocker blocker(m_tree);
    m_tree->clear();
    // Formats in exporter order; under each, the shared files first, then the environments in
    // the project's (tab) order.
    QHash<QString, int> environmentOrder {{QString(), -1}};
    for (const Core::Environment &env : m_document.project().environments)
        environmentOrder.insert(env.id, int(environmentOrder.size()));
    QList<const PreviewFiles::File *> ordered;
    for (const PreviewFiles::File &file : files)
        ordered << &file;
    QStringList formatOrder;
    for (const PreviewFiles::File &file : files) {
        if (!formatOrder.contains(file.format))
            formatOrder << file.format;
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const PreviewFiles::File *a, const PreviewFiles::File *b) {
                         const auto fa = formatOrder.indexOf(a->format);
                         const auto fb = formatOrder.indexOf(b->format);
                         if (fa != fb)
                             return fa < fb;
                         return environmentOrder.value(a->environment)
                             < environmentOrder.value(b->environment);
                     });
    QHash<QString, QTreeWidgetItem *> formats;
    QHash<QString, QTreeWidgetItem *> environments;
    QTreeWidgetItem *selected = nullptr;
    for (const PreviewFiles::File *file : std::as_const(ordered)) {
        QTreeWidgetItem *&format = formats[file->format];
        if (!format) {
            format = new QTreeWidgetItem(m_tree, {file->formatName});
            format->setFlags(Qt::ItemIsEnabled);
        }
        const QString key = file->format + QLatin1Char('/') + file->environment;
        QTreeWidgetItem *&environment = environments[key];
        if (!environment) {
            const Core::Environment *env = m_document.project().environment(file->environment);
            environment
                = new QTreeWidgetItem(format, {env ? env->displayName() : tr("All environments")});
            environment->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(environment, {file->path});
        item->setData(0, FormatRole, file->format);
        item->setData(0, EnvironmentRole, file->environment);
        item->setData(0, PathRole, file->path);
        item->setToolTip(0, file->path);
        if (file->path == m_path)
            selected = item;
    }
    m_tree->expandAll();
    if (selected)
        m_tree->setCurrentItem(selected); // already shown by refreshFile(): no signal
    blocker.unblock();
    if (!selected && m_path.isEmpty()) { // nothing chosen yet: show the first file
        QTreeWidgetItem *first
            = m_tree->topLevelItemCount() > 0 ? m_tree->topLevelItem(0) : nullptr;
        while (first && first->childCount() > 0)
            first = first->child(0);
        if (first)
            m_tree->setCurrentItem(first);
    }

    const QString other = m_otherEnvironment->currentData().toString();
    const QSignalBlocker otherBlocker(m_otherEnvironment);
    m_otherEnvironment->clear();
    for (const Core::Environment &env : m_document.project().environments)
        m_otherEnvironment->addItem(env.displayName(), env.id);
    const int index = m_otherEnvironment->findData(other);
    m_otherEnvironment->setCurrentIndex(index < 0 ? 0 : index);
}

bool PreviewDock::selectFile(const QString &path)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, PathRole).toString() == path) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void PreviewDock::onSelectionChanged()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->data(0, PathRole).toString().isEmpty())
        return;
    m_format = item->data(0, FormatRole).toString();
    m_environment = item->data(0, EnvironmentRole).toString();
    m_path = item->data(0, PathRole).toString();
    refreshFile();
}

void PreviewDock::onViewChanged()
{
    m_otherEnvironment->setVisible(currentView() == PreviewRenderer::View::AgainstEnvironment);
    refreshFile();
}

void PreviewDock::chooseExportDirectory()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Export Generated Files"));
    if (!directory.isEmpty())
        exportTo(directory);
}

void PreviewDock::exportTo(const QString &directory)
{
    const Core::Project snapshot = m_document.project();
    const Core::Catalog *catalog = &m_document.catalog();
    m_exportJob->start<ExportResult>(
        [snapshot, catalog, directory](QPromise<ExportResult> &promise) {
            Core::ExportRequest request;
            request.catalog = catalog;
            request.priceBooks = &Core::PriceBooks::standard(); // the books the app prices with
            const Core::Result<Core::ExportSet> set
                = Core::ExporterRegistry::standard().generate(snapshot, request);
            if (!set)
                return ExportResult {false, set.error().toString()};
            // One write, so that every path is checked before any file is written and the
            // file system is flushed once (file by file, it was flushed after each); progress
            // moves and Cancel stops between two files.
            const qsizetype count = set->paths().size();
            promise.setProgressRange(0, int(count));
            const Core::Status written = Core::ExportWriter::write(
                *set, directory, [&promise](qsizetype done, const QString &path) {
                    promise.setProgressValueAndText(int(done), path);
                    return !promise.isCanceled();
                });
            if (!written)
                return ExportResult {false, written.error().toString()};
            if (promise.isCanceled())
                return ExportResult {false, tr("Export cancelled.")};
            return ExportResult {true,
                                 tr("Exported %n file(s) to %1.", nullptr, int(count))
                                     .arg(QDir::toNativeSeparators(directory))};
        },
        [this](const ExportResult &result) {
            m_note->setText(result.message);
            emit exportFinished(result.ok, result.message);
        });
}

} // namespace Stackdraft::App
