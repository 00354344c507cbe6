#pragma once

#include <QGraphicsView>
#include <QHash>
#include <QPointF>

#include <functional>

class QLineEdit;

namespace Stackdraft::App {

class CanvasActions;
class CanvasEditor;
class EnvironmentScene;

// The view of one environment's scene: dotted-grid background, rubber-band selection, zoom with
// Ctrl+wheel and the View menu, fit to window.
class EnvironmentCanvas final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit EnvironmentCanvas(EnvironmentScene *scene, QWidget *parent = nullptr);

    EnvironmentScene *environmentScene() const { return m_scene; }
    // The mouse and keyboard editing of this canvas (commands, clipboard, status messages).
    CanvasEditor *editor() const { return m_editor; }
    // The window's canvas actions, for the context menus; set by CanvasActions::attach().
    void setActions(CanvasActions *actions) { m_actions = actions; }

    // Shown in the top-left corner over the drawing: the environment's name and what it is for.
    void setCaption(const QString &title, const QString &subtitle);
    QString captionTitle() const { return m_captionTitle; }
    qreal zoom() const { return m_zoom; }

    // The grid drawn behind the cards, and whether moves and nudges snap to it (Preferences).
    void setGrid(qreal size, bool snap);
    qreal gridSize() const;
    bool snapsToGrid() const;

    // Selects the component's card alone and scrolls it into the middle of the view (the Problems
    // dock's "show me"); false when the component is not drawn here.
    bool selectAndCentre(const QString &componentId);

    static constexpr qreal MinimumZoom = 0.1;
    static constexpr qreal MaximumZoom = 4.0;
    static constexpr qreal ZoomStep = 1.2;
    static constexpr qreal CaptionHeight = 64; // viewport pixels kept free for the caption by a fit

public slots:
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Shows the whole drawing, never enlarged past 100 % so that a small diagram keeps its size,
    // and keeps it fitted as the window resizes until the user zooms.
    void fitToWindow();

    // In-place editing of a connection's label or a frame's title (double-click).
    void editConnectionLabel(const QString &connectionId);
    void editGroupTitle(const QString &groupId);

signals:
    void zoomChanged(qreal zoom);
    // The canvas got the focus or a click: it is the one the window's actions act on.
    void activated();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    // Palette drags: a catalog type or a project component dropped here is deployed where it
    // lands (PaletteDrop), one undoable step.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyZoom(qreal zoom);
    void applyFit();
    void openInlineEditor(const QRectF &sceneRect, const QString &text,
                          std::function<void(const QString &)> commit);

    EnvironmentScene *m_scene;
    CanvasEditor *m_editor;
    CanvasActions *m_actions = nullptr;
    QHash<QString, QPointF> m_pressPositions; // every card's position when a drag began
    QLineEdit *m_inlineEditor = nullptr;
    qreal m_zoom = 1.0;
    bool m_autoFit = true;
    QString m_captionTitle;
    QString m_captionSubtitle;
};

} // namespace Stackdraft::App
