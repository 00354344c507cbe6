#pragma once

#include <QTreeWidget>

namespace Stackdraft::App {

// The palette's list: catalog types by category and the project's own components, each draggable
// onto a canvas with the PaletteMime payload that names it.
class PaletteTree final : public QTreeWidget
{
    Q_OBJECT

public:
    enum class Kind { Category, Type, Component };
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit PaletteTree(QWidget *parent = nullptr);

    static Kind kind(const QTreeWidgetItem *item);
    static QString id(const QTreeWidgetItem *item);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
};

} // namespace Stackdraft::App
