#pragma once

#include <QHash>
#include <QList>
#include <QRectF>

class QGraphicsItem;

namespace Stackdraft::App {

// Rectangles of items bucketed into fixed cells, so that "what is near this rectangle?" looks at a
// few cells whatever the size of the canvas. QGraphicsScene's own index answers the same question
// but re-indexes an arrow on every geometry change and returns every long arrow crossing the
// area, which made placing thousands of labels quadratic.
class CanvasGrid final
{
public:
    explicit CanvasGrid(QSizeF cell = {256, 128});

    void clear();
    // Replaces the item's rectangle (an empty one removes it).
    void set(const QGraphicsItem *item, const QRectF &rect);
    void remove(const QGraphicsItem *item);
    // True when `rect` intersects the rectangle of an item other than `except`.
    bool intersects(const QRectF &rect, const QGraphicsItem *except = nullptr) const;

private:
    template<typename F> void forEachCell(const QRectF &rect, F &&visit) const;

    QSizeF m_cell;
    QHash<qint64, QList<const QGraphicsItem *>> m_cells;
    QHash<const QGraphicsItem *, QRectF> m_rects;
};

} // namespace Stackdraft::App
