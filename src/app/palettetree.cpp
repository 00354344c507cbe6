#include "app/palettetree.h"

#include "app/palettemime.h"

#include <QHeaderView>
#include <QMimeData>

namespace Stackdraft::App {

PaletteTree::PaletteTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("paletteTree"));
    setColumnCount(2);
    setHeaderHidden(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setIconSize(QSize(24, 24));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
}

PaletteTree::Kind PaletteTree::kind(const QTreeWidgetItem *item)
{
    return item ? static_cast<Kind>(item->data(0, KindRole).toInt()) : Kind::Category;
}

QString PaletteTree::id(const QTreeWidgetItem *item)
{
    return item ? item->data(0, IdRole).toString() : QString();
}

QStringList PaletteTree::mimeTypes() const
{
    return {PaletteMime::ComponentType, PaletteMime::Component};
}

QMimeData *PaletteTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    // One entry at a time; the model lists an item once per selected column.
    const QTreeWidgetItem *item = items.value(0);
    if (!item || kind(item) == Kind::Category
        || std::any_of(items.cbegin(), items.cend(), [item](auto *i) { return i != item; }))
        return nullptr;
    auto *data = new QMimeData;
    const QString format
        = kind(item) == Kind::Type ? PaletteMime::ComponentType : PaletteMime::Component;
    data->setData(format, id(item).toUtf8());
    // Plain text too, so a drop into a text editor shows what was dragged.
    data->setText(id(item));
    return data;
}

} // namespace Stackdraft::App
