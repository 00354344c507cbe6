#include "app/uiprobe.h"

#include "app/componentitem.h"
#include "app/connectionitem.h"
#include "app/environmentcanvas.h"
#include "app/environmentscene.h"
#include "app/mainwindow.h"
#include "app/palettetree.h"
#include "app/palettewidget.h"
#include "document/projectdocument.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSaveFile>
#include <QScrollArea>
#include <QTimer>
#include <QUndoStack>

namespace Stackdraft::App {
namespace {

QJsonArray rectJson(const QRect &rect)
{
    return {rect.x(), rect.y(), rect.width(), rect.height()};
}

QRect globalRect(const QWidget *widget, const QRect &local)
{
    return QRect(widget->mapToGlobal(local.topLeft()), local.size());
}

// A rectangle in the scene's coordinates as the canvas shows it, in global screen coordinates.
QRect globalSceneRect(const EnvironmentCanvas *canvas, const QRectF &sceneRect)
{
    return globalRect(canvas->viewport(), canvas->mapFromScene(sceneRect).boundingRect());
}

QJsonValue widgetJson(const QWidget *widget)
{
    if (!widget)
        return QJsonValue::Null;
    return QJsonObject {
        {QStringLiteral("class"), QString::fromLatin1(widget->metaObject()->className())},
        {QStringLiteral("name"), widget->objectName()},
        {QStringLiteral("rect"), rectJson(widget->frameGeometry())}};
}

} // namespace

UiProbe *UiProbe::install(MainWindow *window)
{
    const QString path = qEnvironmentVariable("STACKDRAFT_UI_PROBE");
    return path.isEmpty() ? nullptr : new UiProbe(window, path);
}

UiProbe::UiProbe(MainWindow *window, QString path)
    : QObject(window)
    , m_window(window)
    , m_path(std::move(path))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &UiProbe::write);
    m_timer->start();
}

QByteArray UiProbe::snapshot() const
{
    QJsonObject root;
    root.insert(QStringLiteral("window"), widgetJson(m_window));
    root.insert(QStringLiteral("active"), m_window->isActiveWindow());
    // A menu (e.g. the connection offer) or a dialog in the way of the next step.
    root.insert(QStringLiteral("popup"), widgetJson(QApplication::activePopupWidget()));
    root.insert(QStringLiteral("modal"), widgetJson(QApplication::activeModalWidget()));

    const PaletteWidget *palette = m_window->palette();
    QJsonObject paletteJson;
    paletteJson.insert(QStringLiteral("filter"),
                       rectJson(globalRect(palette->filterEdit(), palette->filterEdit()->rect())));
    QJsonArray entries;
    const PaletteTree *tree = palette->tree();
    for (QTreeWidgetItem *item : palette->visibleEntries()) {
        const QRect rect = tree->visualItemRect(item);
        if (!rect.isValid() || !tree->viewport()->rect().contains(rect))
            continue; // only the entries that can be grabbed whole
        entries.append(QJsonObject {
            {QStringLiteral("id"), PaletteTree::id(item)},
            {QStringLiteral("kind"),
             PaletteTree::kind(item) == PaletteTree::Kind::Type ? QStringLiteral("type")
                                                                : QStringLiteral("component")},
            {QStringLiteral("rect"), rectJson(globalRect(tree->viewport(), rect))}});
    }
    paletteJson.insert(QStringLiteral("entries"), entries);
    root.insert(QStringLiteral("palette"), paletteJson);

    if (const EnvironmentCanvas *canvas = m_window->currentCanvas()) {
        const EnvironmentScene *scene = canvas->environmentScene();
        QJsonObject canvasJson;
        canvasJson.insert(QStringLiteral("environment"), scene->environmentId());
        canvasJson.insert(QStringLiteral("viewport"),
                          rectJson(globalRect(canvas->viewport(), canvas->viewport()->rect())));
        canvasJson.insert(QStringLiteral("focus"), canvas->hasFocus());
        QJsonArray cards;
        for (const ComponentItem *item : scene->componentItems()) {
            cards.append(QJsonObject {
                {QStringLiteral("id"), item->componentId()},
                {QStringLiteral("selected"), item->isSelected()},
                {QStringLiteral("rect"),
                 rectJson(globalSceneRect(canvas, item->mapRectToScene(item->cardRect())))},
                {QStringLiteral("handle"),
                 rectJson(globalSceneRect(canvas,
                                          item->mapRectToScene(item->connectionHandleRect())))}});
        }
        canvasJson.insert(QStringLiteral("cards"), cards);
        QJsonArray connections;
        for (const ConnectionItem *item : scene->connectionItems())
            connections.append(item->connectionId());
        canvasJson.insert(QStringLiteral("connections"), connections);
        root.insert(QStringLiteral("canvas"), canvasJson);
    }

    // The inspector's named line edits that are on screen whole (scrolled into view): the smoke
    // test types into them.
    if (const auto *inspector = m_window->findChild<QWidget *>(QStringLiteral("inspector"))) {
        QJsonObject fields;
        for (const QLineEdit *edit : inspector->findChildren<QLineEdit *>()) {
            const QString name = edit->objectName();
            if (name.isEmpty() || name.startsWith(QLatin1String("qt_")) || !edit->isVisible())
                continue;
            const QScrollArea *area = nullptr;
            for (QWidget *up = edit->parentWidget(); up && !area; up = up->parentWidget())
                area = qobject_cast<QScrollArea *>(up);
            if (area) {
                // Its whole height and its centre in the viewport: a form wider than the dock
                // runs past the viewport's right edge, and is still typed into.
                const QRect shown(edit->mapTo(area->viewport(), QPoint(0, 0)), edit->size());
                const QRect viewport = area->viewport()->rect();
                if (shown.top() < viewport.top() || shown.bottom() > viewport.bottom()
                    || !viewport.contains(shown.center()))
                    continue; // scrolled out of sight
            }
            fields.insert(name, rectJson(globalRect(edit, edit->rect())));
        }
        root.insert(QStringLiteral("inspector"),
                    QJsonObject {{QStringLiteral("rect"),
                                  rectJson(globalRect(inspector, inspector->rect()))},
                                 {QStringLiteral("fields"), fields}});
    }

    const Document::ProjectDocument *document = m_window->document();
    root.insert(QStringLiteral("modified"), document->isModified());
    root.insert(QStringLiteral("file"), document->filePath());
    root.insert(QStringLiteral("undoIndex"), document->undoStack()->index());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void UiProbe::write()
{
    const QByteArray bytes = snapshot();
    if (bytes == m_last)
        return;
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        m_last = bytes;
}

} // namespace Stackdraft::App
