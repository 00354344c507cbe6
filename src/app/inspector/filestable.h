#pragma once

#include "core/model/mountedfile.h"

#include <QList>
#include <QTableWidget>

namespace Stackdraft::App {

// A component's mounted files, one row each: the container path and where the text comes from
// (inline, with its size, or the source path beside the project file). Read-only: a file is
// edited in MountedFileDialog, opened by double-click or Enter (editRequested).
class FilesTable final : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { PathColumn, ContentColumn };

    explicit FilesTable(QWidget *parent = nullptr);
    void setFiles(const QList<Core::MountedFile> &files); // emits nothing
    // The selected rows, highest first (so that removing them in order keeps the others' rows).
    QList<int> selectedFileRows() const;

signals:
    void editRequested(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Stackdraft::App
