#include "app/environmentcanvas.h"

#include "app/canvasactions.h"
#include "app/canvaseditor.h"
#include "app/canvasstyle.h"
#include "app/componentitem.h"
#include "app/connectionitem.h"
#include "app/environmentscene.h"
#include "app/groupitem.h"
#include "app/palettedrop.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace Stackdraft::App {

EnvironmentCanvas::EnvironmentCanvas(EnvironmentScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_editor(new CanvasEditor(this))
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
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    // Queued: the request arrives from a card's own mouse handler, and the edit it makes rebuilds
    // the scene (which deletes that card).
    connect(scene, &EnvironmentScene::connectionRequested, m_editor,
            &CanvasEditor::requestConnection, Qt::QueuedConnection);
}

void EnvironmentCanvas::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    emit activated();
}

void EnvironmentCanvas::dragEnterEvent(QDragEnterEvent *event)
{
    if (PaletteDrop::accepts(event->mimeData()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void EnvironmentCanvas::dragMoveEvent(QDragMoveEvent *event)
{
    // The scene's items take no drops: the whole view accepts the palette's.
    if (PaletteDrop::accepts(event->mimeData()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void EnvironmentCanvas::dropEvent(QDropEvent *event)
{
    if (!PaletteDrop::accepts(event->mimeData())) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const QPointF at = m_scene->snapped(mapToScene(event->position().toPoint()));
    if (PaletteDrop::drop(m_scene->document(), m_scene->environmentId(), event->mimeData(), at)) {
        event->acceptProposedAction();
        activateWindow();
        setFocus();
    } else {
        event->ignore();
    }
}

void EnvironmentCanvas::mousePressEvent(QMouseEvent *event)
{
    emit activated();
    if (event->button() == Qt::LeftButton) {
        // Every card's position now; on release, those that moved become one command.
        m_pressPositions.clear();
        for (const ComponentItem *item : m_scene->componentItems())
            m_pressPositions.insert(item->componentId(), item->pos());
    }
    QGraphicsView::mousePressEvent(event);
}

void EnvironmentCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !m_pressPositions.isEmpty()) {
        const QHash<QString, QPointF> before = std::exchange(m_pressPositions, {});
        m_editor->commitMoves(before);
    }
}

void EnvironmentCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (auto *connection = qgraphicsitem_cast<ConnectionItem *>(item)) {
            editConnectionLabel(connection->connectionId());
            return;
        }
        if (auto *group = qgraphicsitem_cast<GroupItem *>(item);
            group && group->titleRect().contains(scenePos)) {
            editGroupTitle(group->groupId());
            return;
        }
        if (qgraphicsitem_cast<ComponentItem *>(item))
            break;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void EnvironmentCanvas::openInlineEditor(const QRectF &sceneRect, const QString &text,
                                         std::function<void(const QString &)> commit)
{
    delete m_inlineEditor;
    m_inlineEditor = new QLineEdit(text, viewport());
    m_inlineEditor->setObjectName(QStringLiteral("inlineEditor"));
    const QRect rect = mapFromScene(sceneRect).boundingRect();
    m_inlineEditor->setGeometry(rect.adjusted(-4, -2, 40, 2));
    m_inlineEditor->selectAll();
    m_inlineEditor->show();
    m_inlineEditor->setFocus();
    QLineEdit *editor = m_inlineEditor;
    // Enter commits; Escape or clicking elsewhere drops the editor without a change.
    connect(editor, &QLineEdit::returnPressed, this, [this, editor, commit] {
        const QString value = editor->text();
        editor->deleteLater();
        m_inlineEditor = nullptr;
        setFocus();
        commit(value);
    });
    connect(editor, &QLineEdit::editingFinished, editor, [this, editor] {
        if (m_inlineEditor == editor) {
            m_inlineEditor = nullptr;
            editor->deleteLater();
        }
    });
}

void EnvironmentCanvas::editConnectionLabel(const QString &connectionId)
{
    const ConnectionItem *connection = m_scene->connectionItem(connectionId);
    if (!connection)
        return;
    const QRectF where = connection->labelRect().isNull()
        ? QRectF(connection->line().center() - QPointF(40, 10), QSizeF(80, 20))
        : connection->labelRect();
    openInlineEditor(where, connection->label(), [this, connectionId](const QString &label) {
        if (const ConnectionItem *item = m_scene->connectionItem(connectionId))
            m_editor->editConnectionLabel(item, label);
    });
}

void EnvironmentCanvas::editGroupTitle(const QString &groupId)
{
    const GroupItem *group = m_scene->groupItem(groupId);
    if (!group)
        return;
    QRectF where = group->titleRect();
    where.setWidth(std::min<qreal>(where.width(), 240));
    openInlineEditor(where, group->label(), [this, groupId](const QString &label) {
        if (const GroupItem *item = m_scene->groupItem(groupId))
            m_editor->renameGroup(item, label);
    });
}

void EnvironmentCanvas::keyPressEvent(QKeyEvent *event)
{
    // The window's actions carry the same shortcuts and see them first; these keep a canvas
    // editable on its own (tests, an embedded view).
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const Qt::KeyboardModifiers plain = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if ((plain == Qt::NoModifier || plain == Qt::ShiftModifier)
            && !m_editor->selectedComponents().isEmpty()) {
            const int dx = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right;
            const int dy = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down;
            m_editor->nudge(dx, dy, shift);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (shift)
            m_editor->deleteFromProject();
        else
            m_editor->deleteFromEnvironment();
        event->accept();
        return;
    case Qt::Key_G:
        if (plain == (Qt::ControlModifier | Qt::ShiftModifier)) {
            m_editor->ungroup();
            return;
        }
        if (plain == Qt::ControlModifier) {
            m_editor->group();
            return;
        }
        break;
    case Qt::Key_D:
        if (plain == Qt::ControlModifier) {
            m_editor->duplicate();
            return;
        }
        break;
    default:
        break;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        m_editor->selectAll();
    } else if (event->matches(QKeySequence::Copy)) {
        m_editor->copy();
    } else if (event->matches(QKeySequence::Cut)) {
        m_editor->cut();
    } else if (event->matches(QKeySequence::Paste)) {
        m_editor->paste();
    } else if (event->key() == Qt::Key_Escape) {
        m_scene->clearSelection();
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void EnvironmentCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    emit activated();
    // The item under the pointer joins the selection, as a left click would make it.
    QGraphicsItem *target = nullptr;
    for (QGraphicsItem *item : items(event->pos())) {
        if (item->flags().testFlag(QGraphicsItem::ItemIsSelectable)) {
            target = item;
            break;
        }
    }
    if (target && !target->isSelected()) {
        m_scene->clearSelection();
        target->setSelected(true);
    }
    if (!m_actions)
        return;
    QMenu *menu = m_actions->contextMenu(target, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
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

void EnvironmentCanvas::showEvent(QShowEvent *event)
{
    // A tab's scene is made when the tab is first shown (EnvironmentScene::Build::OnFirstUse);
    // the fit then sees the drawing, not an empty scene.
    if (!m_scene->isBuilt()) {
        m_scene->ensureBuilt();
        if (m_autoFit)
            applyFit();
    }
    QGraphicsView::showEvent(event);
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
    // Each dot is a 2×2 square of device pixels, filled without antialiasing: a few thousand of
    // them cost about a millisecond, where antialiased round points were most of a frame.
    const qreal step = m_scene->gridSize();
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    const QTransform toDevice = painter->worldTransform();
    QList<QRect> dots;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step) {
            const QPoint at = toDevice.map(QPointF(x, y)).toPoint();
            dots.append(QRect(at.x() - 1, at.y() - 1, 2, 2));
        }
    }
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    // Square dots read darker than the round ones they replace: a lighter tone keeps the grid
    // quiet.
    QColor dot = CanvasStyle::gridDot();
    dot.setAlphaF(dot.alphaF() * 0.55f);
    painter->setBrush(dot);
    painter->drawRects(dots.constData(), int(dots.size()));
    painter->restore();
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
