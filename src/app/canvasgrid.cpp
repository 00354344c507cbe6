#include "app/canvasgrid.h"

#include <cmath>

namespace Stackdraft::App {

CanvasGrid::CanvasGrid(QSizeF cell)
    : m_cell(cell)
{
}

template<typename F> void CanvasGrid::forEachCell(const QRectF &rect, F &&visit) const
{
    const qint64 left = qint64(std::floor(rect.left() / m_cell.width()));
    const qint64 right = qint64(std::floor(rect.right() / m_cell.width()));
    const qint64 top = qint64(std::floor(rect.top() / m_cell.height()));
    const qint64 bottom = qint64(std::floor(rect.bottom() / m_cell.height()));
    for (qint64 x = left; x <= right; ++x) {
        for (qint64 y = top; y <= bottom; ++y)
            visit((x << 32) ^ (y & 0xffffffff));
    }
}

void CanvasGrid::clear()
{
    m_cells.clear();
    m_rects.clear();
}

void CanvasGrid::remove(const QGraphicsItem *item)
{
    const auto found = m_rects.constFind(item);
    if (found == m_rects.cend())
        return;
    forEachCell(found.value(), [&](qint64 key) {
        auto cell = m_cells.find(key);
        if (cell != m_cells.end()) {
            cell->removeOne(item);
            if (cell->isEmpty())
                m_cells.erase(cell);
        }
    });
    m_rects.remove(item);
}

void CanvasGrid::set(const QGraphicsItem *item, const QRectF &rect)
{
    remove(item);
    if (rect.isEmpty())
        return;
    m_rects.insert(item, rect);
    forEachCell(rect, [&](qint64 key) { m_cells[key].append(item); });
}

bool CanvasGrid::intersects(const QRectF &rect, const QGraphicsItem *except) const
{
    bool found = false;
    forEachCell(rect, [&](qint64 key) {
        if (found)
            return;
        for (const QGraphicsItem *item : m_cells.value(key)) {
            if (item != except && m_rects.value(item).intersects(rect)) {
                found = true;
                return;
            }
        }
    });
    return found;
}

} // namespace Stackdraft::App
