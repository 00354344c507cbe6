#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QGraphicsItem;
class QMenu;
class QWidget;

namespace Stackdraft::App {

class EnvironmentCanvas;

// The canvas' editing actions, one set per window, acting on the current canvas: the Edit menu,
// the toolbar and the context menus show the same QActions (same text, shortcut and state).
// The window attaches every canvas it creates and tells which one is current.
class CanvasActions final : public QObject
{
    Q_OBJECT

public:
    explicit CanvasActions(QWidget *window);

    // The canvas becomes current when it is activated (focus, click); its context menus use these
    // actions.
    void attach(EnvironmentCanvas *canvas);
    void setCanvas(EnvironmentCanvas *canvas);
    EnvironmentCanvas *canvas() const { return m_canvas; }

    QAction *selectAll() const { return m_selectAll; }
    QAction *deleteFromEnvironment() const { return m_delete; }
    QAction *deleteFromProject() const { return m_deleteFromProject; }
    QAction *cut() const { return m_cut; }
    QAction *copy() const { return m_copy; }
    QAction *paste() const { return m_paste; }
    QAction *duplicate() const { return m_duplicate; }
    QAction *group() const { return m_group; }
    QAction *ungroup() const { return m_ungroup; }
    QAction *autoLayout() const { return m_autoLayout; }
    QAction *exportImage() const { return m_exportImage; }
    QList<QAction *> all() const;

    // What a right-click on `item` (a card, an arrow, a frame; null: the background) offers.
    QMenu *contextMenu(QGraphicsItem *item, QWidget *parent) const;

    // Asks for a file (and a scale for PNG) and writes the current canvas there.
    void exportCurrentImage();

private:
    void updateState();
    QAction *make(const QString &text, const QKeySequence &shortcut,
                  void (*run)(EnvironmentCanvas *));

    QWidget *m_window;
    QPointer<EnvironmentCanvas> m_canvas;
    QAction *m_selectAll;
    QAction *m_delete;
    QAction *m_deleteFromProject;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_duplicate;
    QAction *m_group;
    QAction *m_ungroup;
    QAction *m_autoLayout;
    QAction *m_exportImage;
};

} // namespace Stackdraft::App
