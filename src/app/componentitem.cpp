#include "app/componentitem.h"

#include "app/canvasstyle.h"
#include "app/environmentscene.h"
#include "app/iconcache.h"
#include "app/projectdocument.h"
#include "core/catalog/catalog.h"
#include "core/diagram/realisation.h"
#include "core/export/workload.h"
#include "core/model/quantity.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

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
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(2);
}

ComponentItem::~ComponentItem() = default;

QRectF ComponentItem::cardRect() const
{
    return QRectF(0, 0, CanvasStyle::CardWidth, CanvasStyle::CardHeight);
}

QRectF ComponentItem::boundingRect() const
{
    // Room for the selection outline, the drop shadow and the problem badge.
    return cardRect().adjusted(-3, -6, 6, 5);
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
    if (component && deployment)
        refresh(*component, *environment, *deployment);
    // else: the scene removes items whose component is gone
}

void ComponentItem::refresh(const Core::Component &component, const Core::Environment &environment,
                            const Core::Deployment &deployment)
{
    const Core::ComponentType type = m_document.catalog().type(component.type);
    m_title = component.id;
    m_label = component.label.isEmpty() ? type.translatedLabel() : component.label;
    m_band = CanvasStyle::categoryColor(type.category());

    using namespace Core::Quantity;
    // How this environment's platform realises the component (the one classifier the exporters
    // and the document use): our containers show replicas × CPU / memory, with the same catalog
    // defaults the exporters fill in; a managed or platform service shows what it becomes.
    const Core::Realisation realisation = Core::Realisation::of(type, environment, deployment);
    using Kind = Core::Realisation::Kind;
    m_deployable = realisation.kind == Kind::Container || realisation.kind == Kind::Pod
        || realisation.kind == Kind::StatefulSet || realisation.kind == Kind::Fargate;
    if (!realisation.isDeployed()) {
        m_resources = realisation.kind == Kind::External
            ? tr("external")
            : tr("not deployed on %1").arg(Core::platformId(environment.platform));
    } else if (!m_deployable) {
        m_resources = realisation.name;
    } else {
        const Core::Workload workload
            = Core::Workload::make(m_document.project(), environment, component, type);
        const qint64 cpu = workload.resources.effectiveCpu();
        const qint64 memory = workload.resources.effectiveMemory();
        // An asterisk marks a value taken from the catalog because the file sets none.
        const QString catalogMark = QStringLiteral("*");
        const QString none = QStringLiteral("—");
        QString cpuText = cpu > 0 ? formatCpu(cpu) : none;
        if (cpu > 0 && deployment.resources.effectiveCpu() == 0)
            cpuText += catalogMark;
        QString memoryText = memory > 0 ? formatMemory(memory) : none;
        if (memory > 0 && deployment.resources.effectiveMemory() == 0)
            memoryText += catalogMark;
        m_resources = tr("%1 × %2 / %3").arg(workload.replicas).arg(cpuText, memoryText);
    }

    if (deployment.autoscaling.enabled) {
        m_badge = tr("auto %1–%2")
                      .arg(deployment.autoscaling.minReplicas)
                      .arg(deployment.autoscaling.maxReplicas);
    } else if (deployment.mode == Core::DeploymentMode::Managed) {
        m_badge = tr("managed");
    } else if (deployment.mode == Core::DeploymentMode::Cluster) {
        m_badge = tr("cluster");
    } else {
        m_badge.clear();
    }

    const QString typeName = type.isValid() ? type.translatedLabel() : component.type;
    QStringList tip {
        QStringLiteral("<b>%1</b> — %2").arg(m_title.toHtmlEscaped(), typeName.toHtmlEscaped())};
    if (!component.description.isEmpty())
        tip << component.description.toHtmlEscaped();
    if (!component.image.isEmpty())
        tip << tr("Image: %1").arg(component.image.toHtmlEscaped());
    if (deployment.exposure.isPublic && !deployment.exposure.host.isEmpty())
        tip << tr("Public at %1").arg(deployment.exposure.host.toHtmlEscaped());
    if (m_resources.contains(QLatin1Char('*')))
        tip << tr("* the catalog's default: this environment sets no value");
    setToolTip(tip.join(QStringLiteral("<br>")));

    m_iconPath = iconPathFor(type, component.type);
    update();
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal scale = option->levelOfDetailFromTransform(painter->worldTransform());
    if (scale < DetailedScale) {
        paintOverview(painter, scale);
        if (option->state.testFlag(QStyle::State_Selected)) {
            painter->setPen(QPen(CanvasStyle::selection(), 2.0 / scale));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(cardRect());
        }
        paintSeverity(painter);
        return;
    }
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
    IconCache &icons = IconCache::instance();
    if (icons.isValid(m_iconPath)) {
        icons.draw(painter, m_iconPath, iconRect);
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
    paintSeverity(painter);
}

void ComponentItem::paintOverview(QPainter *painter, qreal scale) const
{
    // Zoomed out, detail is noise and costs paint time: a flat box in the category's colour and
    // the id in a font that stays legible on screen.
    const QRectF card = cardRect();
    painter->fillRect(card, m_deployable ? CanvasStyle::cardFill() : QColor(0xf8, 0xfa, 0xfc));
    painter->fillRect(QRectF(card.left(), card.top(), CanvasStyle::BandWidth * 2, card.height()),
                      m_band);
    if (scale < 0.12)
        return;
    QFont font = CanvasStyle::font(0, true);
    font.setPixelSize(int(std::min(14 / scale, card.height() * 0.45)));
    painter->setFont(font);
    painter->setPen(CanvasStyle::primaryText());
    const QRectF textRect = card.adjusted(CanvasStyle::BandWidth * 2 + 6, 0, -6, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(font).elidedText(m_title, Qt::ElideRight, textRect.width()));
}

void ComponentItem::paintText(QPainter *painter) const
{
    const QRectF card = cardRect();
    const qreal textWidth = card.width() - TextLeft - Padding + 4;

    // The id is the name in every output: shrink it to fit before eliding it.
    QFont titleFont = CanvasStyle::font(0.5, true);
    const qreal titleWidth = QFontMetricsF(titleFont).horizontalAdvance(m_title);
    if (titleWidth > textWidth)
        titleFont.setPointSizeF(std::max(titleFont.pointSizeF() * 0.75,
                                         titleFont.pointSizeF() * textWidth / titleWidth));
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

void ComponentItem::setProblemSeverity(std::optional<Core::Severity> severity)
{
    if (m_severity == severity)
        return;
    m_severity = severity;
    update();
}

void ComponentItem::paintSeverity(QPainter *painter) const
{
    if (!m_severity)
        return;
    // A disc on the top-right corner, in the colour the Problems dock uses for the severity.
    const QColor colour = *m_severity == Core::Severity::Error ? QColor(0xdc, 0x26, 0x26)
        : *m_severity == Core::Severity::Warning               ? QColor(0xd9, 0x77, 0x06)
                                                               : QColor(0x25, 0x63, 0xeb);
    const QRectF card = cardRect();
    const QRectF disc(card.right() - 11, card.top() - 5, 16, 16);
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(colour);
    painter->drawEllipse(disc);
    painter->setPen(Qt::white);
    painter->setFont(CanvasStyle::font(-2, true));
    painter->drawText(disc, Qt::AlignCenter,
                      *m_severity == Core::Severity::Info ? QStringLiteral("i")
                                                          : QStringLiteral("!"));
}

QVariant ComponentItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        if (auto *environment = qobject_cast<EnvironmentScene *>(scene()))
            environment->componentMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
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
