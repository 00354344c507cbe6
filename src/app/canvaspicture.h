#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <optional>

class QGraphicsScene;

namespace Stackdraft::App {

// A picture of a whole canvas — every item, on the canvas background, without the selection — as
// SVG (vector, text kept as text) or as a PNG at a chosen scale. Used by File > Export Image and by
// `stackdraft render`.
class CanvasPicture final
{
    Q_DECLARE_TR_FUNCTIONS(Stackdraft::App::CanvasPicture)

public:
    enum class Format { Svg, Png };
    // From the file name's suffix (.svg, .png); none for anything else.
    static std::optional<Format> formatOf(const QString &path);

    static QByteArray svg(QGraphicsScene &scene, const QString &title);
    // Null when the picture would be too large to hold in memory.
    static QImage image(QGraphicsScene &scene, qreal scale);

    // Writes the picture in the format the suffix names (QSaveFile: all or nothing).
    static Core::Status write(QGraphicsScene &scene, const QString &path, qreal scale,
                              const QString &title);

    static constexpr qreal MaximumScale = 8;
    static constexpr qreal Margin = 24;
};

} // namespace Stackdraft::App
