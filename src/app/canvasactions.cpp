#include "app/canvasactions.h"

#include "app/canvaseditor.h"
#include "app/canvaspicture.h"
#include "app/componentitem.h"
#include "app/connectionitem.h"
#include "app/environmentcanvas.h"
#include "app/environmentscene.h"
#include "app/groupitem.h"
#include "document/projectdocument.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>

namespace Stackdraft::App {

CanvasActions::CanvasActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_selectAll = make(tr("Select &All"), QKeySequence::SelectAll,
                       [](EnvironmentCanvas *c) { c->editor()->selectAll(); });
    m_delete = make(tr("&Delete"), QKeySequence::Delete,
                    [](EnvironmentCanvas *c) { c->editor()->deleteFromEnvironment(); });
    m_delete->setToolTip(tr("Remove the selection from this environment (the components stay in "
                            "the project)"));
    m_deleteFromProject = make(tr("Delete from &Project"), QKeySequence(Qt::SHIFT | Qt::Key_Delete),
                               [](EnvironmentCanvas *c) { c->editor()->deleteFromProject(); });
    m_deleteFromProject->setToolTip(
        tr("Delete the selected components from the project, in every environment"));
    m_cut = make(tr("Cu&t"), QKeySequence::Cut, [](EnvironmentCanvas *c) { c->editor()->cut(); });
    m_copy
        = make(tr("&Copy"), QKeySequence::Copy, [](EnvironmentCanvas *c) { c->editor()->copy(); });
    m_paste = make(tr("&Paste"), QKeySequence::Paste,
                   [](EnvironmentCanvas *c) { c->editor()->paste(); });
    m_paste->setToolTip(tr("Paste components; on another environment's tab, copied components "
                           "are deployed there"));
    m_duplicate = make(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                       [](EnvironmentCanvas *c) { c->editor()->duplicate(); });
    m_group = make(tr("&Group"), QKeySequence(Qt::CTRL | Qt::Key_G),
                   [](EnvironmentCanvas *c) { c->editor()->group(); });
    m_ungroup = make(tr("U&ngroup"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                     [](EnvironmentCanvas *c) { c->editor()->ungroup(); });
    m_autoLayout = make(tr("Auto-&Layout"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                        [](EnvironmentCanvas *c) { c->editor()->autoLayout(); });
    m_autoLayout->setToolTip(tr("Lay this environment out left to right with Graphviz (undoable)"));
    m_exportImage = new QAction(tr("Export &Image…"), this);
    m_exportImage->setToolTip(tr("Write the current canvas as an SVG or PNG picture"));
    connect(m_exportImage, &QAction::triggered, this, &CanvasActions::exportCurrentImage);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &CanvasActions::updateState);
    updateState();
}

QAction *CanvasActions::make(const QString &text, const QKeySequence &shortcut,
                             void (*run)(EnvironmentCanvas *))
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, run] {
        if (m_canvas)
            run(m_canvas);
        updateState();
    });
    return action;
}

QList<QAction *> CanvasActions::all() const
{
    return {m_selectAll, m_delete, m_deleteFromProject, m_cut,        m_copy,       m_paste,
            m_duplicate, m_group,  m_ungroup,           m_autoLayout, m_exportImage};
}

void CanvasActions::attach(EnvironmentCanvas *canvas)
{
    canvas->setActions(this);
    connect(canvas, &EnvironmentCanvas::activated, this, [this, canvas] { setCanvas(canvas); });
    connect(canvas->environmentScene(), &QGraphicsScene::selectionChanged, this,
            &CanvasActions::updateState);
    if (!m_canvas)
        setCanvas(canvas);
}

void CanvasActions::setCanvas(EnvironmentCanvas *canvas)
{
    m_canvas = canvas;
    updateState();
}

void CanvasActions::updateState()
{
    const bool canvas = !m_canvas.isNull();
    const bool cards = canvas && !m_canvas->editor()->selectedComponents().isEmpty();
    const bool anything = canvas && m_canvas->editor()->hasSelection();
    m_selectAll->setEnabled(canvas);
    m_delete->setEnabled(anything);
    m_deleteFromProject->setEnabled(cards);
    m_cut->setEnabled(cards);
    m_copy->setEnabled(cards);
    m_duplicate->setEnabled(cards);
    m_group->setEnabled(cards);
    m_ungroup->setEnabled(anything);
    m_paste->setEnabled(canvas && QApplication::clipboard()->mimeData()
                        && QApplication::clipboard()->mimeData()->hasFormat(
                            QStringLiteral("application/x-stackdraft-components")));
    m_autoLayout->setEnabled(canvas);
    m_exportImage->setEnabled(canvas);
}

QMenu *CanvasActions::contextMenu(QGraphicsItem *item, QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("canvasContextMenu"));
    if (qgraphicsitem_cast<ComponentItem *>(item)) {
        menu->addActions({m_cut, m_copy, m_duplicate});
        menu->addSeparator();
        menu->addActions({m_group, m_ungroup});
        menu->addSeparator();
        menu->addActions({m_delete, m_deleteFromProject});
    } else if (auto *connection = qgraphicsitem_cast<ConnectionItem *>(item)) {
        const QString id = connection->connectionId();
        EnvironmentCanvas *canvas = m_canvas;
        menu->addAction(tr("Edit &Label"), menu, [canvas, id] {
            if (canvas)
                canvas->editConnectionLabel(id);
        });
        menu->addSeparator();
        menu->addAction(m_delete);
    } else if (auto *group = qgraphicsitem_cast<GroupItem *>(item)) {
        const QString id = group->groupId();
        EnvironmentCanvas *canvas = m_canvas;
        menu->addAction(tr("&Rename Group"), menu, [canvas, id] {
            if (canvas)
                canvas->editGroupTitle(id);
        });
        menu->addAction(tr("Select &Members"), menu, [canvas, id] {
            if (!canvas)
                return;
            if (const GroupItem *frame = canvas->environmentScene()->groupItem(id)) {
                QStringList members;
                for (const ComponentItem *member : frame->members())
                    members.append(member->componentId());
                canvas->editor()->select(members);
            }
        });
        menu->addAction(m_ungroup);
    } else {
        menu->addActions({m_paste, m_selectAll});
        menu->addSeparator();
        menu->addActions({m_autoLayout, m_exportImage});
    }
    return menu;
}

void CanvasActions::exportCurrentImage()
{
    if (!m_canvas)
        return;
    const QString svg = tr("SVG picture (*.svg)");
    const QString png = tr("PNG image (*.png)");
    QString filter = svg;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Image"), {},
                                                svg + QStringLiteral(";;") + png, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == png ? QStringLiteral(".png") : QStringLiteral(".svg");
    double scale = 1;
    if (CanvasPicture::formatOf(path) == CanvasPicture::Format::Png) {
        bool ok = false;
        scale = QInputDialog::getDouble(m_window, tr("Export Image"), tr("Pixels per canvas unit:"),
                                        2, 0.25, CanvasPicture::MaximumScale, 2, &ok);
        if (!ok)
            return;
    }
    const Document::ProjectDocument &document = m_canvas->environmentScene()->document();
    const Core::Environment *environment
        = document.project().environment(m_canvas->environmentScene()->environmentId());
    const QString title = tr("%1 — %2").arg(document.project().displayTitle(),
                                            environment ? environment->displayName() : QString());
    const Core::Status written
        = CanvasPicture::write(*m_canvas->environmentScene(), path, scale, title);
    if (!written)
        QMessageBox::warning(m_window, tr("Export Image"), written.error().toString());
}

} // namespace Stackdraft::App
