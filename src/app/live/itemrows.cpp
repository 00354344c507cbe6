#include "app/live/itemrows.h"

#include <QTableWidget>
#include <QTreeWidget>

namespace Stackdraft::App {
namespace {

constexpr int KeyRole = Qt::UserRole + 100;

// Each setter only when the value differs: an item view re-lays out and repaints on every write.
template<typename Item> void writeCell(Item *item, int column, const ItemRows::Cell &cell)
{
    if (item->text(column) != cell.text)
        item->setText(column, cell.text);
    if (item->toolTip(column) != cell.toolTip)
        item->setToolTip(column, cell.toolTip);
    if (item->font(column).bold() != cell.bold) {
        QFont font = item->font(column);
        font.setBold(cell.bold);
        item->setFont(column, font);
    }
    const QVariant foreground = item->data(column, Qt::ForegroundRole);
    if (cell.foreground) {
        if (foreground.value<QBrush>() != QBrush(*cell.foreground))
            item->setForeground(column, *cell.foreground);
    } else if (foreground.isValid()) {
        item->setData(column, Qt::ForegroundRole, QVariant());
    }
    if (item->textAlignment(column) != int(cell.alignment)) // none: the view's default
        item->setTextAlignment(column, cell.alignment);
}

// QTableWidgetItem has one column; this gives it the QTreeWidgetItem shape writeCell() uses.
struct TableCell
{
    QTableWidgetItem *item;
    QString text(int) const { return item->text(); }
    void setText(int, const QString &text) { item->setText(text); }
    QString toolTip(int) const { return item->toolTip(); }
    void setToolTip(int, const QString &tip) { item->setToolTip(tip); }
    QFont font(int) const { return item->font(); }
    void setFont(int, const QFont &font) { item->setFont(font); }
    QVariant data(int, int role) const { return item->data(role); }
    void setData(int, int role, const QVariant &value) { item->setData(role, value); }
    void setForeground(int, const QColor &color) { item->setForeground(color); }
    int textAlignment(int) const { return item->textAlignment(); }
    void setTextAlignment(int, Qt::Alignment alignment) { item->setTextAlignment(alignment); }
};

} // namespace

bool ItemRows::sameShape(const QTreeWidgetItem *item, const TreeRow &row)
{
    if (item->data(0, KeyRole).toString() != row.key || item->childCount() != row.children.size())
        return false;
    for (int i = 0; i < item->childCount(); ++i) {
        if (!sameShape(item->child(i), row.children.at(i)))
            return false;
    }
    return true;
}

void ItemRows::writeItem(QTreeWidgetItem *item, const TreeRow &row, int columns)
{
    item->setData(0, KeyRole, row.key);
    for (int column = 0; column < columns; ++column)
        writeCell(item, column, row.cells.value(column));
    if (item->data(0, Qt::UserRole) != row.data)
        item->setData(0, Qt::UserRole, row.data);
    for (int i = 0; i < row.children.size(); ++i) {
        QTreeWidgetItem *child
            = i < item->childCount() ? item->child(i) : new QTreeWidgetItem(item);
        writeItem(child, row.children.at(i), columns);
    }
}

bool ItemRows::writeTree(QTreeWidget *tree, const QList<TreeRow> &rows)
{
    bool same = tree->topLevelItemCount() == rows.size();
    for (int i = 0; same && i < rows.size(); ++i)
        same = sameShape(tree->topLevelItem(i), rows.at(i));
    if (!same) {
        tree->clear();
        // Filled while detached, then added at once: the view sees each item once.
        QList<QTreeWidgetItem *> items;
        items.reserve(rows.size());
        for (const TreeRow &row : rows) {
            items << new QTreeWidgetItem;
            writeItem(items.last(), row, tree->columnCount());
        }
        tree->addTopLevelItems(items);
        return true;
    }
    for (int i = 0; i < rows.size(); ++i)
        writeItem(tree->topLevelItem(i), rows.at(i), tree->columnCount());
    return false;
}

bool ItemRows::writeTable(QTableWidget *table, const QStringList &headers,
                          const QList<QList<Cell>> &rows)
{
    QStringList current;
    for (int column = 0; column < table->columnCount(); ++column) {
        const QTableWidgetItem *header = table->horizontalHeaderItem(column);
        current << (header ? header->text() : QString());
    }
    const bool rebuild = current != headers || table->rowCount() != rows.size();
    if (rebuild) {
        table->clear();
        table->setColumnCount(int(headers.size()));
        table->setRowCount(int(rows.size()));
        table->setHorizontalHeaderLabels(headers);
    }
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < headers.size(); ++column) {
            const Cell cell = rows.at(row).value(column);
            QTableWidgetItem *item = table->item(row, column);
            if (cell.text.isEmpty()) {
                if (item)
                    delete table->takeItem(row, column);
                continue;
            }
            if (!item) {
                item = new QTableWidgetItem;
                TableCell shaped {item};
                writeCell(&shaped, 0, cell);
                table->setItem(row, column, item);
                continue;
            }
            TableCell shaped {item};
            writeCell(&shaped, 0, cell);
        }
    }
    return rebuild;
}

} // namespace Stackdraft::App
