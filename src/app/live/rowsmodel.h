#pragma once

#include <QAbstractItemModel>
#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

namespace Stackdraft::App {

// One cell of a row a dock computed off the UI thread.
struct RowCell
{
    QString text;
    QString toolTip;
    bool bold = false;
    std::optional<QColor> foreground;
    Qt::Alignment alignment; // none: the view's default

    friend bool operator==(const RowCell &, const RowCell &) = default;
};

// Immutable row data: built on a worker, then handed to RowsModel::setContents() on the UI thread.
struct SnapshotRow
{
    QString key; // identity: a row keeps its place (and its expansion, selection) while it stays
    QList<RowCell> cells; // per column; missing cells are empty
    QVariant data; // Qt::UserRole of the first column
    QList<SnapshotRow> children;
};

// A tree (or table) of rows that a worker computed, swapped in on the UI thread with signals only
// for what differs: the rows both snapshots share at the head and the tail of each level (matched
// by key) keep their place and announce dataChanged only when a cell differs; the rows in between
// are removed and inserted. After an edit at 1,000 components that is a few dataChanged signals
// instead of ~4,000 rows re-laid out, so the UI thread's share is one linear comparison.
class RowsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { KeyRole = Qt::UserRole + 100 };

    explicit RowsModel(QObject *parent = nullptr);
    ~RowsModel() override;

    // True when rows came or went (or the model was reset), so the caller may expand new groups
    // or fit its columns; false when only cells were rewritten. Another number of headers resets.
    bool setContents(const QStringList &headers, const QList<SnapshotRow> &rows);
    bool setRows(const QList<SnapshotRow> &rows) { return setContents(m_headers, rows); }
    void clear() { setContents(m_headers, {}); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Nodes keep their address while siblings come and go: an index points at its parent node,
    // so a persistent index of a child row stays right when groups above it are inserted.
    struct Node
    {
        QString key;
        QList<RowCell> cells;
        QVariant data;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    static std::unique_ptr<Node> makeNode(const SnapshotRow &row, Node *parent);
    static void renumber(Node &parent, int from);
    const Node *node(const QModelIndex &index) const;
    QModelIndex indexOf(const Node &node, int column) const;
    // Brings `parent`'s children to `rows`; true when rows were inserted or removed anywhere.
    bool update(Node &parent, const QList<SnapshotRow> &rows);
    bool rewrite(Node &node, const SnapshotRow &row);

    Node m_root;
    QStringList m_headers;
};

} // namespace Stackdraft::App
