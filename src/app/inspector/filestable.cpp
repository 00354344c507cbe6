#include "app/inspector/filestable.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>

namespace Stackdraft::App {

FilesTable::FilesTable(QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({tr("Container path"), tr("Content")});
    horizontalHeader()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(ContentColumn, QHeaderView::ResizeToContents);
    verticalHeader()->setVisible(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(this, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { emit editRequested(row); });
}

void FilesTable::setFiles(const QList<Core::MountedFile> &files)
{
    const int current = currentRow();
    setRowCount(int(files.size()));
    for (int row = 0; row < files.size(); ++row) {
        const Core::MountedFile &file = files.at(row);
        auto *path = new QTableWidgetItem(file.path);
        path->setToolTip(file.path);
        setItem(row, PathColumn, path);
        const QString origin = file.isInline()
            ? tr("inline, %1").arg(QLocale().formattedDataSize(file.content.size()))
            : tr("file %1").arg(file.source);
        auto *content = new QTableWidgetItem(origin);
        // The first lines of the text, so that a file is recognised without opening it.
        content->setToolTip(QString::fromUtf8(file.content.left(400)));
        setItem(row, ContentColumn, content);
    }
    if (current >= 0 && current < rowCount())
        setCurrentCell(current, PathColumn);
}

QList<int> FilesTable::selectedFileRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    return rows;
}

void FilesTable::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentRow() >= 0) {
        emit editRequested(currentRow());
        return;
    }
    QTableWidget::keyPressEvent(event);
}

} // namespace Stackdraft::App
