#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QString>

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class ComponentItem;
class ConnectionItem;
class GroupItem;
using Document::ProjectDocument;

// The drawing of one environment, built from the document: a card per deployed component at its
// stored position, an arrow per active connection and a frame per group with deployed members.
// It follows the document's signals; items are never the source of truth.
class EnvironmentScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    EnvironmentScene(const ProjectDocument &document, const QString &environmentId,
                     QObject *parent = nullptr);
    ~EnvironmentScene() override;

    QString environmentId() const { return m_environmentId; }

    ComponentItem *componentItem(const QString &componentId) const;
    QList<ComponentItem *> componentItems() const { return m_componentItems; }
    QList<ConnectionItem *> connectionItems() const { return m_connectionItems; }
    QList<GroupItem *> groupItems() const { return m_groupItems; }

    // Recreates every item from the model.
    void rebuild();

    // Components the file gives no distinct position (several at the same point, typically a file
    // written by hand without positions) are laid out in columns by connection depth instead.
    static constexpr qreal ColumnSpacing = 300;
    static constexpr qreal RowSpacing = 130;

private:
    void onComponentChanged(const QString &componentId);
    void onDeploymentChanged(const QString &environmentId, const QString &componentId);
    void placeUnpositionedItems();
    void updateGeometry();

    const ProjectDocument &m_document;
    QString m_environmentId;
    QList<ComponentItem *> m_componentItems; // model order
    QHash<QString, ComponentItem *> m_componentsById;
    QList<ConnectionItem *> m_connectionItems;
    QList<GroupItem *> m_groupItems;
};

} // namespace Stackdraft::App
