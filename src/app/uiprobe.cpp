#include "app/uiprobe.h"

#include "app/componentitem.h"
#include "app/environmentcanvas.h"
#include "app/environmentscene.h"
#include "app/mainwindow.h"
#include "app/palettetree.h"
#include "app/palettewidget.h"
#include "document/projectdocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSaveFile>
#include <QTimer>

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
    const PaletteWidget *palette = m_window->palette();
    QJsonObject paletteJson;
    paletteJson.insert(QStringLiteral("filter"),
                       rectJson(globalRect(palette->filterEdit(), palette->filterEdit()->rect())));
    QJsonArray entries;
    const PaletteTree *tree = palette->tree();
    for (QTreeWidgetItem *item : palette->visibleEntries()) {
        const QRect rect = tree->visualItemRect(item);
        if (!rect.isValid() || !tree->viewport()->rect().intersects(rect))
            continue;
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
        QJsonObject canvasJson;
        canvasJson.insert(QStringLiteral("environment"),
                          canvas->environmentScene()->environmentId());
        canvasJson.insert(QStringLiteral("viewport"),
                          rectJson(globalRect(canvas->viewport(), canvas->viewport()->rect())));
        QJsonArray cards;
        for (const ComponentItem *item : canvas->environmentScene()->componentItems()) {
            const QRect rect = canvas->mapFromScene(item->sceneBoundingRect()).boundingRect();
            cards.append(QJsonObject {
                {QStringLiteral("id"), item->componentId()},
                {QStringLiteral("selected"), item->isSelected()},
                {QStringLiteral("rect"), rectJson(globalRect(canvas->viewport(), rect))}});
        }
        canvasJson.insert(QStringLiteral("cards"), cards);
        root.insert(QStringLiteral("canvas"), canvasJson);
    }
    root.insert(QStringLiteral("modified"), m_window->document()->isModified());
    root.insert(QStringLiteral("file"), m_window->document()->filePath());
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
