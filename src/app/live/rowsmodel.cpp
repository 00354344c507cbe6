#include "app/live/rowsmodel.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace Stackdraft::App {

RowsModel::RowsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

RowsModel::~RowsModel() = default;

std::unique_ptr<RowsModel::Node> RowsModel::makeNode(const SnapshotRow &row, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->key = row.key;
    node->cells = row.cells;
    node->data = row.data;
    node->parent = parent;
    node->children.reserve(row.children.size());
    for (const SnapshotRow &child : row.children)
        node->children.push_back(makeNode(child, node.get()));
    renumber(*node, 0);
    return node;
}

void RowsModel::renumber(Node &parent, int from)
{
    for (int i = from; i < int(parent.children.size()); ++i)
        parent.children[i]->row = i;
}

bool RowsModel::setContents(const QStringList &headers, const QList<SnapshotRow> &rows)
{
    if (headers.size() != m_headers.size()) {
        beginResetModel();
        m_headers = headers;
        m_root.children.clear();
        for (const SnapshotRow &row : rows)
            m_root.children.push_back(makeNode(row, &m_root));
        renumber(m_root, 0);
        endResetModel();
        return true;
    }
    if (headers != m_headers) {
        m_headers = headers;
        emit headerDataChanged(Qt::Horizontal, 0, int(headers.size()) - 1);
    }
    return update(m_root, rows);
}

bool RowsModel::update(Node &parent, const QList<SnapshotRow> &rows)
{
    const QModelIndex parentIndex = &parent == &m_root ? QModelIndex() : indexOf(parent, 0);
    const qsizetype oldSize = qsizetype(parent.children.size());
    const qsizetype newSize = rows.size();
    qsizetype head = 0;
    while (head < oldSize && head < newSize && parent.children[head]->key == rows.at(head).key)
        ++head;
    qsizetype tail = 0;
    while (tail < oldSize - head && tail < newSize - head
           && parent.children[oldSize - 1 - tail]->key == rows.at(newSize - 1 - tail).key)
        ++tail;

    // The shared rows first, at their old places; then the difference in between.
    bool shapeChanged = false;
    for (qsizetype i = 0; i < head; ++i)
        shapeChanged |= rewrite(*parent.children[i], rows.at(i));
    for (qsizetype i = 0; i < tail; ++i)
        shapeChanged |= rewrite(*parent.children[oldSize - 1 - i], rows.at(newSize - 1 - i));

    const qsizetype removed = oldSize - head - tail;
    const qsizetype added = newSize - head - tail;
    if (removed > 0) {
        beginRemoveRows(parentIndex, int(head), int(head + removed - 1));
        parent.children.erase(parent.children.begin() + head,
                              parent.children.begin() + head + removed);
        renumber(parent, int(head));
        endRemoveRows();
    }
    if (added > 0) {
        beginInsertRows(parentIndex, int(head), int(head + added - 1));
        std::vector<std::unique_ptr<Node>> inserted;
        inserted.reserve(added);
        for (qsizetype i = head; i < head + added; ++i)
            inserted.push_back(makeNode(rows.at(i), &parent));
        parent.children.insert(parent.children.begin() + head,
                               std::make_move_iterator(inserted.begin()),
                               std::make_move_iterator(inserted.end()));
        renumber(parent, int(head));
        endInsertRows();
    }
    return shapeChanged || removed > 0 || added > 0;
}

bool RowsModel::rewrite(Node &node, const SnapshotRow &row)
{
    if (node.cells != row.cells || node.data != row.data) {
        node.cells = row.cells;
        node.data = row.data;
        emit dataChanged(indexOf(node, 0), indexOf(node, std::max(0, columnCount() - 1)));
    }
    return update(node, row.children);
}

const RowsModel::Node *RowsModel::node(const QModelIndex &index) const
{
    const auto *parent = static_cast<const Node *>(index.internalPointer());
    return parent->children[index.row()].get();
}

QModelIndex RowsModel::indexOf(const Node &node, int column) const
{
    return createIndex(node.row, column, node.parent);
}

QModelIndex RowsModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *owner = parent.isValid() ? node(parent) : &m_root;
    if (row < 0 || row >= int(owner->children.size()) || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column, owner);
}

QModelIndex RowsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto *owner = static_cast<const Node *>(child.internalPointer());
    return owner == &m_root ? QModelIndex() : indexOf(*owner, 0);
}

int RowsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int((parent.isValid() ? node(parent) : &m_root)->children.size());
}

int RowsModel::columnCount(const QModelIndex &) const
{
    return int(m_headers.size());
}

QVariant RowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *row = node(index);
    if (role == KeyRole)
        return row->key;
    if (role == Qt::UserRole)
        return index.column() == 0 ? row->data : QVariant();
    if (index.column() >= row->cells.size())
        return {};
    const RowCell &cell = row->cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::FontRole:
        if (cell.bold) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return cell.foreground ? QVariant(QBrush(*cell.foreground)) : QVariant();
    case Qt::TextAlignmentRole:
        return cell.alignment ? QVariant(int(cell.alignment)) : QVariant();
    default:
        return {};
    }
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

} // namespace Stackdraft::App
