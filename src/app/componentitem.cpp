#include "app/componentitem.h"

#include "app/canvasstyle.h"
#include "core/catalog/catalog.h"
#include "core/export/workload.h"
#include "core/model/quantity.h"
#include "document/projectdocument.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

namespace Stackdraft::App {
namespace {

constexpr qreal Padding = 14;
constexpr qreal TextLeft = CanvasStyle::BandWidth + Padding + CanvasStyle::IconSize + 12;

QString iconPathFor(const Core::ComponentType &type, const QString &typeId)
{
    if (type.isValid() && !type.icon().isEmpty())
        return type.icon();
    return QStringLiteral(":/stackdraft/icons/%1.svg").arg(typeId);
}

} // namespace

ComponentItem::ComponentItem(const ProjectDocument &document, const QString &environmentId,
                             const QString &componentId)
    : m_document(document)
    , m_environmentId(environmentId)
    , m_componentId(componentId)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(2);
    refresh();
}

ComponentItem::~ComponentItem() = default;

QRectF ComponentItem::cardRect() const
{
    return QRectF(0, 0, CanvasStyle::CardWidth, CanvasStyle::CardHeight);
}

QRectF ComponentItem::boundingRect() const
{
    // Room for the selection outline and the drop shadow.
    return cardRect().adjusted(-3, -3, 3, 5);
}

QPainterPath ComponentItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(cardRect(), CanvasStyle::CardRadius, CanvasStyle::CardRadius);
    return path;
}

void ComponentItem::refresh()
{
    const Core::Project &project = m_document.project();
    const Core::Component *component = project.component(m_componentId);
    const Core::Environment *environment = project.environment(m_environmentId);
    const Core::Deployment *deployment
        = environment ? environment->deployment(m_componentId) : nullptr;
    if (!component || !deployment)
        return; // the scene removes items whose component is gone

    const Core::ComponentType type = m_document.catalog().type(component->type);
    m_title = component->id;
    m_label = component->label.isEmpty() ? type.translatedLabel() : component->label;
    m_band = CanvasStyle::categoryColor(type.category());

    using namespace Core::Quantity;
    // What the exporters will deploy: the same catalog defaults fill what the file leaves out, and
    // a component the platform provides itself (an ingress, a managed load balancer) runs nothing
    // of ours.
    m_deployable = Core::Workload::isDeployable(type, environment->platform);
    if (!m_deployable) {
        const QString realisation
            = type.data().realisation.value(Core::platformId(environment->platform));
        const bool external = type.isExternal() || realisation.isEmpty()
            || realisation == QLatin1String("external");
        m_resources = external ? tr("external") : tr("runs as %1").arg(realisation);
    } else {
        const Core::Workload workload
            = Core::Workload::make(project, *environment, *component, type);
        const qint64 cpu = workload.resources.effectiveCpu();
        const qint64 memory = workload.resources.effectiveMemory();
        // An asterisk marks a value taken from the catalog because the file sets none.
        const QString catalogMark = QStringLiteral("*");
        const QString none = QStringLiteral("—");
        QString cpuText = cpu > 0 ? formatCpu(cpu) : none;
        if (cpu > 0 && deployment->resources.effectiveCpu() == 0)
            cpuText += catalogMark;
        QString memoryText = memory > 0 ? formatMemory(memory) : none;
        if (memory > 0 && deployment->resources.effectiveMemory() == 0)
            memoryText += catalogMark;
        m_resources = tr("%1 × %2 / %3").arg(workload.replicas).arg(cpuText, memoryText);
    }

    if (deployment->autoscaling.enabled) {
        m_badge = tr("auto %1–%2")
                      .arg(deployment->autoscaling.minReplicas)
                      .arg(deployment->autoscaling.maxReplicas);
    } else if (deployment->mode == Core::DeploymentMode::Managed) {
        m_badge = tr("managed");
    } else if (deployment->mode == Core::DeploymentMode::Cluster) {
        m_badge = tr("cluster");
    } else {
        m_badge.clear();
    }

    const QString typeName = type.isValid() ? type.translatedLabel() : component->type;
    QStringList tip {
        QStringLiteral("<b>%1</b> — %2").arg(m_title.toHtmlEscaped(), typeName.toHtmlEscaped())};
    if (!component->description.isEmpty())
        tip << component->description.toHtmlEscaped();
    if (!component->image.isEmpty())
        tip << tr("Image: %1").arg(component->image.toHtmlEscaped());
    if (deployment->exposure.isPublic && !deployment->exposure.host.isEmpty())
        tip << tr("Public at %1").arg(deployment->exposure.host.toHtmlEscaped());
    if (m_resources.contains(QLatin1Char('*')))
        tip << tr("* the catalog's default: this environment sets no value");
    setToolTip(tip.join(QStringLiteral("<br>")));

    const QString iconPath = iconPathFor(type, component->type);
    if (iconPath != m_iconPath) {
        m_iconPath = iconPath;
        m_icon = std::make_unique<QSvgRenderer>(m_iconPath);
    }
    if (pos() != deployment->position)
        setPos(deployment->position);
    update();
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF card = cardRect();
    const qreal radius = CanvasStyle::CardRadius;
    painter->setRenderHint(QPainter::Antialiasing);

    // A soft two-step shadow: cheaper than QGraphicsDropShadowEffect and crisp at every zoom.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(15, 23, 42, 14));
    painter->drawRoundedRect(card.translated(0, 3), radius, radius);
    painter->setBrush(QColor(15, 23, 42, 20));
    painter->drawRoundedRect(card.translated(0, 1), radius, radius);

    QPainterPath outline;
    outline.addRoundedRect(card, radius, radius);
    painter->fillPath(outline, !m_deployable ? QColor(0xf8, 0xfa, 0xfc) : CanvasStyle::cardFill());

    painter->save();
    painter->setClipPath(outline);
    painter->fillRect(QRectF(card.left(), card.top(), CanvasStyle::BandWidth, card.height()),
                      m_band);
    painter->restore();

    const bool selected = option->state.testFlag(QStyle::State_Selected);
    QPen border(selected ? CanvasStyle::selection()
                         : (m_hovered ? CanvasStyle::secondaryText() : CanvasStyle::cardBorder()),
                selected ? 2.0 : 1.0);
    if (!m_deployable && !selected)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    const QRectF iconRect(CanvasStyle::BandWidth + Padding, Padding, CanvasStyle::IconSize,
                          CanvasStyle::IconSize);
    if (m_icon && m_icon->isValid()) {
        m_icon->render(painter, iconRect);
    } else {
        // No icon for this type: a tinted disc with the id's initial keeps the card recognisable.
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_band.lighter(170));
        painter->drawEllipse(iconRect);
        painter->setPen(m_band.darker(120));
        painter->setFont(CanvasStyle::font(4, true));
        painter->drawText(iconRect, Qt::AlignCenter, m_title.left(1).toUpper());
    }
    paintText(painter);
}

void ComponentItem::paintText(QPainter *painter) const
{
    const QRectF card = cardRect();
    const qreal textWidth = card.width() - TextLeft - Padding + 4;

    const QFont titleFont = CanvasStyle::font(0.5, true);
    painter->setFont(titleFont);
    painter->setPen(CanvasStyle::primaryText());
    const QRectF titleRect(TextLeft, Padding - 2, textWidth, 20);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(titleFont).elidedText(m_title, Qt::ElideRight, textWidth));

    const QFont labelFont = CanvasStyle::font(-0.5);
    painter->setFont(labelFont);
    painter->setPen(CanvasStyle::secondaryText());
    const QRectF labelRect(TextLeft, titleRect.bottom(), textWidth, 18);
    painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(labelFont).elidedText(m_label, Qt::ElideRight, textWidth));

    // Bottom line: resources on the left, the scaling badge on the right.
    const QFont smallFont = CanvasStyle::font(-1.5);
    const QFontMetricsF small(smallFont);
    const qreal lineTop = card.bottom() - Padding - 14;
    const QRectF lineRect(CanvasStyle::BandWidth + Padding, lineTop,
                          card.width() - CanvasStyle::BandWidth - 2 * Padding, 16);
    painter->setFont(smallFont);
    qreal badgeWidth = 0;
    if (!m_badge.isEmpty()) {
        badgeWidth = small.horizontalAdvance(m_badge) + 12;
        const QRectF badge(lineRect.right() - badgeWidth, lineRect.top(), badgeWidth,
                           lineRect.height());
        QColor tint = m_band;
        tint.setAlpha(28);
        painter->setPen(Qt::NoPen);
        painter->setBrush(tint);
        painter->drawRoundedRect(badge, 8, 8);
        painter->setPen(m_band.darker(130));
        painter->drawText(badge, Qt::AlignCenter, m_badge);
    }
    painter->setPen(CanvasStyle::secondaryText());
    const qreal resourcesWidth = lineRect.width() - badgeWidth - 6;
    painter->drawText(QRectF(lineRect.left(), lineRect.top(), resourcesWidth, lineRect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      small.elidedText(m_resources, Qt::ElideRight, resourcesWidth));
}

void ComponentItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void ComponentItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace Stackdraft::App
