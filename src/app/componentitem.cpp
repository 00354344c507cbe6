#include "app/componentitem.h"

#include "app/canvasstyle.h"
#include "app/environmentscene.h"
#include "app/iconcache.h"
#include "core/catalog/catalog.h"
#include "core/derived/effectivedeployment.h"
#include "core/derived/managedsize.h"
#include "core/derived/realisation.h"
#include "core/model/quantity.h"
#include "document/projectdocument.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Stackdraft::App {
namespace {

constexpr qreal Padding = 14;
constexpr qreal TextLeft = CanvasStyle::BandWidth + Padding + CanvasStyle::IconSize + 12;

// Laid out at its first paint, with the painter's font (most cards of a large project are never
// painted).
QStaticText staticText(const QString &text)
{
    QStaticText laidOut(text);
    laidOut.setTextFormat(Qt::PlainText);
    return laidOut;
}

// Draws `text` at the left of `rect`, centred vertically, as drawText(AlignLeft | AlignVCenter)
// would.
void drawLeftCentred(QPainter *painter, const QRectF &rect, const QStaticText &text)
{
    const qreal height = QFontMetricsF(painter->font()).height();
    painter->drawStaticText(QPointF(rect.left(), rect.center().y() - height / 2), text);
}

QString iconPathFor(const Core::ComponentType &type, const QString &typeId)
{
    if (type.isValid() && !type.icon().isEmpty())
        return type.icon();
    return QStringLiteral(":/stackdraft/icons/%1.svg").arg(typeId);
}

} // namespace

ComponentItem::ComponentItem(const Document::ProjectDocument &document,
                             const QString &environmentId, const QString &componentId)
    : m_document(document)
    , m_environmentId(environmentId)
    , m_componentId(componentId)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
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
    path.setFillRule(Qt::WindingFill); // the handle overlaps the card: no hole where they meet
    path.addRoundedRect(cardRect(), CanvasStyle::CardRadius, CanvasStyle::CardRadius);
    path.addEllipse(connectionHandleRect()); // half outside the card, and still grabbable
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
    // How this environment's platform realises the component (the one classifier the exporters,
    // the cost report and the budget rules use): our containers show replicas × CPU / memory with
    // the catalog defaults the one resource rule fills in; a managed or platform service shows what
    // it becomes, sized as Terraform builds it ("RDS db.t4g.large Multi-AZ").
    const Core::Realisation realisation = Core::Realisation::of(type, environment, deployment);
    const Core::EffectiveDeployment effective = Core::EffectiveDeployment::of(type, deployment);
    m_deployable = realisation.runsContainers();
    if (!realisation.isDeployed()) {
        m_resources = realisation.kind == Core::Realisation::Kind::External
            ? tr("external")
            : tr("not deployed on %1").arg(Core::platformId(environment.platform));
    } else if (!m_deployable) {
        m_resources = Core::ManagedSize::of(realisation, effective).text(realisation);
    } else {
        // An asterisk marks a value taken from the catalog because the file sets none.
        const QString catalogMark = QStringLiteral("*");
        const QString none = QStringLiteral("—");
        QString cpuText = effective.cpu() > 0 ? formatCpu(effective.cpu()) : none;
        if (effective.cpuFromCatalog)
            cpuText += catalogMark;
        QString memoryText = effective.memory() > 0 ? formatMemory(effective.memory()) : none;
        if (effective.memoryFromCatalog)
            memoryText += catalogMark;
        m_resources = tr("%1 × %2 / %3").arg(effective.replicas).arg(cpuText, memoryText);
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
    m_textLaidOut = false;
    update();
}

void ComponentItem::layOutText()
{
    m_textLaidOut = true;
    const QRectF card = cardRect();
    const qreal textWidth = card.width() - TextLeft - Padding + 4;

    // The id is the name in every output: shrink it to fit before eliding it.
    m_titleFont = CanvasStyle::font(0.5, true);
    const qreal titleWidth = QFontMetricsF(m_titleFont).horizontalAdvance(m_title);
    if (titleWidth > textWidth)
        m_titleFont.setPointSizeF(std::max(m_titleFont.pointSizeF() * 0.75,
                                           m_titleFont.pointSizeF() * textWidth / titleWidth));
    m_titleShown
        = staticText(QFontMetricsF(m_titleFont).elidedText(m_title, Qt::ElideRight, textWidth));

    // The label line ends with the other environments' badges.
    const QFontMetricsF badgeMetrics(CanvasStyle::font(-2.5, true));
    m_environmentBadgeWidths.clear();
    qreal badges = 0;
    for (const QString &environment : std::as_const(m_otherEnvironments)) {
        m_environmentBadgeWidths.append(badgeMetrics.horizontalAdvance(environment) + 8);
        badges += m_environmentBadgeWidths.last() + 3;
    }
    const QFont labelFont = CanvasStyle::font(-0.5);
    m_labelShown = staticText(
        QFontMetricsF(labelFont).elidedText(m_label, Qt::ElideRight, textWidth - badges));

    // Bottom line: resources on the left, the scaling badge on the right.
    const QFontMetricsF small(CanvasStyle::font(-1.5));
    m_badgeWidth = m_badge.isEmpty() ? 0 : small.horizontalAdvance(m_badge) + 12;
    const qreal lineWidth = card.width() - CanvasStyle::BandWidth - 2 * Padding;
    m_resourcesShown
        = staticText(small.elidedText(m_resources, Qt::ElideRight, lineWidth - m_badgeWidth - 6));
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

    static const QPainterPath outline = [&] {
        QPainterPath path;
        path.addRoundedRect(card, radius, radius);
        return path;
    }();
    painter->fillPath(outline, !m_deployable ? QColor(0xf8, 0xfa, 0xfc) : CanvasStyle::cardFill());

    // The band is the outline's left strip, a path made once: clipping to the outline cost a
    // clip region per card and frame.
    static const QPainterPath band = [&] {
        QPainterPath strip;
        strip.addRect(QRectF(card.left(), card.top(), CanvasStyle::BandWidth, card.height()));
        return outline.intersected(strip);
    }();
    painter->fillPath(band, m_band);

    const bool selected = option->state.testFlag(QStyle::State_Selected);
    QPen border(selected ? CanvasStyle::selection()
                         : (m_hovered ? CanvasStyle::secondaryText() : CanvasStyle::cardBorder()),
                selected ? 2.0 : 1.0);
    if (!m_deployable && !selected)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    if (!m_textLaidOut)
        layOutText(); // at the first detailed paint: most cards of a large project never get one
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
    if (m_hovered) {
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(CanvasStyle::selection());
        painter->drawEllipse(connectionHandleRect().adjusted(2, 2, -2, -2));
    }
}

void ComponentItem::paintOverview(QPainter *painter, qreal scale) const
{
    // Zoomed out, detail is noise and costs paint time: a flat box in the category's colour and
    // the id in a font that stays legible on screen.
    const QRectF card = cardRect();
    painter->setRenderHint(QPainter::Antialiasing, false); // square edges, thousands of cards
    painter->fillRect(card, m_deployable ? CanvasStyle::cardFill() : QColor(0xf8, 0xfa, 0xfc));
    painter->fillRect(QRectF(card.left(), card.top(), CanvasStyle::BandWidth * 2, card.height()),
                      m_band);
    // A title smaller than this on screen is a smudge nobody reads, and shaping and eliding the
    // text of every card was most of a zoomed-out frame.
    const int pixels = int(std::min(14 / scale, card.height() * 0.45));
    if (pixels * scale < CanvasStyle::LegibleTextPixels)
        return;
    QFont font = CanvasStyle::font(0, true);
    font.setPixelSize(pixels);
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

    painter->setFont(m_titleFont);
    painter->setPen(CanvasStyle::primaryText());
    const QRectF titleRect(TextLeft, Padding - 2, textWidth, 20);
    drawLeftCentred(painter, titleRect, m_titleShown);

    const qreal badges
        = paintEnvironmentBadges(painter, TextLeft + textWidth, titleRect.bottom() + 2);
    painter->setFont(CanvasStyle::font(-0.5));
    painter->setPen(CanvasStyle::secondaryText());
    const QRectF labelRect(TextLeft, titleRect.bottom(), textWidth - badges, 18);
    drawLeftCentred(painter, labelRect, m_labelShown);

    const qreal lineTop = card.bottom() - Padding - 14;
    const QRectF lineRect(CanvasStyle::BandWidth + Padding, lineTop,
                          card.width() - CanvasStyle::BandWidth - 2 * Padding, 16);
    painter->setFont(CanvasStyle::font(-1.5));
    if (m_badgeWidth > 0) {
        const QRectF badge(lineRect.right() - m_badgeWidth, lineRect.top(), m_badgeWidth,
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
    const qreal resourcesWidth = lineRect.width() - m_badgeWidth - 6;
    drawLeftCentred(painter,
                    QRectF(lineRect.left(), lineRect.top(), resourcesWidth, lineRect.height()),
                    m_resourcesShown);
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

QRectF ComponentItem::connectionHandleRect() const
{
    const QRectF card = cardRect();
    return QRectF(card.right() - 7, card.center().y() - 7, 14, 14);
}

void ComponentItem::setOtherEnvironments(const QStringList &environments)
{
    if (m_otherEnvironments == environments)
        return;
    m_otherEnvironments = environments;
    m_textLaidOut = false;
    update();
}

qreal ComponentItem::paintEnvironmentBadges(QPainter *painter, qreal right, qreal top) const
{
    // One small pill per other environment, right-aligned; returns the width they take.
    painter->setFont(CanvasStyle::font(-2.5, true));
    qreal x = right;
    for (qsizetype i = m_otherEnvironments.size() - 1; i >= 0; --i) {
        const qreal width = m_environmentBadgeWidths.value(i);
        x -= width;
        const QRectF pill(x, top, width, 14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(CanvasStyle::groupFill().darker(115));
        painter->drawRoundedRect(pill, 7, 7);
        painter->setPen(CanvasStyle::secondaryText());
        painter->drawText(pill, Qt::AlignCenter, m_otherEnvironments.at(i));
        x -= 3;
    }
    return right - x;
}

void ComponentItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    auto *environment = qobject_cast<EnvironmentScene *>(scene());
    if (environment && event->button() == Qt::LeftButton
        && connectionHandleRect().adjusted(-3, -3, 3, 3).contains(event->pos())) {
        m_connecting = true;
        environment->beginConnection(this, event->scenePos());
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void ComponentItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connecting) {
        if (auto *environment = qobject_cast<EnvironmentScene *>(scene()))
            environment->updateConnection(event->scenePos());
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void ComponentItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connecting) {
        m_connecting = false;
        if (auto *environment = qobject_cast<EnvironmentScene *>(scene()))
            environment->finishConnection(event->scenePos(), event->screenPos());
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

QVariant ComponentItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    auto *environment = qobject_cast<EnvironmentScene *>(scene());
    // A mouse drag moves cards onto the grid; positions from the model are taken as they are.
    if (change == ItemPositionChange && environment && environment->mouseGrabberItem())
        return environment->snapped(value.toPointF());
    if (change == ItemPositionHasChanged) {
        if (environment)
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
