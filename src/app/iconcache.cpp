#include "app/iconcache.h"

#include <QPaintEngine>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

namespace Stackdraft::App {

IconCache &IconCache::instance()
{
    static IconCache cache;
    return cache;
}

QSvgRenderer *IconCache::renderer(const QString &path)
{
    auto it = m_renderers.find(path);
    if (it == m_renderers.end())
        it = m_renderers.insert(path, std::make_shared<QSvgRenderer>(path));
    return it.value().get();
}

QIcon IconCache::icon(const QString &path)
{
    auto it = m_icons.find(path);
    if (it == m_icons.end())
        it = m_icons.insert(path, QIcon(path));
    return it.value();
}

bool IconCache::isValid(const QString &path)
{
    return renderer(path)->isValid();
}

void IconCache::draw(QPainter *painter, const QString &path, const QRectF &target)
{
    QSvgRenderer *svg = renderer(path);
    if (!svg->isValid())
        return;
    const QPaintEngine *engine = painter->paintEngine();
    const bool raster = engine
        && (engine->type() == QPaintEngine::Raster || engine->type() == QPaintEngine::OpenGL2);
    if (!raster) {
        svg->render(painter, target);
        return;
    }
    // The icon's size in device pixels, rounded up to a power of two so that zooming reuses a few
    // pixmaps instead of rendering one per zoom step.
    const qreal scale = painter->worldTransform().mapRect(target).width() / target.width()
        * painter->device()->devicePixelRatioF();
    const qreal wanted = std::max<qreal>(8, target.width() * scale);
    const int pixels = std::min(1024, 1 << int(std::ceil(std::log2(wanted))));
    const QString key = path + QLatin1Char('@') + QString::number(pixels);
    auto it = m_pixmaps.find(key);
    if (it == m_pixmaps.end()) {
        QPixmap pixmap(pixels, pixels);
        pixmap.fill(Qt::transparent);
        QPainter iconPainter(&pixmap);
        svg->render(&iconPainter, QRectF(0, 0, pixels, pixels));
        iconPainter.end();
        it = m_pixmaps.insert(key, pixmap);
    }
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawPixmap(target, it.value(), QRectF(0, 0, pixels, pixels));
    painter->restore();
}

} // namespace Stackdraft::App
