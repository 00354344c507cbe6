#include "app/environmentcanvas.h"

#include "app/canvasstyle.h"
#include "app/componentitem.h"
#include "app/environmentscene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace Stackdraft::App {

EnvironmentCanvas::EnvironmentCanvas(EnvironmentScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    // The band takes what it wholly covers: an arrow that merely crosses it stays unselected.
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFrameShape(NoFrame);
    setBackgroundBrush(CanvasStyle::background());
}

void EnvironmentCanvas::setCaption(const QString &title, const QString &subtitle)
{
    m_captionTitle = title;
    m_captionSubtitle = subtitle;
    viewport()->update();
}

void EnvironmentCanvas::setGrid(qreal size, bool snap)
{
    m_scene->setGrid(size, snap);
    resetCachedContent();
    viewport()->update();
}

qreal EnvironmentCanvas::gridSize() const
{
    return m_scene->gridSize();
}

bool EnvironmentCanvas::snapsToGrid() const
{
    return m_scene->snapsToGrid();
}

bool EnvironmentCanvas::selectAndCentre(const QString &componentId)
{
    ComponentItem *item = m_scene->componentItem(componentId);
    if (!item)
        return false;
    m_scene->clearSelection();
    item->setSelected(true);
    m_autoFit = false;
    centerOn(item);
    return true;
}

void EnvironmentCanvas::setZoom(qreal zoom)
{
    m_autoFit = false;
    applyZoom(zoom);
}

void EnvironmentCanvas::applyZoom(qreal zoom)
{
    zoom = std::clamp(zoom, MinimumZoom, MaximumZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
    emit zoomChanged(m_zoom);
}

void EnvironmentCanvas::zoomIn()
{
    setZoom(m_zoom * ZoomStep);
}

void EnvironmentCanvas::zoomOut()
{
    setZoom(m_zoom / ZoomStep);
}

void EnvironmentCanvas::resetZoom()
{
    setZoom(1.0);
}

void EnvironmentCanvas::fitToWindow()
{
    m_autoFit = true;
    applyFit();
}

void EnvironmentCanvas::applyFit()
{
    // The scene rect (drawing plus margin) rather than the items: fitting it exactly leaves no
    // scroll bars, which would otherwise shrink the viewport and break the fit.
    const QRectF content = m_scene->sceneRect();
    if (content.isEmpty())
        return;
    // Keep the band under the caption free so that the caption never covers a card.
    const qreal captionBand = m_captionTitle.isEmpty() ? 0 : CaptionHeight;
    const QRectF available = QRectF(viewport()->rect()).adjusted(0, captionBand, 0, 0);
    if (available.height() <= 0 || available.width() <= 0)
        return;
    const qreal fit
        = std::min(available.width() / content.width(), available.height() / content.height());
    applyZoom(std::min<qreal>(fit, 1.0));
    centerOn(content.center() - QPointF(0, captionBand / 2 / m_zoom));
}

void EnvironmentCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        applyFit();
}

void EnvironmentCanvas::wheelEvent(QWheelEvent *event)
{
    if (!event->modifiers().testFlag(Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // 120 units is one notch of a classic wheel; touchpads send smaller steps.
    const qreal notches = event->angleDelta().y() / 120.0;
    if (!qFuzzyIsNull(notches))
        setZoom(m_zoom * std::pow(ZoomStep, notches));
    event->accept();
}

void EnvironmentCanvas::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, CanvasStyle::background());
    // Dots get too dense to be useful when zoomed far out.
    if (m_scene->gridSize() * m_zoom < 8)
        return;
    const qreal step = m_scene->gridSize();
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QList<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    }
    painter->setPen(QPen(CanvasStyle::gridDot(), 1.5 / m_zoom, Qt::SolidLine, Qt::RoundCap));
    painter->drawPoints(dots.constData(), int(dots.size()));
}

void EnvironmentCanvas::drawForeground(QPainter *painter, const QRectF &)
{
    if (m_captionTitle.isEmpty())
        return;
    // In viewport pixels: the caption stays put and readable at every zoom.
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont titleFont = CanvasStyle::font(3, true);
    const QFont subtitleFont = CanvasStyle::font(-0.5);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF subtitleMetrics(subtitleFont);
    const qreal maxWidth = std::max<qreal>(0, viewport()->width() - 64);
    const QString subtitle
        = subtitleMetrics.elidedText(m_captionSubtitle, Qt::ElideRight, maxWidth);
    const qreal width = std::min(maxWidth,
                                 std::max(titleMetrics.horizontalAdvance(m_captionTitle),
                                          subtitleMetrics.horizontalAdvance(subtitle)));
    const QRectF titleRect(20, 14, width, titleMetrics.height());
    const QRectF subtitleRect(20, titleRect.bottom() + 2, width, subtitleMetrics.height());
    painter->setFont(titleFont);
    painter->setPen(CanvasStyle::primaryText());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, m_captionTitle);
    if (!subtitle.isEmpty()) {
        painter->setFont(subtitleFont);
        painter->setPen(CanvasStyle::secondaryText());
        painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    }
    painter->restore();
}

} // namespace Stackdraft::App
