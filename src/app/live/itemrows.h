#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Stackdraft::App {

// Writes what a dock computed into an item widget after every analysis, touching only what
// differs: when the rows are the same rows as before (same keys, same shape) each cell whose text,
// tooltip, weight or colour changed is rewritten in place, so the view repaints and re-measures a
// few cells instead of thousands; a different shape rebuilds the widget. A rebuilt QTreeWidget or
// QTableWidget at 1,000 components, with its columns re-measured, was most of the UI thread's
// stall after an edit.
class ItemRows final
{
public:
    struct Cell
    {
        QString text;
        QString toolTip;
        bool bold = false;
        std::optional<QColor> foreground;
        Qt::Alignment alignment; // none: the view's default
    };

    struct TreeRow
    {
        QString key; // identity: a row keeps its item while its key stays at its place
        QList<Cell> cells; // per column; missing cells are empty
        QVariant data; // Qt::UserRole of the first column
        QList<TreeRow> children;
    };

    // True when the tree was rebuilt (the caller may then expand it or fit its columns).
    static bool writeTree(QTreeWidget *tree, const QList<TreeRow> &rows);

    // `rows` × `headers.size()` cells; a cell with no text has no item. True when the table was
    // rebuilt (another number of rows or other headers).
    static bool writeTable(QTableWidget *table, const QStringList &headers,
                           const QList<QList<Cell>> &rows);

private:
    static bool sameShape(const QTreeWidgetItem *item, const TreeRow &row);
    static void writeItem(QTreeWidgetItem *item, const TreeRow &row, int columns);
};

} // namespace Stackdraft::App
