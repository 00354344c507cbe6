#include "app/canvaspicture.h"

#include "app/canvasstyle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace Stackdraft::App {
namespace {

// The selection is the user's state, not part of the drawing: hidden while the picture is made.
class SelectionHidden
{
public:
    explicit SelectionHidden(QGraphicsScene &scene)
        : m_selected(scene.selectedItems())
    {
        for (QGraphicsItem *item : std::as_const(m_selected))
            item->setSelected(false);
    }
    ~SelectionHidden()
    {
        for (QGraphicsItem *item : std::as_const(m_selected))
            item->setSelected(true);
    }
    SelectionHidden(const SelectionHidden &) = delete;
    SelectionHidden &operator=(const SelectionHidden &) = delete;

private:
    QList<QGraphicsItem *> m_selected;
};

QRectF pictureRect(const QGraphicsScene &scene)
{
    const QRectF items = scene.itemsBoundingRect();
    if (items.isEmpty())
        return QRectF(0, 0, 2 * CanvasPicture::Margin, 2 * CanvasPicture::Margin);
    return items.adjusted(-CanvasPicture::Margin, -CanvasPicture::Margin, CanvasPicture::Margin,
                          CanvasPicture::Margin);
}

void render(QGraphicsScene &scene, QPainter &painter, const QRectF &target, const QRectF &source)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    painter.fillRect(target, CanvasStyle::background());
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
}

} // namespace

std::optional<CanvasPicture::Format> CanvasPicture::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("png"))
        return Format::Png;
    return std::nullopt;
}

QByteArray CanvasPicture::svg(QGraphicsScene &scene, const QString &title)
{
    const SelectionHidden hidden(scene);
    const QRectF source = pictureRect(scene);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setTitle(title);
    generator.setDescription(tr("Drawn by Stackdraft"));
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    QPainter painter(&generator);
    render(scene, painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return bytes;
}

QImage CanvasPicture::image(QGraphicsScene &scene, qreal scale)
{
    const SelectionHidden hidden(scene);
    const QRectF source = pictureRect(scene);
    const QSize size = (source.size() * scale).toSize();
    // QImage refuses more than 2 GiB; stay well below so that a typo in --scale fails cleanly.
    constexpr qint64 MaximumBytes = qint64(1) << 30;
    if (size.isEmpty() || qint64(size.width()) * size.height() * 4 > MaximumBytes)
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(CanvasStyle::background());
    QPainter painter(&image);
    render(scene, painter, QRectF(QPointF(0, 0), size), source);
    painter.end();
    return image;
}

Core::Status CanvasPicture::write(QGraphicsScene &scene, const QString &path, qreal scale,
                                  const QString &title)
{
    const std::optional<Format> format = formatOf(path);
    if (!format)
        return Core::Error {tr("the picture must be a .svg or a .png file"), path};
    if (!(scale > 0 && scale <= MaximumScale))
        return Core::Error {tr("the scale must be more than 0 and at most %1").arg(MaximumScale),
                            path};
    QByteArray bytes;
    if (*format == Format::Svg) {
        bytes = svg(scene, title);
    } else {
        const QImage picture = image(scene, scale);
        if (picture.isNull())
            return Core::Error {tr("the picture would be too large at scale %1").arg(scale), path};
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "PNG");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Core::Error {tr("cannot write the picture: %1").arg(file.errorString()), path};
    return Core::success();
}

} // namespace Stackdraft::App
