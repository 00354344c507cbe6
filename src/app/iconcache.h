#pragma once

#include <QHash>
#include <QIcon>
#include <QPixmap>
#include <QString>

#include <memory>

class QPainter;
class QRectF;
class QSvgRenderer;

namespace Stackdraft::App {

// One SVG renderer per icon file for every card of every canvas, and a pixmap per icon and pixel
// size, so that a canvas of thousands of cards parses each icon once and blits it afterwards.
// GUI thread only.
class IconCache final
{
public:
    static IconCache &instance();

    // False when the file is missing or not an SVG; draw() then draws nothing.
    bool isValid(const QString &path);

    // Draws the icon into `target` (item coordinates): a cached pixmap of the size it has on the
    // device, or vector paths when the painter records (SVG export, printing).
    void draw(QPainter *painter, const QString &path, const QRectF &target);

    // The icon as a QIcon for item views (the palette, the inspector's type list): one per file,
    // shared, so that a list of a thousand components parses each SVG once.
    QIcon icon(const QString &path);

private:
    IconCache() = default;
    QSvgRenderer *renderer(const QString &path);

    QHash<QString, std::shared_ptr<QSvgRenderer>> m_renderers;
    QHash<QString, QPixmap> m_pixmaps; // "path@pixels"
    QHash<QString, QIcon> m_icons;
};

} // namespace Stackdraft::App
