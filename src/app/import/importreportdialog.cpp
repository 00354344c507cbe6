#include "app/import/importreportdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Stackdraft::App {

ImportReportDialog::ImportReportDialog(const QString &summary, const Core::ImportReport &report,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Report"));
    setObjectName(QStringLiteral("importReportDialog"));
    auto *label = new QLabel(summary, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *counts = new QLabel(tr("%1 left out, %2 changed, %3 for information")
                                  .arg(report.count(Core::ImportNote::Kind::LeftOut))
                                  .arg(report.count(Core::ImportNote::Kind::Changed))
                                  .arg(report.count(Core::ImportNote::Kind::Info)),
                              this);
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("importNotes"));
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setHeaderLabels({tr("Kind"), tr("Where"), tr("Key"), tr("Why")});
    for (const Core::ImportNote &note : report.notes()) {
        QString kind;
        switch (note.kind) {
        case Core::ImportNote::Kind::LeftOut:
            kind = tr("Left out");
            break;
        case Core::ImportNote::Kind::Changed:
            kind = tr("Changed");
            break;
        case Core::ImportNote::Kind::Info:
            kind = tr("Information");
            break;
        }
        // The file's name keeps the column narrow; the full path is in the tooltip.
        const QString name = QFileInfo(note.file).fileName();
        const QString where
            = note.line > 0 ? QStringLiteral("%1:%2").arg(name).arg(note.line) : name;
        auto *item = new QTreeWidgetItem(tree, {kind, where, note.key, note.text()});
        item->setToolTip(1, note.file);
        item->setToolTip(2, note.key);
        item->setToolTip(3, note.text());
    }
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    tree->header()->resizeSection(2, 260);
    tree->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(counts);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace Stackdraft::App
