#include "app/environmentcanvas.h"

#include "app/canvasstyle.h"
#include "app/environmentscene.h"

#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace Stackdraft::App {

EnvironmentCanvas::EnvironmentCanvas(EnvironmentScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFrameShape(NoFrame);
    setBackgroundBrush(CanvasStyle::background());
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
    const QRectF content = m_scene->itemsBoundingRect().adjusted(-24, -24, 24, 24);
    if (content.isEmpty())
        return;
    const QRectF available = viewport()->rect();
    const qreal fit = std::min(available.width() / content.width(), available.height() / content.height());
    applyZoom(std::min<qreal>(fit, 1.0));
    centerOn(content.center());
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
    if (m_zoom < 0.5)
        return;
    const qreal step = CanvasStyle::GridSpacing;
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

} // namespace Stackdraft::App
