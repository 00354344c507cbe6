#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QString>

#include <memory>

class QSvgRenderer;

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

using Document::ProjectDocument;

// A component deployed in one environment, drawn as a card: catalog icon, id, label, and the
// replicas and resources of that environment. It holds only ids; refresh() re-reads the model.
class ComponentItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Stackdraft::App::ComponentItem)

public:
    enum { Type = UserType + 1 };

    ComponentItem(const ProjectDocument &document, const QString &environmentId,
                  const QString &componentId);
    ~ComponentItem() override;

    int type() const override { return Type; }
    QString componentId() const { return m_componentId; }
    QString environmentId() const { return m_environmentId; }

    // The card in item coordinates; connections attach to its edges.
    QRectF cardRect() const;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Re-reads the component and its deployment; moves the item to the stored position.
    void refresh();

    // What the card shows, for tests and accessibility.
    QString titleText() const { return m_title; }
    QString labelText() const { return m_label; }
    QString resourcesText() const { return m_resources; }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintText(QPainter *painter) const;

    const ProjectDocument &m_document;
    QString m_environmentId;
    QString m_componentId;

    QString m_title;
    QString m_label;
    QString m_resources;
    QString m_badge;
    QColor m_band;
    bool m_deployable = true; // false: external, or provided by the platform itself
    bool m_hovered = false;
    QString m_iconPath;
    std::unique_ptr<QSvgRenderer> m_icon;
};

} // namespace Stackdraft::App
