#include "app/canvasstyle.h"

#include <QGuiApplication>
#include <QHash>

namespace Stackdraft::App::CanvasStyle {

QColor categoryColor(const QString &category)
{
    // Distinct hues of similar weight, readable next to dark text on a white card.
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("edge"), QColor(0x25, 0x63, 0xeb)},
        {QStringLiteral("compute"), QColor(0x05, 0x96, 0x69)},
        {QStringLiteral("data"), QColor(0xd9, 0x77, 0x06)},
        {QStringLiteral("messaging"), QColor(0x7c, 0x3a, 0xed)},
        {QStringLiteral("observability"), QColor(0xdb, 0x27, 0x77)},
        {QStringLiteral("external"), QColor(0x64, 0x74, 0x8b)},
        {QStringLiteral("tools"), QColor(0x08, 0x91, 0xb2)},
    };
    return colors.value(category, QColor(0x94, 0xa3, 0xb8));
}

QColor background()
{
    return QColor(0xf6, 0xf8, 0xfb);
}

QColor gridDot()
{
    return QColor(0xcb, 0xd5, 0xe1);
}

QColor cardFill()
{
    return Qt::white;
}

QColor cardBorder()
{
    return QColor(0xcb, 0xd5, 0xe1);
}

QColor selection()
{
    return QColor(0x25, 0x63, 0xeb);
}

QColor primaryText()
{
    return QColor(0x0f, 0x17, 0x2a);
}

QColor secondaryText()
{
    return QColor(0x47, 0x55, 0x69);
}

QColor connectionLine()
{
    return QColor(0x64, 0x74, 0x8b, 220);
}

QColor groupFill()
{
    return QColor(0xe2, 0xe8, 0xf0, 110);
}

QColor groupBorder()
{
    return QColor(0x94, 0xa3, 0xb8);
}

QColor groupTitle()
{
    return QColor(0x33, 0x41, 0x55);
}

QColor overBackground(const QColor &color)
{
    const QColor over = background();
    const float alpha = color.alphaF();
    return QColor::fromRgbF(color.redF() * alpha + over.redF() * (1 - alpha),
                            color.greenF() * alpha + over.greenF() * (1 - alpha),
                            color.blueF() * alpha + over.blueF() * (1 - alpha));
}

QFont font(qreal delta, bool bold)
{
    QFont f = QGuiApplication::font();
    const qreal base = f.pointSizeF() > 0 ? f.pointSizeF() : 10;
    f.setPointSizeF(base + delta);
    f.setBold(bold);
    return f;
}

} // namespace Stackdraft::App::CanvasStyle
