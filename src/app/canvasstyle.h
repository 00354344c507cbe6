#pragma once

#include <QColor>
#include <QFont>
#include <QString>

// Colours, sizes and fonts the canvas items share, so that every environment looks alike.
namespace Stackdraft::App::CanvasStyle {

// The band colour of a catalog category ("edge", "compute", "data", ...); a neutral grey otherwise.
QColor categoryColor(const QString &category);

QColor background();
QColor gridDot();
QColor cardFill();
QColor cardBorder();
QColor selection();
QColor primaryText();
QColor secondaryText();
QColor connectionLine();
QColor groupFill();
QColor groupBorder();
QColor groupTitle();

// `color` as it shows over the background, opaque: the rasteriser fills spans of an opaque colour
// instead of blending every pixel (zoomed out, thousands of lines and frames).
QColor overBackground(const QColor &color);

// `delta` is added to the application font's point size.
QFont font(qreal delta = 0, bool bold = false);

constexpr qreal CardWidth = 224;
constexpr qreal CardHeight = 84;
constexpr qreal CardRadius = 8;
constexpr qreal BandWidth = 6;
constexpr qreal IconSize = 36;
constexpr qreal GridSpacing = 24;
// Zoomed out, titles shorter than this on screen (device pixels) are not drawn: unreadable, and
// their shaping was most of the frame.
constexpr qreal LegibleTextPixels = 7;

} // namespace Stackdraft::App::CanvasStyle
